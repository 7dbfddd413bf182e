//! The plan's names and outbound type in the cluster snippets. Names checked against azure-cli
//! 2.91.0 (`_params.py`, `_help.py` and its parser, `make check-azcli`), the azurerm v4.81.0 docs
//! (`kubernetes_cluster`, `route_table`, `route`, `subnet_route_table_association`,
//! `nat_gateway`, `nat_gateway_public_ip_association`, `subnet_nat_gateway_association`,
//! `public_ip`) and the Bicep types of managedClusters 2025-10-01 and 2026-03-02-preview and of
//! Microsoft.Network 2024-05-01 (Azure/bicep-types-az), and for 2026-06-01 the models of
//! azure-mgmt-containerservice 41.6.0.

use super::tests::{BICEP_KEYS, TERRAFORM_KEYS, allowed, check_structure, commands};
use super::*;
use crate::plan::edit::{Edit, PoolEdit};
use crate::plan::field::{ClusterField, NameField, OutboundField};
use crate::plan::outbound::OutboundEdit;
use crate::plan::{OsSku, OsType, RuleChoice};
use crate::rules::outbound::OutboundType;

fn name(p: &mut Plan, field: NameField, value: &str) {
    p.apply(Edit::ClusterText(ClusterField::Names(field), value.into()));
}

/// A cluster named for production: rg-prod, aks-prod, Japan East, rg-prod-nodes.
fn named() -> Plan {
    let mut p = Plan::default();
    name(&mut p, NameField::ResourceGroup, "rg-prod");
    name(&mut p, NameField::ClusterName, "aks-prod");
    name(&mut p, NameField::Region, "Japan East");
    name(&mut p, NameField::NodeResourceGroup, "rg-prod-nodes");
    p
}

/// `named()` with outbound `t`, a managed VNet or not, and outbound fields.
fn outbound(t: OutboundType, managed_vnet: bool, values: &[(OutboundField, &str)]) -> Plan {
    let mut p = named();
    p.apply(Edit::Outbound(OutboundEdit::Type(t)));
    p.apply(Edit::Outbound(OutboundEdit::ManagedVnet(managed_vnet)));
    for (field, value) in values {
        p.apply(Edit::ClusterText(
            ClusterField::Outbound(*field),
            (*value).into(),
        ));
    }
    p
}

/// Every flag of every `az` command is one the command has; braces balance and every key is
/// known in Terraform and Bicep.
fn check_names(p: &Plan) {
    let script = azure_cli(p, "#");
    for (command, flags) in commands(&script) {
        for (flag, _) in flags {
            assert!(
                allowed(&command).contains(&flag.as_str()),
                "{command} --{flag}\n{script}"
            );
        }
    }
    check_structure(&terraform(p, "#"), " = ", TERRAFORM_KEYS);
    check_structure(&terraform_ipam(p, "#"), " = ", TERRAFORM_KEYS);
    check_structure(&bicep(p, "#"), ": ", BICEP_KEYS);
    check_structure(&bicep_ipam(p, "#"), ": ", BICEP_KEYS);
}

#[test]
fn the_plan_names_go_into_every_cluster_export() {
    let p = named();
    assert!(!crate::evaluate(&p).has_errors());
    let script = azure_cli(&p, "#");
    assert!(script.contains(
        "set -euo pipefail\n\nRG=rg-prod\nLOCATION=japaneast\nCLUSTER=aks-prod\nVNET=vnet-aks\n\naz group create --name \"$RG\" --location \"$LOCATION\"\n"
    ));
    assert!(script.contains(
        "  --tier free \\\n  --node-resource-group rg-prod-nodes \\\n  --network-plugin azure \\\n"
    ));
    let tf = terraform(&p, "#");
    assert!(tf.contains(
        "variable \"location\" {\n  type    = string\n  default = \"japaneast\"\n}\n\nresource \"azurerm_resource_group\" \"aks\" {\n  name     = \"rg-prod\"\n  location = var.location\n}\n"
    ));
    assert!(tf.contains("  name                = \"id-aks-prod\"\n"));
    assert!(tf.contains(
        "resource \"azurerm_kubernetes_cluster\" \"aks\" {\n  name                = \"aks-prod\"\n  location            = azurerm_resource_group.aks.location\n  resource_group_name = azurerm_resource_group.aks.name\n  dns_prefix          = \"aks-prod\"\n  kubernetes_version  = \"1.35\"\n  sku_tier            = \"Free\"\n  node_resource_group = \"rg-prod-nodes\"\n"
    ));
    let b = bicep(&p, "#");
    assert!(b.starts_with(
        "// AKS capacity & IP calculator: #\n// Rule set: aks-rules 2026-12\n// Deploy into the resource group rg-prod: az deployment group create --resource-group rg-prod --template-file <this file>\nparam location string = 'japaneast'\nparam clusterName string = 'aks-prod'\nparam nodeResourceGroup string = 'rg-prod-nodes'\n"
    ));
    assert!(b.contains(
        "    kubernetesVersion: '1.35'\n    dnsPrefix: clusterName\n    nodeResourceGroup: nodeResourceGroup\n    agentPoolProfiles: [\n"
    ));
    check_names(&p);
}

