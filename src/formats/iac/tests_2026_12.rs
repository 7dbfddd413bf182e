//! The rules of 2026-12 in the snippets: maxUnavailable, OS images and the FIPS image of
//! Windows Server 2025, custom kube-reserved and hard eviction, dual-stack kubenet and static
//! block, Virtual Nodes v2. Names checked against azure-cli 2.91.0's `_params.py` (and its
//! parser, `make check-azcli`), the azurerm docs (rules-check E19, E21) and the ARM types
//! (2025-10-01, 2026-06-01, 2026-03-02-preview).

use super::*;
use crate::plan::edit::{Edit, PoolEdit};
use crate::plan::field::{ClusterField, PoolField};
use crate::plan::{OsSku, OsType, RuleChoice};
use alloc::string::ToString;

fn set(plan: &mut Plan, index: usize, fields: &[(PoolField, &str)]) {
    for (field, value) in fields {
        plan.apply(Edit::Pool(index, PoolEdit::Text(*field, value.to_string())));
    }
}

/// A system pool, a user pool of 10 that drains 2 at a time with no surge, a custom-reservation
/// pool on Azure Linux, a Windows Server 2025 pool.
fn plan() -> Plan {
    let mut p = Plan::default();
    p.apply(Edit::AddPool);
    set(
        &mut p,
        1,
        &[
            (PoolField::Name, "apps"),
            (PoolField::NodeCount, "10"),
            (PoolField::MaxSurge, "0"),
            (PoolField::MaxUnavailable, "2"),
        ],
    );
    p.apply(Edit::AddPool);
    set(
        &mut p,
        2,
        &[
            (PoolField::Name, "tuned"),
            (PoolField::VmSize, "Standard_D2s_v5"),
            (PoolField::KubeReservedCpu, "200"),
            (PoolField::KubeReservedMemory, "1000"),
            (PoolField::EvictionHard, "200Mi"),
        ],
    );
    p.apply(Edit::Pool(2, PoolEdit::Rule(RuleChoice::Custom)));
    p.apply(Edit::Pool(2, PoolEdit::OsSku(Some(OsSku::AzureLinux))));
    p.apply(Edit::AddPool);
    set(&mut p, 3, &[(PoolField::Name, "win")]);
    p.apply(Edit::Pool(3, PoolEdit::Os(OsType::Windows)));
    p.apply(Edit::Pool(3, PoolEdit::OsSku(Some(OsSku::Windows2025))));
    p
}

/// The `az` command that starts with `start` and names pool `name`, on one line, its words
/// one space apart and a space at the end.
fn command(script: &str, start: &str, name: &str) -> String {
    let joined = script.replace("\\\n", " ");
    let line = joined
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ") + " ")
        .find(|l| l.starts_with(start) && l.contains(&format!("--name {name} ")));
    line.unwrap_or_else(|| panic!("no {start} {name} in\n{script}"))
}

#[test]
fn azure_cli_writes_max_unavailable_os_images_and_kubelet_files() {
    let p = plan();
    let r = crate::evaluate(&p);
    assert!(!r.has_errors(), "{:?}", r.findings);
    let script = azure_cli(&p, "#v=1");
    let apps = command(&script, "az aks nodepool add", "apps");
    assert!(apps.contains("--max-surge 0 ") && apps.contains("--max-unavailable 2 "));
    assert!(
        !apps.contains("--os-sku"),
        "AKS's default is left to AKS: {apps}"
    );
    let tuned = command(&script, "az aks nodepool add", "tuned");
    assert!(tuned.contains("--os-sku AzureLinux "), "{tuned}");
    assert!(
        tuned.contains("--kubelet-config kubelet-tuned.json"),
        "{tuned}"
    );
    assert!(!tuned.contains("--max-unavailable"));
    // The file is written just before, with the preview API's property names.
    let file = "cat > kubelet-tuned.json <<'EOF'\n{\"kubeReserved\": {\"cpuMillicores\": 200, \"memoryMB\": 1000}, \"hardEvictionThreshold\": {\"memoryAvailable\": \"200Mi\"}}\nEOF\n";
    let at = script.find(file).expect(&script);
    assert!(at < script.find("--name tuned").unwrap());
    assert!(script.contains("#   az extension add --name aks-preview\n"));
    assert!(script.contains(
        "#   az feature register --namespace Microsoft.ContainerService --name CustomNodeConfigPreview\n"
    ));
    let win = command(&script, "az aks nodepool add", "win");
    assert!(
        win.contains("--os-sku Windows2025 --enable-fips-image "),
        "{win}"
    );
    // The first pool sets nothing new: no --os-sku, no update after create.
    let create = command(&script, "az aks create", "\"$CLUSTER\"");
    assert!(!create.contains("--os-sku") && !create.contains("--kubelet-config"));
    assert!(!script.contains("az aks nodepool update"));
}

