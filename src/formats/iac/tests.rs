//! The generated snippets use only flags and properties verified to exist (Azure CLI reference
//! and `_params.py`, azurerm v4.81.0 docs, ARM types of managedClusters 2025-10-01), and carry
//! exactly the plan's values.

use super::*;
use crate::plan::OsType;
use crate::plan::edit::{Edit, PoolEdit};
use crate::plan::field::{ClusterField, PoolField};
use alloc::string::ToString;

const AKS_CREATE: &[&str] = &[
    "resource-group",
    "name",
    "location",
    "kubernetes-version",
    "tier",
    "network-plugin",
    "network-plugin-mode",
    "network-dataplane",
    "enable-acns",
    "acns-transit-encryption-type",
    "pod-cidr",
    "pod-cidrs",
    "service-cidr",
    "service-cidrs",
    "dns-service-ip",
    "ip-families",
    "vnet-subnet-id",
    "enable-apiserver-vnet-integration",
    "apiserver-subnet-id",
    "pod-subnet-id",
    "pod-ip-allocation-mode",
    "nodepool-name",
    "node-vm-size",
    "node-count",
    "max-pods",
    "enable-cluster-autoscaler",
    "min-count",
    "max-count",
    "enable-private-cluster",
    "generate-ssh-keys",
    "node-resource-group",
    "outbound-type",
    "outbound-type-sku",
    "load-balancer-managed-outbound-ip-count",
    "load-balancer-outbound-ports",
    "load-balancer-idle-timeout",
    "nat-gateway-managed-outbound-ip-count",
    "nat-gateway-idle-timeout",
    "bootstrap-artifact-source",
];
const NODEPOOL_ADD: &[&str] = &[
    "resource-group",
    "cluster-name",
    "name",
    "mode",
    "os-type",
    "node-vm-size",
    "node-count",
    "max-pods",
    "max-surge",
    "enable-cluster-autoscaler",
    "min-count",
    "max-count",
    "kubernetes-version",
    "vnet-subnet-id",
    "pod-subnet-id",
    "pod-ip-allocation-mode",
    // Every Windows pool names its image (azure-cli 2.91.0 `az aks nodepool add --help`).
    "os-sku",
    "enable-fips-image",
];
const NODEPOOL_UPDATE: &[&str] = &["resource-group", "cluster-name", "name", "max-surge"];
const AKS_UPGRADE: &[&str] = &[
    "resource-group",
    "name",
    "control-plane-only",
    "kubernetes-version",
    "yes",
];
const VNET_CREATE: &[&str] = &["resource-group", "name", "location", "address-prefixes"];
const SUBNET_CREATE: &[&str] = &[
    "resource-group",
    "vnet-name",
    "name",
    "address-prefixes",
    "delegations",
];
const ENABLE_ADDONS: &[&str] = &["resource-group", "name", "addons", "subnet-name"];
const SUBNET_SHOW: &[&str] = &["resource-group", "vnet-name", "name", "query", "output"];
const GROUP_CREATE: &[&str] = &["name", "location"];
const ROUTE_TABLE_CREATE: &[&str] = &["resource-group", "name", "location"];
const ROUTE_CREATE: &[&str] = &[
    "resource-group",
    "route-table-name",
    "name",
    "address-prefix",
    "next-hop-type",
    "next-hop-ip-address",
];
const SUBNET_UPDATE: &[&str] = &[
    "resource-group",
    "vnet-name",
    "name",
    "route-table",
    "nat-gateway",
];
const PUBLIC_IP_CREATE: &[&str] = &[
    "resource-group",
    "name",
    "location",
    "sku",
    "allocation-method",
];
const NAT_GATEWAY_CREATE: &[&str] = &["resource-group", "name", "location", "public-ip-addresses"];

/// Every `az` command of a script: (command words, [(flag, value)]).
pub(super) fn commands(script: &str) -> Vec<(String, Vec<(String, String)>)> {
    let joined = script.replace("\\\n", " ");
    let mut out = Vec::new();
    for line in joined.lines() {
        let line = line.trim();
        let line = line
            .split_once("$(")
            .map_or(line, |(_, inner)| inner.trim_end_matches(')'));
        if !line.starts_with("az ") {
            continue;
        }
        let words: Vec<&str> = line.split_whitespace().collect();
        let first_flag = words
            .iter()
            .position(|w| w.starts_with("--"))
            .unwrap_or(words.len());
        let command = words[..first_flag].join(" ");
        let mut flags = Vec::new();
        let mut i = first_flag;
        while i < words.len() {
            let flag = words[i].trim_start_matches("--").to_string();
            // A flag's values run to the next flag (`--address-prefixes 10.0.0.0/16 fd00::/56`).
            let values: Vec<&str> = words[i + 1..]
                .iter()
                .take_while(|v| !v.starts_with("--"))
                .copied()
                .collect();
            i += 1 + values.len();
            flags.push((flag, values.join(" ")));
        }
        out.push((command, flags));
    }
    out
}