#[test]
fn placeholders_only_where_the_plan_names_nothing() {
    let p = Plan::default();
    let script = azure_cli(&p, "#");
    assert!(script.contains(
        "RG=rg-aks\nLOCATION=japaneast  # your region\nCLUSTER=aks-cluster\nVNET=vnet-aks\n"
    ));
    assert!(!script.contains("node-resource-group"));
    let tf = terraform(&p, "#");
    assert!(tf.contains("variable \"location\" {\n  type = string\n}\n"));
    assert!(tf.contains("  name     = \"rg-aks\"\n"));
    assert!(tf.contains("  dns_prefix          = \"aks-cluster\"\n"));
    assert!(!tf.contains("node_resource_group"));
    let b = bicep(&p, "#");
    assert!(b.starts_with("// AKS capacity & IP calculator: #\n// Rule set: aks-rules 2026-12\nparam location string = resourceGroup().location\nparam clusterName string = 'aks-cluster'\n\nresource vnet"));
    assert!(!b.contains("nodeResourceGroup"));
    // The region only: the others stay placeholders; `JapanEast` is the same region.
    let mut region = Plan::default();
    name(&mut region, NameField::Region, "JapanEast");
    let script = azure_cli(&region, "#");
    assert!(script.contains("RG=rg-aks\nLOCATION=japaneast\nCLUSTER=aks-cluster\n"));
    // A region that cannot be one (a finding) keeps the placeholder and its comment.
    name(&mut region, NameField::Region, "japan-east");
    assert!(crate::evaluate(&region).has_errors());
    assert!(azure_cli(&region, "#").contains("LOCATION=japaneast  # your region\n"));
    assert!(bicep(&region, "#").contains("param location string = resourceGroup().location\n"));
    assert!(terraform(&region, "#").contains("variable \"location\" {\n  type = string\n}\n"));
}

#[test]
fn the_dns_prefix_keeps_what_aks_takes_of_the_cluster_name() {
    assert_eq!(dns_prefix("aks-prod"), "aks-prod");
    assert_eq!(dns_prefix("aks_prod_01"), "aksprod01");
    assert_eq!(dns_prefix("-a_-"), "a");
    assert_eq!(dns_prefix("___"), "aks");
    // 60 letters: the first 54.
    let long = "a".repeat(60);
    assert_eq!(dns_prefix(&long), "a".repeat(54));
    // Cut at 54 on a hyphen: it may not end the prefix.
    let cut = format!("{}-b", "a".repeat(53));
    assert_eq!(dns_prefix(&cut), "a".repeat(53));
    let mut p = Plan::default();
    name(&mut p, NameField::ClusterName, "aks_prod");
    assert!(!crate::evaluate(&p).has_errors());
    assert!(terraform(&p, "#").contains("  dns_prefix          = \"aksprod\"\n"));
    assert!(bicep(&p, "#").contains("    dnsPrefix: 'aksprod'\n"));
}

#[test]
fn hostile_names_stay_inside_their_quotes() {
    let mut p = Plan::default();
    name(&mut p, NameField::ResourceGroup, "rg'; touch pwned; echo '");
    name(
        &mut p,
        NameField::ClusterName,
        "a$(touch pwned)`touch pwned`\"b\nc",
    );
    name(&mut p, NameField::NodeResourceGroup, "x\\y${z}%{w}'\"");
    name(&mut p, NameField::Region, "Japan East\n$(touch pwned)");
    let r = crate::evaluate(&p);
    assert!(r.has_errors());
    let script = azure_cli(&p, "#");
    // Single quotes, a quote as '\'': nothing expands; the line break stays inside the quotes.
    assert!(script.contains(
        "RG='rg'\\''; touch pwned; echo '\\'''\nLOCATION=japaneast  # your region\nCLUSTER='a$(touch pwned)`touch pwned`\"b\nc'\n"
    ));
    assert!(script.contains("  --node-resource-group 'x\\y${z}%{w}'\\''\"' \\\n"));
    assert!(!script.lines().any(|l| l.starts_with("touch")));
    let tf = terraform(&p, "#");
    // `${` and `%{` would start a template; control characters are dropped.
    assert!(tf.contains("  name     = \"rg'; touch pwned; echo '\"\n"));
    assert!(tf.contains("  name                = \"a$(touch pwned)`touch pwned`\\\"bc\"\n"));
    assert!(tf.contains("  dns_prefix          = \"atouchpwnedtouchpwnedbc\"\n"));
    assert!(tf.contains("  node_resource_group = \"x\\\\y$${z}%%{w}'\\\"\"\n"));
    let b = bicep(&p, "#");
    assert!(b.starts_with(
        "// AKS capacity & IP calculator: #\n// Rule set: aks-rules 2026-12\n// This plan still has errors (see the calculator): fix them before deploying.\n// Deploy into the resource group rg'; touch pwned; echo ': az deployment group create --resource-group 'rg'\\''; touch pwned; echo '\\''' --template-file <this file>\nparam location string = resourceGroup().location\nparam clusterName string = 'a\\$(touch pwned)`touch pwned`\"bc'\nparam nodeResourceGroup string = 'x\\\\y\\${z}%{w}\\'\"'\n"
    ));
    assert!(b.contains("    dnsPrefix: 'atouchpwnedtouchpwnedbc'\n"));
}