#[test]
fn the_first_pool_gets_its_upgrade_settings_and_image_at_create() {
    let mut p = Plan::default();
    p.pools[0].mode = crate::plan::PoolMode::User;
    set(
        &mut p,
        0,
        &[(PoolField::MaxSurge, "0"), (PoolField::MaxUnavailable, "1")],
    );
    p.apply(Edit::Pool(0, PoolEdit::OsSku(Some(OsSku::Ubuntu))));
    let script = azure_cli(&p, "#v=1");
    assert!(script.contains(
        "az aks nodepool update --resource-group \"$RG\" --cluster-name \"$CLUSTER\" --name nodepool1 \\\n  --max-surge 0 \\\n  --max-unavailable 1\n"
    ), "{script}");
    assert!(command(&script, "az aks create", "\"$CLUSTER\"").contains("--os-sku Ubuntu "));
    // azurerm's default_node_pool has no max_unavailable: kept as a comment.
    let tf = terraform(&p, "#v=1");
    assert!(tf.contains(
        "    upgrade_settings {\n      max_surge = \"0\"\n      # max_unavailable = \"1\": azurerm's default_node_pool has no max_unavailable; set it with az aks nodepool update.\n    }\n"
    ), "{tf}");
    assert!(tf.contains("    os_sku         = \"Ubuntu\"\n"), "{tf}");
}

#[test]
fn terraform_writes_exactly_one_of_surge_and_unavailable() {
    let p = plan();
    let tf = terraform(&p, "#v=1");
    // maxSurge 0: only max_unavailable (azurerm: "Exactly one of …").
    assert!(
        tf.contains("  upgrade_settings {\n    max_unavailable = \"2\"\n  }\n"),
        "{tf}"
    );
    // Azure Linux is written; Windows2025 is not an azurerm value: a comment, and the FIPS image.
    assert!(
        tf.contains("  os_sku                = \"AzureLinux\"\n"),
        "{tf}"
    );
    assert!(
        tf.contains("  # os_sku = \"Windows2025\": azurerm takes"),
        "{tf}"
    );
    assert!(tf.contains("  fips_enabled          = true\n"), "{tf}");
    assert!(!tf.contains("os_sku                = \"Windows2025\""));
    assert!(tf.contains("  # kubeletConfig = {\"kubeReserved\": {\"cpuMillicores\": 200, \"memoryMB\": 1000}, \"hardEvictionThreshold\": {\"memoryAvailable\": \"200Mi\"}} with az (aks-preview) or Bicep.\n"), "{tf}");
    // Both above 0: the surge is planned first; max_unavailable cannot be written beside it.
    let mut both = p.clone();
    set(&mut both, 1, &[(PoolField::MaxSurge, "1")]);
    let tf = terraform(&both, "#v=1");
    assert!(tf.contains("  upgrade_settings {\n    max_surge = \"1\"\n    # max_unavailable = \"2\": azurerm takes exactly one of max_surge and max_unavailable; set both with az or Bicep.\n  }\n"), "{tf}");
}

#[test]
fn bicep_writes_the_preview_api_for_custom_reservations() {
    let p = plan();
    let b = bicep(&p, "#v=1");
    assert!(b.contains(
        "resource aks 'Microsoft.ContainerService/managedClusters@2026-03-02-preview' = {"
    ));
    assert!(
        b.contains("          maxSurge: '0'\n          maxUnavailable: '2'\n"),
        "{b}"
    );
    assert!(b.contains("        osSKU: 'AzureLinux'\n        kubeletConfig: {\n          kubeReserved: {\n            cpuMillicores: 200\n            memoryMB: 1000\n          }\n          hardEvictionThreshold: {\n            memoryAvailable: '200Mi'\n          }\n        }\n"), "{b}");
    assert!(
        b.contains("        osSKU: 'Windows2025'\n        enableFIPS: true\n"),
        "{b}"
    );
    // Without custom reservations, Windows2025 needs 2026-06-01; without either, 2025-10-01.
    let mut win = p.clone();
    win.pools[2].memory_rule = RuleChoice::Auto;
    let b = bicep(&win, "#v=1");
    assert!(b.contains("managedClusters@2026-06-01' = {"), "{b}");
    assert!(!b.contains("kubeletConfig"));
    win.pools[3].os_sku = None;
    let b = bicep(&win, "#v=1");
    assert!(b.contains("managedClusters@2025-10-01' = {"));
    // On 1.35 a Windows pool's default image is Windows Server 2022: no FIPS image needed.
    assert!(!b.contains("enableFIPS"));
    win.cluster.kubernetes_version = "1.37".into();
    assert!(bicep(&win, "#v=1").contains("        enableFIPS: true\n"));
}

