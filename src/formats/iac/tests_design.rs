//! The VNet design in the snippets: every subnet with its delegation and its prefixes (auto ones
//! where the layout placed them), each pool in its own subnets, the API server and ACI subnets,
//! dual-stack prefixes as separate arguments, and the IPAM variants' numbers. Values checked by
//! hand from the layout's rules (largest first, lowest free aligned block).

use super::*;
use crate::plan::edit::{Edit, PoolEdit, SubnetEdit};
use crate::plan::field::{ClusterField, PoolField, SubnetField};
use crate::rules::subnet::Purpose;

fn rename(p: &mut Plan, i: usize, name: &str) {
    p.apply(Edit::Subnet(
        i,
        SubnetEdit::Text(SubnetField::Name, name.into()),
    ));
}

/// Azure CNI pod subnet (dynamic) in AKS's default VNet: the first pool in the default node and
/// pod subnets, a user pool in its own two (auto), virtual nodes, AGC, Bastion and a firewall.
fn many_subnets() -> Plan {
    let mut p = Plan::default();
    p.apply(Edit::Network(NetworkModel::PodSubnetDynamic));
    p.apply(Edit::AddSubnet(Purpose::Nodes));
    rename(&mut p, 2, "snet-user-nodes");
    p.apply(Edit::AddSubnet(Purpose::Pods));
    rename(&mut p, 3, "snet-user-pods");
    p.apply(Edit::VirtualNodes(true));
    p.apply(Edit::AddSubnet(Purpose::VirtualNodes));
    p.apply(Edit::Subnet(
        4,
        SubnetEdit::Text(SubnetField::Ips, "50".into()),
    ));
    p.apply(Edit::AddSubnet(Purpose::AppGatewayForContainers));
    p.apply(Edit::AddSubnet(Purpose::AzureBastion));
    p.apply(Edit::AddSubnet(Purpose::AzureFirewall));
    p.apply(Edit::AddPool);
    for (field, value) in [
        (PoolField::VnetSubnet, "snet-user-nodes"),
        (PoolField::PodSubnet, "snet-user-pods"),
    ] {
        p.apply(Edit::Pool(1, PoolEdit::Text(field, value.into())));
    }
    p
}

/// The lines of a script with its continuation lines joined.
fn joined(script: &str) -> Vec<String> {
    script
        .replace("\\\n", " ")
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

fn line_with<'a>(lines: &'a [String], start: &str) -> Vec<&'a str> {
    lines
        .iter()
        .filter(|l| l.starts_with(start))
        .map(String::as_str)
        .collect()
}

#[test]
fn every_subnet_is_created_with_its_delegation_and_each_pool_uses_its_own() {
    let plan = many_subnets();
    let r = crate::evaluate(&plan);
    assert!(!r.has_errors(), "{:?}", r.findings);
    let lines = joined(&azure_cli(&plan, "#"));
    let creates = line_with(&lines, "az network vnet subnet create");
    let base = "az network vnet subnet create --resource-group \"$RG\" --vnet-name \"$VNET\"";
    let aks = "--delegations Microsoft.ContainerService/managedClusters";
    assert_eq!(
        creates,
        [
            format!("{base} --name snet-aks-nodes --address-prefixes 10.224.0.0/16"),
            format!("{base} --name snet-aks-pods --address-prefixes 10.225.0.0/16 {aks}"),
            // 3 nodes + 1 surge: 4 IPs, a /28 (a /29 holds 3).
            format!("{base} --name snet-user-nodes --address-prefixes 10.226.5.192/28"),
            // 4 nodes × 250 pods: 1,000 IPs, a /22 (1,019 usable), the largest: placed first.
            format!("{base} --name snet-user-pods --address-prefixes 10.226.0.0/22 {aks}"),
            // 50 ACI pods: a /26 (59 usable).
            format!(
                "{base} --name snet-virtual-nodes --address-prefixes 10.226.5.0/26 --delegations Microsoft.ContainerInstance/containerGroups"
            ),
            // AGC needs a /24.
            format!(
                "{base} --name snet-agc --address-prefixes 10.226.4.0/24 --delegations Microsoft.ServiceNetworking/trafficControllers"
            ),
            format!("{base} --name AzureBastionSubnet --address-prefixes 10.226.5.64/26"),
            format!("{base} --name AzureFirewallSubnet --address-prefixes 10.226.5.128/26"),
        ]
    );
    let create = line_with(&lines, "az aks create");
    assert!(
        create[0].contains(
            "--vnet-subnet-id \"$SNET_AKS_NODES_ID\" --pod-subnet-id \"$SNET_AKS_PODS_ID\" --pod-ip-allocation-mode DynamicIndividual"
        ),
        "{}",
        create[0]
    );
    let add = line_with(&lines, "az aks nodepool add");
    assert!(
        add[0].contains(
            "--vnet-subnet-id \"$SNET_USER_NODES_ID\" --pod-subnet-id \"$SNET_USER_PODS_ID\""
        ),
        "{}",
        add[0]
    );
    assert_eq!(
        line_with(&lines, "az aks enable-addons"),
        [
            "az aks enable-addons --resource-group \"$RG\" --name \"$CLUSTER\" --addons virtual-node --subnet-name snet-virtual-nodes"
        ]
    );
    // A shell variable for each subnet's id (Azure's fixed names too).
    assert_eq!(line_with(&lines, "SNET_").len(), 6);
    assert!(lines.contains(&String::from(
        "AZUREBASTIONSUBNET_ID=$(az network vnet subnet show --resource-group \"$RG\" --vnet-name \"$VNET\" --name AzureBastionSubnet --query id --output tsv)"
    )));
}