#[test]
fn load_balancer_settings_and_your_own_ips() {
    use OutboundField as F;
    let p = outbound(
        OutboundType::LoadBalancer,
        false,
        &[
            (F::LbManagedIps, "3"),
            (F::LbPorts, "8000"),
            (F::LbIdle, "20"),
        ],
    );
    assert!(!crate::evaluate(&p).has_errors());
    let script = azure_cli(&p, "#");
    assert!(script.contains(
        "  --vnet-subnet-id \"$SNET_AKS_NODES_ID\" \\\n  --load-balancer-managed-outbound-ip-count 3 \\\n  --load-balancer-outbound-ports 8000 \\\n  --load-balancer-idle-timeout 20 \\\n  --nodepool-name nodepool1 \\\n"
    ));
    // loadBalancer is the default: no --outbound-type.
    assert!(!script.contains("--outbound-type"));
    let tf = terraform(&p, "#");
    assert!(tf.contains(
        "    dns_service_ip      = \"10.0.0.10\"\n\n    load_balancer_profile {\n      managed_outbound_ip_count = 3\n      outbound_ports_allocated  = 8000\n      idle_timeout_in_minutes   = 20\n    }\n  }\n"
    ));
    assert!(!tf.contains("outbound_type"));
    let b = bicep(&p, "#");
    assert!(b.contains(
        "      dnsServiceIP: '10.0.0.10'\n      loadBalancerProfile: {\n        managedOutboundIPs: {\n          count: 3\n        }\n        allocatedOutboundPorts: 8000\n        idleTimeoutInMinutes: 20\n      }\n    }\n"
    ));
    assert!(!b.contains("outboundType"));
    check_names(&p);

    // Your own IPs replace the managed count, which the plan also has (a warning): a comment.
    let own = outbound(
        OutboundType::LoadBalancer,
        false,
        &[(F::LbOwnIps, "2"), (F::LbManagedIps, "3")],
    );
    let script = azure_cli(&own, "#");
    assert!(script.contains(
        "\n# Your own outbound public IPs (2) replace AKS's managed ones: add their resource IDs to az aks create,\n#   --load-balancer-outbound-ips <public IP ID>,<public IP ID>,…\n# (or --load-balancer-outbound-ip-prefixes for prefixes).\naz aks create \\\n"
    ));
    assert!(!script.contains("--load-balancer-managed-outbound-ip-count"));
    let tf = terraform(&own, "#");
    assert!(tf.contains(
        "    dns_service_ip      = \"10.0.0.10\"\n\n    # Your own outbound public IPs (2) replace AKS's managed ones: name them in load_balancer_profile,\n    #   outbound_ip_address_ids = [<public IP ID>, …]  (or outbound_ip_prefix_ids for prefixes)\n  }\n"
    ));
    assert!(!tf.contains("load_balancer_profile {"));
    let b = bicep(&own, "#");
    assert!(b.contains(
        "      dnsServiceIP: '10.0.0.10'\n      // Your own outbound public IPs (2) replace AKS's managed ones: name them in loadBalancerProfile,\n      //   outboundIPs: { publicIPs: [ { id: '<public IP ID>' }, … ] }  (or outboundIPPrefixes.publicIPPrefixes)\n    }\n"
    ));
    check_names(&own);
}