#[test]
fn a_custom_rule_that_sets_nothing_writes_no_kubelet_config() {
    let mut p = Plan::default();
    p.apply(Edit::Pool(0, PoolEdit::Rule(RuleChoice::Custom)));
    assert!(!azure_cli(&p, "#v=1").contains("kubelet"));
    assert!(!bicep(&p, "#v=1").contains("kubeletConfig"));
    // A percentage threshold alone.
    set(&mut p, 0, &[(PoolField::EvictionHard, "2%")]);
    let script = azure_cli(&p, "#v=1");
    assert!(script.contains("\n{\"hardEvictionThreshold\": {\"memoryAvailable\": \"2%\"}}\nEOF\n"));
    // Windows pools cannot have them: nothing is written (the plan says why).
    let mut w = Plan::default();
    w.apply(Edit::AddPool);
    w.apply(Edit::Pool(1, PoolEdit::Os(OsType::Windows)));
    w.apply(Edit::Pool(1, PoolEdit::Rule(RuleChoice::Custom)));
    set(&mut w, 1, &[(PoolField::KubeReservedMemory, "1000")]);
    assert!(!azure_cli(&w, "#v=1").contains("kubelet-config"));
}

fn kubenet_dual_stack() -> Plan {
    let mut p = Plan::default();
    p.apply(Edit::Network(NetworkModel::Kubenet));
    for (field, value) in [
        (ClusterField::Vnet, "10.224.0.0/12,fd00:db8::/56"),
        (ClusterField::PodCidr, "10.244.0.0/16,fd12:3456:789a::/64"),
        (
            ClusterField::ServiceCidr,
            "10.0.0.0/16,fd12:3456:789a:1::/108",
        ),
    ] {
        p.apply(Edit::ClusterText(field, value.into()));
    }
    p
}

#[test]
fn dual_stack_kubenet_and_static_block_are_exported_with_both_families() {
    let p = kubenet_dual_stack();
    let script = azure_cli(&p, "#v=1");
    let create = command(&script, "az aks create", "\"$CLUSTER\"");
    assert!(create.contains("--network-plugin kubenet "), "{create}");
    assert!(create.contains(
        "--ip-families IPv4,IPv6 --pod-cidrs 10.244.0.0/16,fd12:3456:789a::/64 --service-cidrs 10.0.0.0/16,fd12:3456:789a:1::/108 "
    ), "{create}");
    let tf = terraform(&p, "#v=1");
    assert!(
        tf.contains("    pod_cidrs      = [\"10.244.0.0/16\", \"fd12:3456:789a::/64\"]\n"),
        "{tf}"
    );
    assert!(bicep(&p, "#v=1").contains(
        "      podCidrs: [\n        '10.244.0.0/16'\n        'fd12:3456:789a::/64'\n      ]\n"
    ));
    // Static block: both families, no pod CIDR (it comes from the pod subnet, which has its /64).
    let mut s = p.clone();
    s.apply(Edit::Network(NetworkModel::PodSubnetStatic));
    let script = azure_cli(&s, "#v=1");
    let create = command(&script, "az aks create", "\"$CLUSTER\"");
    assert!(create.contains("--ip-families IPv4,IPv6"), "{create}");
    assert!(!create.contains("--pod-cidr"), "{create}");
    assert!(create.contains("--service-cidrs 10.0.0.0/16,fd12:3456:789a:1::/108"));
    assert!(
        script.contains(
            "--name snet-aks-pods \\\n  --address-prefixes 10.225.0.0/21 fd00:db8:0:1::/64 \\\n"
        ),
        "{script}"
    );
    let b = bicep(&s, "#v=1");
    assert!(b.contains("ipFamilies") && !b.contains("podCidr"));
    let tf = terraform(&s, "#v=1");
    assert!(has_v6_family(&tf) && !tf.contains("pod_cidr"));
    // The dynamic pod subnet cannot be dual-stack: single-stack flags (and the plan's error).
    s.apply(Edit::Network(NetworkModel::PodSubnetDynamic));
    assert!(!azure_cli(&s, "#v=1").contains("--ip-families"));
}