#[test]
fn terraform_and_bicep_declare_the_same_subnets_and_references() {
    let plan = many_subnets();
    let tf = terraform(&plan, "#");
    assert_eq!(tf.matches("resource \"azurerm_subnet\"").count(), 8);
    assert_eq!(
        tf.matches("      name    = \"Microsoft.ContainerService/managedClusters\"\n      actions = [\"Microsoft.Network/virtualNetworks/subnets/join/action\"]")
            .count(),
        2
    );
    assert!(tf.contains(
        "    name = \"aci-delegation\"\n\n    service_delegation {\n      name    = \"Microsoft.ContainerInstance/containerGroups\"\n      actions = [\"Microsoft.Network/virtualNetworks/subnets/action\"]"
    ));
    assert!(tf.contains(
        "resource \"azurerm_subnet\" \"snet_user_pods\" {\n  name                 = \"snet-user-pods\"\n  resource_group_name  = azurerm_resource_group.aks.name\n  virtual_network_name = azurerm_virtual_network.aks.name\n  address_prefixes     = [\"10.226.0.0/22\"]\n"
    ));
    assert!(tf.contains("    vnet_subnet_id = azurerm_subnet.snet_aks_nodes.id\n"));
    assert!(tf.contains("    pod_subnet_id  = azurerm_subnet.snet_aks_pods.id\n"));
    assert!(tf.contains("  vnet_subnet_id        = azurerm_subnet.snet_user_nodes.id\n"));
    assert!(tf.contains("  pod_subnet_id         = azurerm_subnet.snet_user_pods.id\n"));
    assert!(tf.contains(
        "  aci_connector_linux {\n    subnet_name = azurerm_subnet.snet_virtual_nodes.name\n  }"
    ));
    let b = bicep(&plan, "#");
    assert_eq!(b.matches("\n      // ").count(), 8);
    assert_eq!(
        b.matches("serviceName: 'Microsoft.ContainerService/managedClusters'")
            .count(),
        2
    );
    assert!(b.contains("serviceName: 'Microsoft.ServiceNetworking/trafficControllers'"));
    assert!(b.contains("        name: 'AzureFirewallSubnet'\n        properties: {\n          addressPrefix: '10.226.5.128/26'\n        }"));
    assert!(b.contains(
        "        podSubnetID: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-user-pods')"
    ));
    assert!(b.contains("          SubnetName: 'snet-virtual-nodes'"));
}