#[test]
fn managed_nat_gateway_in_a_managed_vnet() {
    use OutboundField as F;
    let mut p = outbound(
        OutboundType::ManagedNatGateway,
        true,
        &[(F::NatIps, "2"), (F::NatIdle, "10")],
    );
    p.apply(Edit::ApiServerVnetIntegration(true));
    p.apply(Edit::AddSubnet(crate::rules::subnet::Purpose::ApiServer));
    assert!(!crate::evaluate(&p).has_errors());
    let script = azure_cli(&p, "#");
    assert!(script.contains(
        "RG=rg-prod\nLOCATION=japaneast\nCLUSTER=aks-prod\n\naz group create --name \"$RG\" --location \"$LOCATION\"\n\n# Managed VNet: AKS creates the VNet 10.224.0.0/12 with the subnet aks-subnet 10.224.0.0/16 in the\n# node resource group, so the design's VNet and subnets are not created and no pool names a subnet.\n\n# --outbound-type-sku Standard: without it azure-cli 2.91.0 picks StandardV2 where the region has it.\naz aks create \\\n"
    ));
    assert!(script.contains(
        "  --dns-service-ip 10.0.0.10 \\\n  --enable-apiserver-vnet-integration \\\n  --outbound-type managedNATGateway \\\n  --outbound-type-sku Standard \\\n  --nat-gateway-managed-outbound-ip-count 2 \\\n  --nat-gateway-idle-timeout 10 \\\n  --nodepool-name nodepool1 \\\n"
    ));
    for absent in ["VNET=", "vnet create", "subnet create", "subnet-id"] {
        assert!(!script.contains(absent), "{absent}\n{script}");
    }
    let tf = terraform(&p, "#");
    assert!(tf.contains(
        "    dns_service_ip      = \"10.0.0.10\"\n    outbound_type       = \"managedNATGateway\"\n\n    nat_gateway_profile {\n      managed_outbound_ip_count = 2\n      idle_timeout_in_minutes   = 10\n    }\n  }\n"
    ));
    assert!(tf.contains(
        "  api_server_access_profile {\n    virtual_network_integration_enabled = true\n  }\n"
    ));
    for absent in [
        "azurerm_virtual_network",
        "azurerm_subnet",
        "azurerm_role_assignment",
        "depends_on",
        "vnet_subnet_id",
    ] {
        assert!(!tf.contains(absent), "{absent}\n{tf}");
    }
    let b = bicep(&p, "#");
    assert!(b.contains("resource aks 'Microsoft.ContainerService/managedClusters@2025-10-01' = {"));
    assert!(b.contains(
        "      outboundType: 'managedNATGateway'\n      natGatewayProfile: {\n        managedOutboundIPProfile: {\n          count: 2\n        }\n        idleTimeoutInMinutes: 10\n      }\n    }\n    apiServerAccessProfile: {\n      enableVnetIntegration: true\n    }\n"
    ));
    for absent in [
        "resource vnet",
        "networkContributor",
        "dependsOn",
        "vnetSubnetID",
        "sku: 'Standard",
    ] {
        assert!(!b.contains(absent), "{absent}\n{b}");
    }
    check_names(&p);
}

#[test]
fn the_nat_gateway_v2_by_each_tool_and_api_version() {
    let mut p = outbound(
        OutboundType::ManagedNatGatewayV2,
        true,
        &[(OutboundField::NatIps, "4")],
    );
    assert!(!crate::evaluate(&p).has_errors());
    let script = azure_cli(&p, "#");
    assert!(script.contains(
        "\n# The NAT gateway V2 (preview) is --outbound-type managedNATGateway --outbound-type-sku StandardV2 in\n# azure-cli 2.91.0 (API 2026-06-01); the docs' aks-preview writes --outbound-type managedNATGatewayV2.\naz aks create \\\n"
    ));
    assert!(script.contains(
        "  --outbound-type managedNATGateway \\\n  --outbound-type-sku StandardV2 \\\n  --nat-gateway-managed-outbound-ip-count 4 \\\n"
    ));
    let tf = terraform(&p, "#");
    assert!(tf.contains(
        "    outbound_type       = \"managedNATGateway\"\n\n    # azurerm has no SKU for the managed NAT gateway (API 2026-06-01's natGatewayProfile.sku): AKS\n    # picks it. For the StandardV2 NAT gateway (V2, preview) use az (--outbound-type-sku) or Bicep.\n    nat_gateway_profile {\n      managed_outbound_ip_count = 4\n    }\n"
    ));
    let b = bicep(&p, "#");
    assert!(b.contains(
        "// The NAT gateway V2 (preview) is outboundType managedNATGateway with natGatewayProfile.sku StandardV2\n// in API 2026-06-01, which 2025-10-01 lacks.\nresource aks 'Microsoft.ContainerService/managedClusters@2026-06-01' = {\n"
    ));
    assert!(b.contains(
        "      outboundType: 'managedNATGateway'\n      natGatewayProfile: {\n        managedOutboundIPProfile: {\n          count: 4\n        }\n        sku: 'StandardV2'\n      }\n"
    ));
    check_names(&p);
    // With custom reservations the cluster is on 2026-03-02-preview, which names V2 by its type
    // and has no SKU.
    p.apply(Edit::Pool(0, PoolEdit::Rule(RuleChoice::Custom)));
    p.apply(Edit::Pool(
        0,
        PoolEdit::Text(crate::plan::field::PoolField::KubeReservedCpu, "200".into()),
    ));
    let b = bicep(&p, "#");
    assert!(b.contains("managedClusters@2026-03-02-preview' = {"));
    assert!(b.contains(
        "      outboundType: 'managedNATGatewayV2'\n      natGatewayProfile: {\n        managedOutboundIPProfile: {\n          count: 4\n        }\n      }\n"
    ));
    // The Standard NAT gateway on 2026-06-01 (a Windows Server 2025 pool) says Standard, which
    // that API would otherwise choose for itself.
    let mut win = outbound(OutboundType::ManagedNatGateway, true, &[]);
    win.apply(Edit::AddPool);
    win.apply(Edit::Pool(1, PoolEdit::Os(OsType::Windows)));
    win.apply(Edit::Pool(1, PoolEdit::OsSku(Some(OsSku::Windows2025))));
    let b = bicep(&win, "#");
    assert!(b.contains("managedClusters@2026-06-01' = {"));
    assert!(b.contains(
        "      outboundType: 'managedNATGateway'\n      natGatewayProfile: {\n        sku: 'Standard'\n      }\n"
    ));
    // Without settings on 2025-10-01: no natGatewayProfile at all.
    let plain = outbound(OutboundType::ManagedNatGateway, true, &[]);
    assert!(!bicep(&plain, "#").contains("natGatewayProfile"));
    assert!(!terraform(&plain, "#").contains("nat_gateway_profile"));
}