fn has_v6_family(tf: &str) -> bool {
    tf.contains("ip_versions    = [\"IPv4\", \"IPv6\"]")
}

#[test]
fn virtual_nodes_v2_are_a_note_in_every_tool() {
    let mut p = Plan::default();
    p.apply(Edit::Network(NetworkModel::NodeSubnet));
    p.apply(Edit::ClusterText(ClusterField::VirtualNodesV2, "2".into()));
    p.apply(Edit::AddSubnet(crate::rules::subnet::Purpose::VirtualNodes));
    let script = azure_cli(&p, "#v=1");
    assert!(script.contains(
        "\n# Virtual Nodes v2 (preview), 2 virtual node(s): az has no flag for them; install them with the Helm chart of\n# https://github.com/microsoft/virtualnodesOnAzureContainerInstances, in the subnet snet-virtual-nodes (delegated to ACI).\n"
    ), "{script}");
    // The ACI subnet is created with its delegation, as for v1.
    assert!(script.contains("--delegations Microsoft.ContainerInstance/containerGroups"));
    assert!(
        terraform(&p, "#v=1")
            .contains("# Virtual Nodes v2 (preview), 2 virtual node(s): azurerm has no resource")
    );
    assert!(
        bicep(&p, "#v=1")
            .contains("// Virtual Nodes v2 (preview), 2 virtual node(s): the cluster resource")
    );
    p.apply(Edit::ClusterText(ClusterField::VirtualNodesV2, "".into()));
    assert!(!azure_cli(&p, "#v=1").contains("Virtual Nodes v2"));
}

#[test]
fn the_new_names_are_known_and_every_block_closes() {
    use super::tests::{BICEP_KEYS, TERRAFORM_KEYS, check_structure};
    // azurerm: upgrade_settings.max_unavailable, os_sku, fips_enabled (rules-check E19, E21).
    let tf: Vec<&str> = TERRAFORM_KEYS
        .iter()
        .copied()
        .chain(["max_unavailable", "os_sku", "fips_enabled"])
        .collect();
    // ARM: upgradeSettings.maxUnavailable, osSKU, enableFIPS, and the preview's kubeletConfig.
    let arm: Vec<&str> = BICEP_KEYS
        .iter()
        .copied()
        .chain([
            "maxUnavailable",
            "osSKU",
            "enableFIPS",
            "kubeletConfig",
            "kubeReserved",
            "cpuMillicores",
            "memoryMB",
            "hardEvictionThreshold",
            "memoryAvailable",
        ])
        .collect();
    let mut both = plan();
    set(&mut both, 1, &[(PoolField::MaxSurge, "1")]);
    for p in [plan(), both, kubenet_dual_stack()] {
        check_structure(&terraform(&p, "#v=1"), " = ", &tf);
        check_structure(&terraform_ipam(&p, "#v=1"), " = ", &tf);
        check_structure(&bicep(&p, "#v=1"), ": ", &arm);
        check_structure(&bicep_ipam(&p, "#v=1"), ": ", &arm);
    }
}

/// The comment lines after the rule-set line, up to the first line that is not a comment.
fn notes(snippet: &str, c: &str) -> String {
    snippet
        .lines()
        .skip_while(|l| !l.contains("Rule set: aks-rules"))
        .skip(1)
        .take_while(|l| l.starts_with(c))
        .map(|l| format!("{l}\n"))
        .collect()
}