pub(super) fn allowed(command: &str) -> &'static [&'static str] {
    match command {
        "az aks create" => AKS_CREATE,
        "az aks nodepool add" => NODEPOOL_ADD,
        "az aks nodepool update" => NODEPOOL_UPDATE,
        "az aks upgrade" => AKS_UPGRADE,
        "az network vnet create" => VNET_CREATE,
        "az network vnet subnet create" => SUBNET_CREATE,
        "az network vnet subnet show" => SUBNET_SHOW,
        "az group create" => GROUP_CREATE,
        "az aks enable-addons" => ENABLE_ADDONS,
        "az network route-table create" => ROUTE_TABLE_CREATE,
        "az network route-table route create" => ROUTE_CREATE,
        "az network vnet subnet update" => SUBNET_UPDATE,
        "az network public-ip create" => PUBLIC_IP_CREATE,
        "az network nat gateway create" => NAT_GATEWAY_CREATE,
        other => panic!("unexpected command {other}"),
    }
}

fn value<'a>(flags: &'a [(String, String)], name: &str) -> Option<&'a str> {
    flags
        .iter()
        .find(|(f, _)| f == name)
        .map(|(_, v)| v.as_str())
}

/// Plans that exercise every branch: each model, autoscaler, surge, versions, Windows, dual-stack.
fn plans() -> Vec<Plan> {
    let mut out = Vec::new();
    for model in NetworkModel::ALL {
        let mut p = Plan::default();
        p.apply(Edit::Network(model));
        p.apply(Edit::AddPool);
        p.apply(Edit::Pool(1, PoolEdit::Autoscale(true)));
        p.apply(Edit::Pool(
            1,
            PoolEdit::Text(PoolField::MaxSurge, "33%".into()),
        ));
        p.apply(Edit::Pool(
            1,
            PoolEdit::Text(PoolField::KubernetesVersion, "1.32".into()),
        ));
        p.apply(Edit::Pool(
            0,
            PoolEdit::Text(PoolField::MaxSurge, "2".into()),
        ));
        if model != NetworkModel::Kubenet {
            p.apply(Edit::AddPool);
            p.apply(Edit::Pool(2, PoolEdit::Os(OsType::Windows)));
            p.apply(Edit::Pool(2, PoolEdit::Text(PoolField::Name, "win".into())));
        }
        p.apply(Edit::PrivateCluster(model == NetworkModel::NodeSubnet));
        p.apply(Edit::VirtualNodes(model == NetworkModel::PodSubnetDynamic));
        if model == NetworkModel::PodSubnetDynamic {
            p.apply(Edit::AddSubnet(crate::rules::subnet::Purpose::VirtualNodes));
        }
        out.push(p);
    }
    let mut dual = Plan::default();
    dual.apply(Edit::ClusterText(
        ClusterField::Vnet,
        "10.224.0.0/12,fd00:db8::/56".into(),
    ));
    dual.apply(Edit::ClusterText(
        ClusterField::PodCidr,
        "10.244.0.0/16,fd12:3456:789a::/64".into(),
    ));
    dual.apply(Edit::ClusterText(
        ClusterField::ServiceCidr,
        "10.0.0.0/16,fd12:3456:789a:1::/108".into(),
    ));
    out.push(dual);
    out
}