#[test]
fn your_nat_gateway_on_the_node_and_pod_subnets() {
    let mut p = outbound(
        OutboundType::UserAssignedNatGateway,
        false,
        &[(OutboundField::NatIps, "2")],
    );
    p.apply(Edit::Network(NetworkModel::PodSubnetDynamic));
    assert!(
        !crate::evaluate(&p).has_errors(),
        "{:?}",
        crate::evaluate(&p).findings
    );
    let script = azure_cli(&p, "#");
    assert!(script.contains(
        "\n# userAssignedNATGateway: your NAT gateway with 2 public IP(s), on the cluster's subnets before it\n# is created.\naz network public-ip create \\\n  --resource-group \"$RG\" \\\n  --name pip-natgw-aks-1 \\\n  --location \"$LOCATION\" \\\n  --sku Standard \\\n  --allocation-method Static\n\naz network public-ip create \\\n  --resource-group \"$RG\" \\\n  --name pip-natgw-aks-2 \\\n  --location \"$LOCATION\" \\\n  --sku Standard \\\n  --allocation-method Static\n\naz network nat gateway create \\\n  --resource-group \"$RG\" \\\n  --name natgw-aks \\\n  --location \"$LOCATION\" \\\n  --public-ip-addresses pip-natgw-aks-1 pip-natgw-aks-2\n\naz network vnet subnet update \\\n  --resource-group \"$RG\" \\\n  --vnet-name \"$VNET\" \\\n  --name snet-aks-nodes \\\n  --nat-gateway natgw-aks\n\naz network vnet subnet update \\\n  --resource-group \"$RG\" \\\n  --vnet-name \"$VNET\" \\\n  --name snet-aks-pods \\\n  --nat-gateway natgw-aks\n\naz aks create \\\n"
    ));
    assert!(script.contains("  --outbound-type userAssignedNATGateway \\\n"));
    // The NAT gateway is created before the cluster: before az aks create.
    assert!(script.find("nat gateway create") < script.find("az aks create"));
    let tf = terraform(&p, "#");
    assert!(tf.contains(
        "# userAssignedNATGateway: your NAT gateway with 2 public IP(s), on the cluster's subnets before it\n# is created.\nresource \"azurerm_public_ip\" \"nat\" {\n  count               = 2\n  name                = \"pip-natgw-aks-${count.index + 1}\"\n  location            = azurerm_resource_group.aks.location\n  resource_group_name = azurerm_resource_group.aks.name\n  allocation_method   = \"Static\"\n  sku                 = \"Standard\"\n}\n\nresource \"azurerm_nat_gateway\" \"aks\" {\n  name                = \"natgw-aks\"\n  location            = azurerm_resource_group.aks.location\n  resource_group_name = azurerm_resource_group.aks.name\n  sku_name            = \"Standard\"\n}\n\nresource \"azurerm_nat_gateway_public_ip_association\" \"aks\" {\n  count                = 2\n  nat_gateway_id       = azurerm_nat_gateway.aks.id\n  public_ip_address_id = azurerm_public_ip.nat[count.index].id\n}\n\nresource \"azurerm_subnet_nat_gateway_association\" \"snet_aks_nodes\" {\n  subnet_id      = azurerm_subnet.snet_aks_nodes.id\n  nat_gateway_id = azurerm_nat_gateway.aks.id\n}\n\nresource \"azurerm_subnet_nat_gateway_association\" \"snet_aks_pods\" {\n  subnet_id      = azurerm_subnet.snet_aks_pods.id\n  nat_gateway_id = azurerm_nat_gateway.aks.id\n}\n"
    ));
    assert!(tf.contains(
        "    dns_service_ip = \"10.0.0.10\"\n    outbound_type  = \"userAssignedNATGateway\"\n  }\n"
    ));
    assert!(tf.contains(
        "  depends_on = [\n    azurerm_role_assignment.aks_network,\n    azurerm_nat_gateway_public_ip_association.aks,\n    azurerm_subnet_nat_gateway_association.snet_aks_nodes,\n    azurerm_subnet_nat_gateway_association.snet_aks_pods,\n  ]\n"
    ));
    let b = bicep(&p, "#");
    assert!(b.contains(
        "\n// userAssignedNATGateway: your NAT gateway with 2 public IP(s), on the cluster's subnets before it\n// is created.\nresource natIps 'Microsoft.Network/publicIPAddresses@2024-05-01' = [for i in range(1, 2): {\n  name: 'pip-natgw-aks-${i}'\n  location: location\n  sku: {\n    name: 'Standard'\n  }\n  properties: {\n    publicIPAllocationMethod: 'Static'\n  }\n}]\n\nresource natGateway 'Microsoft.Network/natGateways@2024-05-01' = {\n  name: 'natgw-aks'\n  location: location\n  sku: {\n    name: 'Standard'\n  }\n  properties: {\n    publicIpAddresses: [for i in range(0, 2): {\n      id: natIps[i].id\n    }]\n  }\n}\n"
    ));
    assert_eq!(
        b.matches("          natGateway: {\n            id: natGateway.id\n          }\n")
            .count(),
        2
    );
    assert!(b.contains("      outboundType: 'userAssignedNATGateway'\n"));
    check_names(&p);
}