#[test]
fn kubenet_with_ipv6_says_what_it_assumes_in_every_format() {
    let p = kubenet_dual_stack();
    // What the snippet assumes, then the page's warning at the pod CIDR, broken at 100 characters.
    let hash = "# kubenet with IPv6: written dual-stack as planned, with the IPv4 and IPv6 pod and service ranges,\n\
                # assuming AKS still creates it. AKS may refuse it: for dual-stack its docs now name Azure CNI\n\
                # Overlay (and the release notes static block allocation).\n\
                # Warning: kubenet dual-stack is planned as a what-if: its docs page was removed on 2025-03-10, and\n\
                # the dual-stack page now requires Azure CNI Overlay. When documented it was limited to 200 nodes\n\
                # (two routes per node) and gave each node a /80 of the IPv6 pod range next to its IPv4 /24.\n";
    // The same breaks with `//`: the longest line is exactly 100 characters then.
    let slashes: String = hash
        .lines()
        .map(|l| format!("/{l}\n").replacen("#", "/", 1))
        .collect();
    assert_eq!(notes(&azure_cli(&p, "#v=1"), "#"), hash);
    let azurerm = "# azurerm provider 4.53 or later (attribute names as of v4.81.0).\n";
    assert_eq!(
        notes(&terraform(&p, "#v=1"), "#"),
        format!("{hash}{azurerm}")
    );
    assert_eq!(
        notes(&terraform_ipam(&p, "#v=1"), "#"),
        format!("{hash}{azurerm}")
    );
    assert_eq!(notes(&bicep(&p, "#v=1"), "//"), slashes);
    assert_eq!(notes(&bicep_ipam(&p, "#v=1"), "//"), slashes);
    assert!(
        hash.lines()
            .chain(slashes.lines())
            .all(|l| l.chars().count() <= 100)
    );
    // 182 nodes + 10 % surge rounded up (19) = 201 nodes: the 200-node limit follows as an
    // error, and the header says the plan has errors; 181 + 19 = 200 is within the limit.
    let mut big = p.clone();
    big.apply(Edit::Pool(
        0,
        PoolEdit::Text(PoolField::NodeCount, "182".into()),
    ));
    let (first, rest) = hash.split_at(hash.find("# Warning").unwrap_or(0));
    assert_eq!(
        notes(&azure_cli(&big, "#v=1"), "#"),
        format!(
            "# This plan still has errors (see the calculator): fix them before deploying.\n{first}\
             # Error: kubenet dual-stack takes two routes per node, so at most 200 nodes; the plan reaches 201\n\
             # with surge.\n{rest}"
        )
    );
    big.apply(Edit::Pool(
        0,
        PoolEdit::Text(PoolField::NodeCount, "181".into()),
    ));
    assert_eq!(notes(&azure_cli(&big, "#v=1"), "#"), hash);
    // IPv6 in the pod range only: written single-stack, and the page's error at the service range.
    let mut half = p.clone();
    half.apply(Edit::ClusterText(
        ClusterField::ServiceCidr,
        "10.0.0.0/16".into(),
    ));
    let tf = terraform(&half, "#v=1");
    assert_eq!(
        notes(&tf, "#"),
        "# This plan still has errors (see the calculator): fix them before deploying.\n\
         # kubenet with an IPv6 range in only one of the pod and service ranges: dual-stack needs both, so\n\
         # this is written single-stack, with the IPv4 ranges only.\n\
         # Error: Dual-stack needs an IPv4 and an IPv6 range in both the pod CIDR and the service CIDR; IPv6\n\
         # alone is not supported.\n\
         # azurerm provider 4.53 or later (attribute names as of v4.81.0).\n"
    );
    assert!(
        !tf.contains("fd12:3456:789a::/64") && !tf.contains("ip_versions"),
        "{tf}"
    );
    // Overlay dual-stack and single-stack kubenet get no such lines.
    let mut overlay = p.clone();
    overlay.apply(Edit::Network(NetworkModel::Overlay));
    assert_eq!(notes(&azure_cli(&overlay, "#v=1"), "#"), "");
    // Overlay with IPv6 in the pod range only: single-stack said, with the page's error.
    let mut overlay_half = half.clone();
    overlay_half.apply(Edit::Network(NetworkModel::Overlay));
    let script = azure_cli(&overlay_half, "#v=1");
    assert_eq!(
        notes(&script, "#"),
        "# This plan still has errors (see the calculator): fix them before deploying.\n\
         # An IPv6 range in only one of the pod and service ranges: dual-stack needs both, so this is written\n\
         # single-stack, with the IPv4 ranges only.\n\
         # Error: Dual-stack needs an IPv4 and an IPv6 range in both the pod CIDR and the service CIDR; IPv6\n\
         # alone is not supported.\n"
    );
    assert!(!script.contains("fd12:3456:789a::/64"), "{script}");
    let mut v4 = half;
    v4.apply(Edit::ClusterText(
        ClusterField::PodCidr,
        "10.244.0.0/16".into(),
    ));
    assert_eq!(notes(&azure_cli(&v4, "#v=1"), "#"), "");
}