#[test]
fn azure_cli_uses_only_real_flags_with_the_plan_values() {
    for plan in plans() {
        let r = crate::evaluate(&plan);
        assert!(!r.has_errors(), "{:?}", r.findings);
        let script = azure_cli(&plan, "#v=1");
        let cmds = commands(&script);
        for (command, flags) in &cmds {
            for (flag, _) in flags {
                assert!(
                    allowed(command).contains(&flag.as_str()),
                    "{command} --{flag}\n{script}"
                );
            }
        }
        let (_, create) = cmds.iter().find(|(c, _)| c == "az aks create").unwrap();
        let model = plan.cluster.network;
        let plugin = if model == NetworkModel::Kubenet {
            "kubenet"
        } else {
            "azure"
        };
        assert_eq!(value(create, "network-plugin"), Some(plugin));
        assert_eq!(
            value(create, "network-plugin-mode").is_some(),
            model == NetworkModel::Overlay
        );
        assert_eq!(
            value(create, "pod-ip-allocation-mode"),
            allocation_mode(model)
        );
        let dual = script.contains("--pod-cidrs");
        assert_eq!(
            value(create, "pod-cidr").is_some(),
            model.uses_pod_cidr() && !dual,
            "{script}"
        );
        assert_eq!(value(create, "nodepool-name"), Some("nodepool1"));
        assert_eq!(
            value(create, "max-pods"),
            Some(format!("{}", model.default_max_pods()).as_str())
        );
        assert_eq!(value(create, "node-count"), Some("3"));
        assert_eq!(
            create.iter().any(|(f, _)| f == "enable-private-cluster"),
            plan.cluster.private_cluster
        );
        // The first pool's surge, which az aks create cannot take.
        let update = cmds.iter().find(|(c, _)| c == "az aks nodepool update");
        assert_eq!(
            update.and_then(|(_, f)| value(f, "max-surge")),
            (plan.pools.len() > 1).then_some("2")
        );
        let adds: Vec<_> = cmds
            .iter()
            .filter(|(c, _)| c == "az aks nodepool add")
            .collect();
        assert_eq!(adds.len(), plan.pools.len() - 1);
        for (i, (_, flags)) in adds.iter().enumerate() {
            let pool = &plan.pools[i + 1];
            assert_eq!(value(flags, "name"), Some(pool.name.as_str()));
            assert_eq!(
                value(flags, "os-type"),
                Some(if pool.os == OsType::Windows {
                    "Windows"
                } else {
                    "Linux"
                })
            );
            assert_eq!(
                value(flags, "enable-cluster-autoscaler").is_some(),
                pool.autoscale
            );
            let surge = if pool.max_surge.is_empty() {
                "10%"
            } else {
                pool.max_surge.as_str()
            };
            assert_eq!(value(flags, "max-surge"), Some(surge));
        }
        if plan.cluster.pod_cidr.contains(',') {
            assert_eq!(value(create, "ip-families"), Some("IPv4,IPv6"));
            assert_eq!(
                value(create, "pod-cidrs"),
                Some("10.244.0.0/16,fd12:3456:789a::/64")
            );
        }
        assert_eq!(
            script.contains("--addons virtual-node --subnet-name snet-virtual-nodes"),
            plan.cluster.virtual_nodes
        );
    }
}

/// Checks that braces and brackets balance and that every `key = …` / `key: …` is known.
pub(super) fn check_structure(text: &str, assign: &str, known: &[&str]) {
    let mut depth: i32 = 0;
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or("");
        if code.trim_start().starts_with('#') {
            continue;
        }
        for c in code.chars() {
            match c {
                '{' | '[' => depth += 1,
                '}' | ']' => depth -= 1,
                _ => {}
            }
        }
        assert!(depth >= 0, "unbalanced at {line:?}");
        if let Some((key, _)) = code.split_once(assign) {
            let key = key.trim();
            let is_key =
                !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            if is_key && !key.starts_with("param") {
                assert!(known.contains(&key), "unknown key {key:?} in {line:?}");
            }
        }
    }
    assert_eq!(depth, 0, "unbalanced");
}

/// Whether some line sets `key = value`, whatever the alignment.
fn has_attr(tf: &str, key: &str, value: &str) -> bool {
    tf.lines().any(|l| {
        l.split_once(" = ")
            .is_some_and(|(k, v)| k.trim() == key && v.trim() == value)
    })
}

pub(super) const TERRAFORM_KEYS: &[&str] = &[
    // Every Windows pool names its image; Windows Server 2025 needs FIPS (rules-check E21).
    "os_sku",
    "fips_enabled",
    "identity_ids",
    "depends_on",
    "scope",
    "role_definition_name",
    "principal_id",
    "source",
    "version",
    "type",
    "name",
    "location",
    "resource_group_name",
    "address_space",
    "virtual_network_name",
    "address_prefixes",
    "dns_prefix",
    "kubernetes_version",
    "sku_tier",
    "private_cluster_enabled",
    "vm_size",
    "node_count",
    "auto_scaling_enabled",
    "min_count",
    "max_count",
    "max_pods",
    "vnet_subnet_id",
    "pod_subnet_id",
    "orchestrator_version",
    "max_surge",
    "network_plugin",
    "network_plugin_mode",
    "network_data_plane",
    "pod_cidr",
    "pod_cidrs",
    "service_cidr",
    "service_cidrs",
    "dns_service_ip",
    "ip_versions",
    "kubernetes_cluster_id",
    "mode",
    "os_type",
    "subnet_name",
    "azurerm",
    "actions",
    "id",
    "number_of_ip_addresses",
    "virtual_network_integration_enabled",
    "subnet_id",
    "default",
    "node_resource_group",
    "outbound_type",
    "managed_outbound_ip_count",
    "outbound_ports_allocated",
    "idle_timeout_in_minutes",
    "artifact_source",
    "route_table_name",
    "address_prefix",
    "next_hop_type",
    "next_hop_in_ip_address",
    "route_table_id",
    "count",
    "allocation_method",
    "sku",
    "sku_name",
    "nat_gateway_id",
    "public_ip_address_id",
];