#[test]
fn a_route_table_to_the_firewall_before_the_cluster() {
    let mut p = outbound(
        OutboundType::UserDefinedRouting,
        false,
        &[(OutboundField::FirewallIp, "10.0.1.4")],
    );
    p.apply(Edit::Network(NetworkModel::Kubenet));
    assert!(
        !crate::evaluate(&p).has_errors(),
        "{:?}",
        crate::evaluate(&p).findings
    );
    let script = azure_cli(&p, "#");
    assert!(script.contains(
        "\n# userDefinedRouting: AKS requires this route table on the cluster's subnets before it is created;\n# it sends 0.0.0.0/0 to your firewall (or NVA) at 10.0.1.4.\n# With kubenet AKS adds its pod routes to this same route table.\naz network route-table create \\\n  --resource-group \"$RG\" \\\n  --name rt-aks \\\n  --location \"$LOCATION\"\n\naz network route-table route create \\\n  --resource-group \"$RG\" \\\n  --route-table-name rt-aks \\\n  --name default-to-firewall \\\n  --address-prefix 0.0.0.0/0 \\\n  --next-hop-type VirtualAppliance \\\n  --next-hop-ip-address 10.0.1.4\n\naz network vnet subnet update \\\n  --resource-group \"$RG\" \\\n  --vnet-name \"$VNET\" \\\n  --name snet-aks-nodes \\\n  --route-table rt-aks\n\naz aks create \\\n"
    ));
    assert!(script.contains("  --outbound-type userDefinedRouting \\\n"));
    let tf = terraform(&p, "#");
    assert!(tf.contains(
        "resource \"azurerm_route_table\" \"aks\" {\n  name                = \"rt-aks\"\n  location            = azurerm_resource_group.aks.location\n  resource_group_name = azurerm_resource_group.aks.name\n}\n\nresource \"azurerm_route\" \"default_to_firewall\" {\n  name                   = \"default-to-firewall\"\n  resource_group_name    = azurerm_resource_group.aks.name\n  route_table_name       = azurerm_route_table.aks.name\n  address_prefix         = \"0.0.0.0/0\"\n  next_hop_type          = \"VirtualAppliance\"\n  next_hop_in_ip_address = \"10.0.1.4\"\n}\n\nresource \"azurerm_subnet_route_table_association\" \"snet_aks_nodes\" {\n  subnet_id      = azurerm_subnet.snet_aks_nodes.id\n  route_table_id = azurerm_route_table.aks.id\n}\n"
    ));
    assert!(tf.contains(
        "# AKS reads the route table of its subnets (and with kubenet writes its pod routes there).\nresource \"azurerm_role_assignment\" \"aks_route_table\" {\n  scope                = azurerm_route_table.aks.id\n"
    ));
    assert!(tf.contains(
        "  depends_on = [\n    azurerm_role_assignment.aks_network,\n    azurerm_role_assignment.aks_route_table,\n    azurerm_route.default_to_firewall,\n    azurerm_subnet_route_table_association.snet_aks_nodes,\n  ]\n"
    ));
    assert!(tf.contains("    outbound_type  = \"userDefinedRouting\"\n"));
    let b = bicep(&p, "#");
    assert!(b.contains(
        "// With kubenet AKS adds its pod routes here: deploying this file again replaces them with routes.\nresource routeTable 'Microsoft.Network/routeTables@2024-05-01' = {\n  name: 'rt-aks'\n  location: location\n  properties: {\n    routes: [\n      {\n        name: 'default-to-firewall'\n        properties: {\n          addressPrefix: '0.0.0.0/0'\n          nextHopType: 'VirtualAppliance'\n          nextHopIpAddress: '10.0.1.4'\n        }\n      }\n    ]\n  }\n}\n"
    ));
    assert!(b.contains(
        "          addressPrefix: '10.224.0.0/16'\n          routeTable: {\n            id: routeTable.id\n          }\n"
    ));
    assert!(b.contains("  scope: routeTable\n"));
    assert!(b.contains("  dependsOn: [\n    networkContributor\n    routeTableContributor\n  ]\n"));
    assert!(b.contains("      outboundType: 'userDefinedRouting'\n"));
    check_names(&p);
    // No firewall IP: a placeholder Azure refuses.
    let none = outbound(OutboundType::UserDefinedRouting, false, &[]);
    assert!(azure_cli(&none, "#").contains(
        "  --next-hop-ip-address '<firewall private IP: see the findings of the plan>'\n"
    ));
    assert!(terraform(&none, "#").contains(
        "  next_hop_in_ip_address = \"<firewall private IP: see the findings of the plan>\"\n"
    ));
}