#[test]
fn api_server_vnet_integration_names_its_subnet() {
    let mut plan = Plan::default();
    plan.apply(Edit::AddSubnet(Purpose::ApiServer));
    plan.apply(Edit::ApiServerVnetIntegration(true));
    plan.apply(Edit::PrivateCluster(true));
    let r = crate::evaluate(&plan);
    assert!(!r.has_errors(), "{:?}", r.findings);
    let lines = joined(&azure_cli(&plan, "#"));
    let create = line_with(&lines, "az aks create");
    assert!(create[0].contains(
        "--enable-private-cluster --enable-apiserver-vnet-integration --apiserver-subnet-id \"$SNET_APISERVER_ID\""
    ));
    // The auto API server subnet is a /28, AKS's minimum, in the first free /28 of the VNet.
    assert!(lines.contains(&String::from(
        "az network vnet subnet create --resource-group \"$RG\" --vnet-name \"$VNET\" --name snet-apiserver --address-prefixes 10.225.0.0/28 --delegations Microsoft.ContainerService/managedClusters"
    )));
    assert!(terraform(&plan, "#").contains(
        "  api_server_access_profile {\n    virtual_network_integration_enabled = true\n    subnet_id                           = azurerm_subnet.snet_apiserver.id\n  }"
    ));
    assert!(bicep(&plan, "#").contains(
        "    apiServerAccessProfile: {\n      enablePrivateCluster: true\n      enableVnetIntegration: true\n      subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-apiserver')\n    }"
    ));
    // Off: no flag, and no profile beyond the private cluster.
    plan.apply(Edit::ApiServerVnetIntegration(false));
    assert!(!azure_cli(&plan, "#").contains("--enable-apiserver-vnet-integration"));
    assert!(!terraform(&plan, "#").contains("api_server_access_profile"));
}