pub(super) const BICEP_KEYS: &[&str] = &[
    "osSKU",
    "enableFIPS",
    "userAssignedIdentities",
    "dependsOn",
    "scope",
    "roleDefinitionId",
    "principalId",
    "principalType",
    "name",
    "location",
    "properties",
    "addressSpace",
    "addressPrefixes",
    "subnets",
    "addressPrefix",
    "sku",
    "tier",
    "identity",
    "type",
    "kubernetesVersion",
    "dnsPrefix",
    "agentPoolProfiles",
    "mode",
    "osType",
    "vmSize",
    "count",
    "enableAutoScaling",
    "minCount",
    "maxCount",
    "maxPods",
    "vnetSubnetID",
    "podSubnetID",
    "podIPAllocationMode",
    "orchestratorVersion",
    "upgradeSettings",
    "maxSurge",
    "networkProfile",
    "networkPlugin",
    "networkPluginMode",
    "networkDataplane",
    "advancedNetworking",
    "security",
    "transitEncryption",
    "podCidr",
    "podCidrs",
    "serviceCidr",
    "serviceCidrs",
    "dnsServiceIP",
    "ipFamilies",
    "apiServerAccessProfile",
    "enablePrivateCluster",
    "addonProfiles",
    "aciConnectorLinux",
    "enabled",
    "config",
    "SubnetName",
    "delegations",
    "serviceName",
    "ipamPoolPrefixAllocations",
    "numberOfIpAddresses",
    "pool",
    "id",
    "enableVnetIntegration",
    "subnetId",
    "nodeResourceGroup",
    "outboundType",
    "loadBalancerProfile",
    "managedOutboundIPs",
    "allocatedOutboundPorts",
    "idleTimeoutInMinutes",
    "natGatewayProfile",
    "managedOutboundIPProfile",
    "bootstrapProfile",
    "artifactSource",
    "routes",
    "nextHopType",
    "nextHopIpAddress",
    "routeTable",
    "natGateway",
    "publicIPAllocationMethod",
    "publicIpAddresses",
];

#[test]
fn terraform_and_bicep_use_only_known_names_with_the_plan_values() {
    for plan in plans() {
        check_structure(&terraform_ipam(&plan, "#v=1"), " = ", TERRAFORM_KEYS);
        check_structure(&bicep_ipam(&plan, "#v=1"), ": ", BICEP_KEYS);
        let tf = terraform(&plan, "#v=1");
        check_structure(&tf, " = ", TERRAFORM_KEYS);
        let b = bicep(&plan, "#v=1");
        check_structure(&b, ": ", BICEP_KEYS);
        let model = plan.cluster.network;
        let plugin = if model == NetworkModel::Kubenet {
            "kubenet"
        } else {
            "azure"
        };
        assert!(
            has_attr(&tf, "network_plugin", &format!("\"{plugin}\"")),
            "{tf}"
        );
        assert!(b.contains(&format!("networkPlugin: '{plugin}'")));
        assert_eq!(
            b.contains("podIPAllocationMode: 'StaticBlock'"),
            model == NetworkModel::PodSubnetStatic
        );
        assert_eq!(tf.contains("pod_subnet_id"), model.uses_pod_subnet());
        assert_eq!(
            tf.contains("terraform-provider-azurerm#30827"),
            model == NetworkModel::PodSubnetStatic
        );
        assert_eq!(
            tf.matches("resource \"azurerm_kubernetes_cluster_node_pool\"")
                .count(),
            plan.pools.len() - 1
        );
        assert_eq!(b.matches("        vmSize: ").count(), plan.pools.len());
        assert_eq!(
            has_attr(&tf, "private_cluster_enabled", "true"),
            plan.cluster.private_cluster
        );
        assert_eq!(
            b.contains("enablePrivateCluster: true"),
            plan.cluster.private_cluster
        );
        if plan.pools.len() > 1 {
            assert!(tf.contains("max_surge = \"33%\"") && b.contains("maxSurge: '33%'"));
            assert!(
                has_attr(&tf, "orchestrator_version", "\"1.32\"")
                    && b.contains("orchestratorVersion: '1.32'")
            );
        }
    }
}