#[test]
fn network_isolated_clusters() {
    let mut none = outbound(OutboundType::None, false, &[]);
    none.apply(Edit::PrivateCluster(true));
    assert!(!crate::evaluate(&none).has_errors());
    let script = azure_cli(&none, "#");
    assert!(script.contains(
        "\n# A network isolated cluster: nodes pull their images from the registry cache AKS creates\n# (--bootstrap-artifact-source Cache; for your own registry add --bootstrap-container-registry-resource-id).\naz aks create \\\n"
    ));
    assert!(script.contains(
        "  --enable-private-cluster \\\n  --outbound-type none \\\n  --bootstrap-artifact-source Cache \\\n"
    ));
    let tf = terraform(&none, "#");
    assert!(tf.contains(
        "    outbound_type       = \"none\"\n  }\n\n  bootstrap_profile {\n    artifact_source = \"Cache\"\n  }\n"
    ));
    let b = bicep(&none, "#");
    assert!(b.contains(
        "      outboundType: 'none'\n    }\n    bootstrapProfile: {\n      artifactSource: 'Cache'\n    }\n    apiServerAccessProfile: {\n"
    ));
    check_names(&none);

    let mut block = outbound(OutboundType::Block, true, &[]);
    block.apply(Edit::PrivateCluster(true));
    assert!(!crate::evaluate(&block).has_errors());
    let script = azure_cli(&block, "#");
    assert!(script.contains(
        "\n# block (preview) needs the aks-preview extension (9.0.0b2 or later): the core Azure CLI has no such value.\naz aks create \\\n"
    ));
    assert!(
        script.contains("  --outbound-type block \\\n  --bootstrap-artifact-source Cache \\\n")
    );
    let tf = terraform(&block, "#");
    assert!(tf.contains(
        "  network_profile {\n    # azurerm (v4.81.0) takes no outbound_type \"block\" (preview), so terraform stops here: create the\n    # cluster with az and the aks-preview extension.\n    network_plugin      = \"azure\"\n"
    ));
    assert!(tf.contains("    outbound_type       = \"block\"\n"));
    let b = bicep(&block, "#");
    assert!(b.contains(
        "      // block (preview) is in no published API version's outboundType (up to 2026-05-02-preview):\n      // the docs set it with az and the aks-preview extension, and ARM may refuse it here.\n      outboundType: 'block'\n"
    ));
    check_names(&block);
}

#[test]
fn a_managed_vnet_names_no_subnet_of_the_design() {
    let mut p = outbound(OutboundType::LoadBalancer, true, &[]);
    p.apply(Edit::Network(NetworkModel::PodSubnetDynamic));
    p.apply(Edit::VirtualNodes(true));
    p.apply(Edit::AddSubnet(crate::rules::subnet::Purpose::VirtualNodes));
    p.apply(Edit::AddPool);
    let script = azure_cli(&p, "#");
    assert!(script.contains(
        "# node resource group, so the design's VNet and subnets are not created and no pool names a subnet.\n# A pod subnet needs your own VNet: with a managed VNet, AKS refuses this network model.\n"
    ));
    assert!(script.contains(
        "\n# Virtual nodes need an ACI subnet in your own VNet: with a managed VNet there is none to name.\n"
    ));
    for absent in [
        "subnet-id",
        "pod-ip-allocation-mode",
        "enable-addons",
        "$VNET",
    ] {
        assert!(!script.contains(absent), "{absent}\n{script}");
    }
    let tf = terraform(&p, "#");
    assert!(tf.contains(
        "\n  # aci_connector_linux needs an ACI subnet in your own VNet: with a managed VNet there is none to name.\n"
    ));
    assert!(!tf.contains("subnet_id") && !tf.contains("aci_connector_linux {"));
    let b = bicep(&p, "#");
    assert!(b.contains(
        "    // Virtual nodes need an ACI subnet in your own VNet: with a managed VNet there is none to name.\n"
    ));
    assert!(!b.contains("SubnetID") && !b.contains("podIPAllocationMode"));
    // Nor does it take addresses from an IPAM pool.
    assert!(!terraform_ipam(&p, "#").contains("ipam_pool_id"));
    assert!(!bicep_ipam(&p, "#").contains("ipamPoolId"));
    assert!(terraform_ipam(&Plan::default(), "#").contains("variable \"ipam_pool_id\""));
}