fn dual_stack() -> Plan {
    let mut p = Plan::default();
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
fn dual_stack_subnets_get_both_prefixes_as_separate_arguments() {
    let plan = dual_stack();
    let script = azure_cli(&plan, "#");
    // Two arguments: joined by a comma they would be one invalid prefix.
    assert!(
        script.contains("  --address-prefixes 10.224.0.0/16 fd00:db8::/64\n"),
        "{script}"
    );
    assert!(script.contains("  --address-prefixes 10.224.0.0/12 fd00:db8::/56\n"));
    assert!(!script.contains("10.224.0.0/16,"));
    assert!(script.contains("(Fit into the VNet)"));
    let tf = terraform(&plan, "#");
    assert!(tf.contains("  address_prefixes     = [\"10.224.0.0/16\", \"fd00:db8::/64\"]\n"));
    let b = bicep(&plan, "#");
    assert!(b.contains(
        "          addressPrefixes: [\n            '10.224.0.0/16'\n            'fd00:db8::/64'\n          ]\n"
    ));
    // A typed /64 is used as typed, not placed again.
    let mut typed = plan.clone();
    typed.apply(Edit::Subnet(
        0,
        SubnetEdit::Text(
            SubnetField::Prefix,
            "10.224.0.0/16 fd00:db8:0:ff::/64".into(),
        ),
    ));
    let script = azure_cli(&typed, "#");
    assert!(script.contains("  --address-prefixes 10.224.0.0/16 fd00:db8:0:ff::/64\n"));
    assert!(!script.contains("(Fit into the VNet)"));
}

#[test]
fn ipam_variants_ask_for_the_block_the_design_gives_each_subnet() {
    let plan = many_subnets();
    let tf = terraform_ipam(&plan, "#");
    assert!(!tf.contains("address_prefixes") && !tf.contains("address_space"));
    assert!(tf.contains("variable \"ipam_pool_id\" {\n  type = string\n}"));
    // ip_address_pool needs 4.38.0; the constraint of every Terraform export, 4.53, covers it.
    assert!(tf.contains("      version = \"~> 4.53\"\n"));
    let numbers: Vec<&str> = tf
        .lines()
        .filter_map(|l| l.trim().strip_prefix("number_of_ip_addresses = "))
        .collect();
    // The VNet's /12, then the typed /16s, and each auto subnet's smallest block.
    assert_eq!(
        numbers,
        [
            "\"1048576\"",
            "\"65536\"",
            "\"65536\"",
            "\"16\"",
            "\"1024\"",
            "\"64\"",
            "\"256\"",
            "\"64\"",
            "\"64\""
        ]
    );
    let b = bicep_ipam(&plan, "#");
    assert!(b.contains("param ipamPoolId string\n") && !b.contains("ipamPoolIdV6"));
    assert!(!b.contains("addressPrefix"));
    let numbers: Vec<&str> = b
        .lines()
        .filter_map(|l| l.trim().strip_prefix("numberOfIpAddresses: "))
        .collect();
    assert_eq!(
        numbers,
        [
            "'1048576'",
            "'65536'",
            "'65536'",
            "'16'",
            "'1024'",
            "'64'",
            "'256'",
            "'64'",
            "'64'"
        ]
    );
    // Growth ×2 doubles what an auto subnet asks for: 4 IPs × 2 = 8 still fit a /28 (11), 1,000
    // pod IPs × 2 = 2,000 need a /21 (2,043).
    let mut grown = plan.clone();
    grown.apply(Edit::ClusterText(ClusterField::Growth, "2".into()));
    let tf = terraform_ipam(&grown, "#");
    assert!(tf.contains("  # 16 addresses (a /28): the smallest block for 4 IPs at the plan's most × 2 growth, Azure's 5 reserved included.\n"));
    assert!(tf.contains("  # 2048 addresses (a /21): the smallest block for 1000 IPs at the plan's most × 2 growth, Azure's 5 reserved included.\n"));
    // AGC's minimum sets its block: nothing planned in it, still a /24.
    assert!(tf.contains("  # 256 addresses (a /24): the smallest block for 0 IPs at the plan's most × 2 growth, Azure's 5 reserved included, at least a /24.\n"));
}

#[test]
fn ipam_with_dual_stack() {
    let plan = dual_stack();
    let b = bicep_ipam(&plan, "#");
    assert!(b.contains("param ipamPoolIdV6 string\n"));
    // The VNet's /56 from the IPv6 pool, and each node subnet's /64.
    assert!(b.contains(&format!(
        "numberOfIpAddresses: '{}'\n          pool: {{\n            id: ipamPoolIdV6",
        1u128 << 72
    )));
    assert!(b.contains(&format!(
        "numberOfIpAddresses: '{}'\n              pool: {{\n                id: ipamPoolIdV6",
        1u128 << 64
    )));
    // azurerm takes one pool per subnet: the comment says the IPv6 /64s cannot be written.
    assert!(terraform_ipam(&plan, "#").contains("use the Bicep IPAM export"));
}

#[test]
fn resource_names_from_subnet_names_are_unique_and_comments_stay_comments() {
    let mut plan = Plan::default();
    for (name, ips) in [
        ("a-b", "5"),
        ("a_b", "5"),
        ("1st", "5"),
        ("x\nrm -rf /", "5"),
    ] {
        plan.apply(Edit::AddSubnet(Purpose::Other));
        let i = plan.cluster.subnets.len() - 1;
        rename(&mut plan, i, name);
        plan.apply(Edit::Subnet(
            i,
            SubnetEdit::Text(SubnetField::Ips, ips.into()),
        ));
    }
    let cx = Ctx::new(&plan);
    let idents: Vec<&str> = cx.subnets.iter().map(|s| s.ident.as_str()).collect();
    assert_eq!(
        idents,
        ["snet_aks_nodes", "a_b", "a_b_2", "subnet_1st", "x_rm__rf__"]
    );
    assert_eq!(cx.subnets[2].var(), "A_B_2_ID");
    assert_eq!(sh("$A_B_2_ID"), "\"$A_B_2_ID\"");
    assert_eq!(sh("$2X"), "'$2X'");
    let script = azure_cli(&plan, "#");
    assert!(script.contains("\n# x rm -rf / — Other: 5 other IPs."));
    assert!(script.contains("  --name 'x\nrm -rf /' \\\n"));
    // The name's line break stays inside its quotes.
    let broken: Vec<&str> = script.lines().filter(|l| l.contains("rm -rf")).collect();
    assert_eq!(broken.len(), 3, "{broken:?}");
    assert!(broken[1..].iter().all(|l| l.starts_with("rm -rf /'")));
    let tf = terraform(&plan, "#");
    assert!(
        tf.contains("resource \"azurerm_subnet\" \"a_b_2\" {\n  name                 = \"a_b\"\n")
    );
    assert!(!tf.lines().any(|l| l.starts_with("rm ")));
    assert!(!bicep(&plan, "#").lines().any(|l| l.starts_with("rm ")));
}

#[test]
fn a_pool_naming_no_subnet_gets_a_placeholder_the_tools_refuse() {
    let mut plan = Plan::default();
    plan.apply(Edit::Pool(
        0,
        PoolEdit::Text(PoolField::VnetSubnet, "snet-missing".into()),
    ));
    let script = azure_cli(&plan, "#");
    assert!(script.contains("still has errors"));
    assert!(script.contains("--vnet-subnet-id '<no subnet: see the findings of the plan>'"));
    assert!(
        terraform(&plan, "#")
            .contains("vnet_subnet_id = \"<no subnet: see the findings of the plan>\"")
    );
    // An auto subnet with no room left in the VNet.
    let mut plan = Plan::default();
    plan.apply(Edit::ClusterText(
        ClusterField::Vnet,
        "10.224.0.0/16".into(),
    ));
    plan.apply(Edit::AddSubnet(Purpose::PrivateEndpoints));
    let script = azure_cli(&plan, "#");
    assert!(script.contains("The layout found no room for it: choose a free range."));
    assert!(
        script.contains("--address-prefixes '<no room in the VNet: see the findings of the plan>'")
    );
    // The IPAM pool may still have room: it is asked for the /29 the need gives.
    assert_eq!(Ctx::new(&plan).subnets[1].ipam_count(), Some(8));
    assert!(terraform_ipam(&plan, "#").contains("    number_of_ip_addresses = \"8\"\n"));
}

/// Every range typed with host bits: the VNet `10.230.1.2/12`, the node subnet `10.224.0.5/16`,
/// a second node subnet `10.225.4.9/24`, the pod CIDR `10.244.9.9/16`, the service CIDR
/// `10.0.5.5/16`. Each is written as the network it means (the report's).
fn host_bits() -> Plan {
    let mut p = Plan::default();
    for (field, value) in [
        (ClusterField::Vnet, "10.230.1.2/12"),
        (ClusterField::PodCidr, "10.244.9.9/16"),
        (ClusterField::ServiceCidr, "10.0.5.5/16"),
    ] {
        p.apply(Edit::ClusterText(field, value.into()));
    }
    p.apply(Edit::Subnet(
        0,
        SubnetEdit::Text(SubnetField::Prefix, "10.224.0.5/16".into()),
    ));
    p.apply(Edit::AddSubnet(Purpose::Nodes));
    rename(&mut p, 1, "snet-user");
    p.apply(Edit::Subnet(
        1,
        SubnetEdit::Text(SubnetField::Prefix, "10.225.4.9/24".into()),
    ));
    p
}

#[test]
fn prefixes_with_host_bits_are_written_as_their_networks() {
    let plan = host_bits();
    let r = crate::evaluate(&plan);
    // The plan says it at each field; the exports still write what the report computed with.
    let host_bits = r
        .findings
        .iter()
        .filter(|f| matches!(f.issue, crate::evaluate::finding::Issue::Address(_)))
        .count();
    assert_eq!(host_bits, 5, "{:?}", r.findings);
    let typed = [
        "10.230.1.2",
        "10.224.0.5",
        "10.225.4.9",
        "10.244.9.9",
        "10.0.5.5",
    ];
    let lines = joined(&azure_cli(&plan, "#"));
    assert_eq!(
        line_with(&lines, "az network vnet create"),
        [
            "az network vnet create --resource-group \"$RG\" --name \"$VNET\" --location \"$LOCATION\" --address-prefixes 10.224.0.0/12"
        ]
    );
    let base = "az network vnet subnet create --resource-group \"$RG\" --vnet-name \"$VNET\"";
    assert_eq!(
        line_with(&lines, "az network vnet subnet create"),
        [
            format!("{base} --name snet-aks-nodes --address-prefixes 10.224.0.0/16"),
            format!("{base} --name snet-user --address-prefixes 10.225.4.0/24"),
        ]
    );
    let create = line_with(&lines, "az aks create");
    assert!(
        create[0].contains("--pod-cidr 10.244.0.0/16 --service-cidr 10.0.0.0/16 "),
        "{}",
        create[0]
    );
    let tf = terraform(&plan, "#");
    assert!(
        tf.contains("  address_space       = [\"10.224.0.0/12\"]\n"),
        "{tf}"
    );
    assert!(tf.contains("  address_prefixes     = [\"10.224.0.0/16\"]\n"));
    assert!(tf.contains("  address_prefixes     = [\"10.225.4.0/24\"]\n"));
    assert!(tf.contains("    pod_cidr            = \"10.244.0.0/16\"\n"));
    assert!(tf.contains("    service_cidr        = \"10.0.0.0/16\"\n"));
    let b = bicep(&plan, "#");
    assert!(
        b.contains("      addressPrefixes: [\n        '10.224.0.0/12'\n      ]\n"),
        "{b}"
    );
    assert!(b.contains("          addressPrefix: '10.224.0.0/16'\n"));
    assert!(b.contains("          addressPrefix: '10.225.4.0/24'\n"));
    assert!(b.contains("      podCidr: '10.244.0.0/16'\n"));
    assert!(b.contains("      serviceCidr: '10.0.0.0/16'\n"));
    let md = crate::formats::markdown::markdown(&plan, "#", crate::text::Lang::En);
    for row in [
        "| VNet address space | 10.224.0.0/12 |",
        "| snet-aks-nodes (Node pools) | 10.224.0.0/16 |",
        "| snet-user (Node pools) | 10.225.4.0/24 |",
        "| Pod CIDR | 10.244.0.0/16 |",
        "| Service CIDR | 10.0.0.0/16 |",
    ] {
        assert!(md.contains(row), "{row}\n{md}");
    }
    let csv = crate::formats::csv::csv_subnets(&plan);
    assert!(
        csv.contains("\nsnet-aks-nodes,nodes,10.224.0.0/16,,typed,"),
        "{csv}"
    );
    assert!(csv.contains("\nsnet-user,nodes,10.225.4.0/24,,typed,"));
    // The egress rules' sources are the node subnets in use (only snet-aks-nodes has a pool).
    let en = crate::text::Lang::En;
    let egress = [
        crate::formats::firewall::egress_azure_cli(&plan, "#", en),
        crate::formats::firewall::egress_terraform(&plan, "#", en),
        crate::formats::firewall::egress_bicep(&plan, "#", en),
        crate::formats::egress::egress_csv(&plan, en),
    ];
    assert!(
        egress[0].contains("--source-addresses '10.224.0.0/16' "),
        "{}",
        egress[0]
    );
    assert!(egress[1].contains("source_addresses  = [\"10.224.0.0/16\"]"));
    assert!(
        egress[2].contains("sourceAddresses: [\n              '10.224.0.0/16'\n"),
        "{}",
        egress[2]
    );
    for out in [azure_cli(&plan, "#"), tf, b, csv]
        .into_iter()
        .chain(egress)
    {
        for t in typed {
            assert!(!out.contains(t), "{t} typed with host bits is written");
        }
    }
}

#[test]
fn dual_stack_prefixes_with_host_bits_are_written_as_their_networks() {
    let mut plan = Plan::default();
    for (field, value) in [
        (ClusterField::Vnet, "10.224.0.1/12,fd00:db8::1/56"),
        (ClusterField::PodCidr, "10.244.0.1/16,fd12:3456:789a::1/64"),
        (
            ClusterField::ServiceCidr,
            "10.0.0.1/16,fd12:3456:789a:1::1/108",
        ),
    ] {
        plan.apply(Edit::ClusterText(field, value.into()));
    }
    plan.apply(Edit::Subnet(
        0,
        SubnetEdit::Text(
            SubnetField::Prefix,
            "10.224.0.1/16 fd00:db8:0:ff::1/64".into(),
        ),
    ));
    let script = azure_cli(&plan, "#");
    assert!(
        script.contains("  --address-prefixes 10.224.0.0/12 fd00:db8::/56\n"),
        "{script}"
    );
    assert!(script.contains("  --address-prefixes 10.224.0.0/16 fd00:db8:0:ff::/64\n"));
    assert!(script.contains(
        "  --pod-cidrs 10.244.0.0/16,fd12:3456:789a::/64 \\\n  --service-cidrs 10.0.0.0/16,fd12:3456:789a:1::/108 \\\n"
    ));
    let tf = terraform(&plan, "#");
    assert!(
        tf.contains("  address_space       = [\"10.224.0.0/12\", \"fd00:db8::/56\"]\n"),
        "{tf}"
    );
    assert!(tf.contains("  address_prefixes     = [\"10.224.0.0/16\", \"fd00:db8:0:ff::/64\"]\n"));
    assert!(
        tf.contains("    pod_cidrs           = [\"10.244.0.0/16\", \"fd12:3456:789a::/64\"]\n")
    );
    assert!(
        tf.contains("    service_cidrs       = [\"10.0.0.0/16\", \"fd12:3456:789a:1::/108\"]\n")
    );
    let b = bicep(&plan, "#");
    assert!(b.contains("        'fd00:db8::/56'\n"), "{b}");
    assert!(b.contains("            'fd00:db8:0:ff::/64'\n"));
    assert!(b.contains(
        "      podCidrs: [\n        '10.244.0.0/16'\n        'fd12:3456:789a::/64'\n      ]\n"
    ));
    assert!(b.contains(
        "      serviceCidrs: [\n        '10.0.0.0/16'\n        'fd12:3456:789a:1::/108'\n      ]\n"
    ));
    for out in [script, tf, b] {
        assert!(!out.contains("::1/"), "{out}");
        assert!(!out.contains(".1/"), "{out}");
    }
}