#[test]
fn values_that_need_escaping_cannot_break_out() {
    assert_eq!(sh("a b"), "'a b'");
    assert_eq!(sh("it's"), "'it'\\''s'");
    assert_eq!(sh("$RG"), "\"$RG\"");
    assert_eq!(sh("$(rm -rf)"), "'$(rm -rf)'");
    assert_eq!(hcl("${x}"), "\"$${x}\"");
    assert_eq!(hcl("10%"), "\"10%\"");
    assert_eq!(hcl("a\"b"), "\"a\\\"b\"");
    assert_eq!(bq("it's"), "'it\\'s'");
    assert_eq!(bq("${x}"), "'\\${x}'");
    let mut plan = Plan::default();
    plan.apply(Edit::Pool(
        0,
        PoolEdit::Text(PoolField::Name, "x; rm -rf /".into()),
    ));
    let script = azure_cli(&plan, "#v=1");
    assert!(script.contains("--nodepool-name 'x; rm -rf /'"));
    assert!(script.contains("still has errors"));
}

#[test]
fn what_the_review_found() {
    // A leftover IPv6 pod range on flat Azure CNI: single-stack flags with the IPv4 range only.
    let mut plan = Plan::default();
    plan.apply(Edit::Network(NetworkModel::NodeSubnet));
    plan.apply(Edit::ClusterText(
        ClusterField::PodCidr,
        "10.244.0.0/16,fd12:3456:789a::/64".into(),
    ));
    let script = azure_cli(&plan, "#v=1");
    assert!(
        !script.contains("ip-families") && !script.contains("pod-cidr"),
        "{script}"
    );
    assert!(script.contains("--service-cidr 10.0.0.0/16"));
    // Overlay with IPv6 only in the pod range is not dual-stack either.
    plan.apply(Edit::Network(NetworkModel::Overlay));
    let script = azure_cli(&plan, "#v=1");
    assert!(
        !script.contains("ip-families") && script.contains("--pod-cidr 10.244.0.0/16"),
        "{script}"
    );
    // The first pool keeps its own, older version.
    let mut plan = Plan::default();
    plan.apply(Edit::Pool(
        0,
        PoolEdit::Text(PoolField::KubernetesVersion, "1.32".into()),
    ));
    let script = azure_cli(&plan, "#v=1");
    let cmds = commands(&script);
    let (_, create) = cmds.iter().find(|(c, _)| c == "az aks create").unwrap();
    assert_eq!(value(create, "kubernetes-version"), Some("1.32"));
    let (_, upgrade) = cmds.iter().find(|(c, _)| c == "az aks upgrade").unwrap();
    assert_eq!(
        value(upgrade, "kubernetes-version"),
        Some(crate::plan::DEFAULT_KUBERNETES_VERSION)
    );
    assert!(upgrade.iter().any(|(f, _)| f == "control-plane-only"));
    // A custom size is a placeholder the tools refuse, and the header says so.
    let mut plan = Plan::default();
    plan.apply(Edit::Pool(
        0,
        PoolEdit::Text(PoolField::VmSize, "custom".into()),
    ));
    plan.apply(Edit::Pool(
        0,
        PoolEdit::Text(PoolField::CustomVcpu, "6".into()),
    ));
    plan.apply(Edit::Pool(
        0,
        PoolEdit::Text(PoolField::CustomMemory, "24".into()),
    ));
    for text in [
        azure_cli(&plan, "#"),
        terraform(&plan, "#"),
        bicep(&plan, "#"),
    ] {
        assert!(
            text.contains("<choose a VM size with 6 vCPU and 24 GiB>"),
            "{text}"
        );
        assert!(text.contains("replace <choose a VM size …>"));
    }
    // Terraform and Bicep give the cluster an identity with Network Contributor on the VNet.
    let tf = terraform(&Plan::default(), "#");
    assert!(has_attr(
        &tf,
        "role_definition_name",
        "\"Network Contributor\""
    ));
    assert!(has_attr(
        &tf,
        "depends_on",
        "[azurerm_role_assignment.aks_network]"
    ));
    let b = bicep(&Plan::default(), "#");
    assert!(
        b.contains(&format!("'{NETWORK_CONTRIBUTOR}'")) && b.contains("    networkContributor\n")
    );
}