/// `named()` on Cilium with WireGuard on.
fn wireguard() -> Plan {
    let mut p = named();
    p.apply(Edit::Dataplane(crate::plan::Dataplane::Cilium));
    p.apply(Edit::WireGuard(true));
    p
}

#[test]
fn wireguard_goes_into_az_with_acns() {
    let p = wireguard();
    assert!(!crate::evaluate(&p).has_errors());
    check_names(&p);
    let script = azure_cli(&p, "#");
    // On create azure-cli refuses --acns-transit-encryption-type without --enable-acns.
    assert!(
        script.contains(
            "  --network-dataplane cilium \\\n  --enable-acns \\\n  --acns-transit-encryption-type WireGuard \\\n"
        ),
        "{script}"
    );
    // On the Azure data plane AKS refuses it (an error of the plan): no flag.
    let mut azure = p.clone();
    azure.apply(Edit::Dataplane(crate::plan::Dataplane::Azure));
    let script = azure_cli(&azure, "#");
    assert!(!script.contains("acns"), "{script}");
    // Off: no flag.
    let mut off = p.clone();
    off.apply(Edit::WireGuard(false));
    assert!(!azure_cli(&off, "#").contains("acns"));
}

#[test]
fn wireguard_goes_into_bicep_with_the_api_that_has_it() {
    let p = wireguard();
    let b = bicep(&p, "#");
    // 2025-10-01's AdvancedNetworkingSecurity has no transitEncryption; 2026-06-01's has.
    assert!(b.contains(
        "// WireGuard (networkProfile.advancedNetworking.security.transitEncryption) is in API\n// 2026-06-01, which 2025-10-01 lacks.\nresource aks 'Microsoft.ContainerService/managedClusters@2026-06-01' = {"
    ), "{b}");
    assert!(b.contains(
        "      networkDataplane: 'cilium'\n      advancedNetworking: {\n        enabled: true\n        security: {\n          transitEncryption: {\n            type: 'WireGuard'\n          }\n        }\n      }\n"
    ));
    // Custom reservations need the preview API, which has it too: the preview wins.
    let mut custom = p.clone();
    custom.apply(Edit::Pool(0, PoolEdit::Rule(RuleChoice::Custom)));
    custom.apply(Edit::Pool(
        0,
        PoolEdit::Text(crate::plan::field::PoolField::KubeReservedCpu, "200".into()),
    ));
    let b = bicep(&custom, "#");
    assert!(b.contains("managedClusters@2026-03-02-preview' = {"), "{b}");
    assert!(b.contains("          transitEncryption: {\n            type: 'WireGuard'\n"));
    for plan in [p.clone(), {
        let mut a = p.clone();
        a.apply(Edit::Dataplane(crate::plan::Dataplane::Azure));
        a
    }] {
        let mut off = plan.clone();
        off.apply(Edit::WireGuard(false));
        let b = bicep(&off, "#");
        assert!(b.contains("managedClusters@2025-10-01' = {"));
        assert!(!b.contains("advancedNetworking"));
    }
    let mut azure = p;
    azure.apply(Edit::Dataplane(crate::plan::Dataplane::Azure));
    let b = bicep(&azure, "#");
    assert!(
        !b.contains("advancedNetworking") && !b.contains("WireGuard"),
        "{b}"
    );
}

#[test]
fn wireguard_in_terraform_is_a_comment_azurerm_has_no_attribute() {
    let p = wireguard();
    let tf = terraform(&p, "#");
    assert!(
        tf.contains(
            "  network_profile {\n    # WireGuard transit encryption: azurerm (v4.81.0) has no attribute for it\n    # (hashicorp/terraform-provider-azurerm#33357). Turn it on after apply:\n    #   az aks update --resource-group rg-prod --name aks-prod --enable-acns --acns-transit-encryption-type WireGuard\n    network_plugin "
        ),
        "{tf}"
    );
    assert!(!tf.contains("transit_encryption"));
    // A name with a line break stays in the comment.
    let mut hostile = p.clone();
    name(&mut hostile, NameField::ClusterName, "aks\nrm -rf /");
    let tf = terraform(&hostile, "#");
    assert!(tf.contains("--name 'aks rm -rf /' --enable-acns"), "{tf}");
    let mut off = p;
    off.apply(Edit::WireGuard(false));
    assert!(!terraform(&off, "#").contains("WireGuard"));
}
