//! Imports of a VNet design and the cluster in it, from fixtures written after the public API
//! shapes: `az network vnet show` with delegated subnets, a raw ARM `managedClusters` GET body,
//! `az aks nodepool list`, a single `az aks nodepool show` body (and its ARM form).

use super::*;
use crate::rules::subnet::Purpose;

const VNET: &str = include_str!("../../../tests/fixtures/az-network-vnet-show-design.json");
const ARM_CLUSTER: &str = include_str!("../../../tests/fixtures/arm-managed-cluster.json");
const NODEPOOL_LIST: &str = include_str!("../../../tests/fixtures/az-aks-nodepool-list.json");
const NODEPOOL_SHOW: &str = include_str!("../../../tests/fixtures/az-aks-nodepool-show.json");

fn subnets(plan: &Plan) -> Vec<(&str, &str, Purpose)> {
    plan.cluster
        .subnets
        .iter()
        .map(|s| (s.name.as_str(), s.prefix.as_str(), s.purpose))
        .collect()
}

fn unknown(name: &str, purpose: Purpose) -> ImportNotice {
    ImportNotice::SubnetRangeUnknown {
        name: name.into(),
        purpose,
    }
}

fn guessed(name: &str, purpose: Purpose) -> ImportNotice {
    ImportNotice::PurposeGuessed {
        name: name.into(),
        purpose,
    }
}

#[test]
fn vnet_show_with_delegated_subnets() {
    let imported = import(VNET, &Plan::default()).unwrap();
    assert_eq!(imported.source, Source::VnetShow);
    let p = &imported.plan;
    assert_eq!(p.cluster.vnet, "10.40.0.0/16");
    assert_eq!(
        subnets(p),
        [
            ("AzureBastionSubnet", "10.40.0.0/26", Purpose::AzureBastion),
            (
                "AzureFirewallSubnet",
                "10.40.0.64/26",
                Purpose::AzureFirewall
            ),
            ("snet-aks-apiserver", "10.40.0.128/28", Purpose::ApiServer),
            ("snet-pe", "10.40.0.192/26", Purpose::PrivateEndpoints),
            ("snet-agc", "10.40.1.0/24", Purpose::AppGatewayForContainers),
            ("snet-aks-system", "10.40.2.0/24", Purpose::Nodes),
            ("snet-aks-apps", "10.40.3.0/24", Purpose::Nodes),
            ("snet-aks-pods", "10.40.16.0/20", Purpose::Pods),
            ("snet-aci", "10.40.32.0/20", Purpose::VirtualNodes),
        ]
    );
    // Fixed names, the ACI and AGC delegations say what a subnet is for; AKS's own delegation is
    // on API server and pod subnets alike, so those two, like the undelegated ones, are guessed
    // from their names, and said so.
    assert_eq!(
        imported.notices,
        [
            guessed("snet-aks-apiserver", Purpose::ApiServer),
            guessed("snet-pe", Purpose::PrivateEndpoints),
            guessed("snet-aks-system", Purpose::Nodes),
            guessed("snet-aks-apps", Purpose::Nodes),
            guessed("snet-aks-pods", Purpose::Pods),
        ]
    );
}

#[test]
fn arm_managed_cluster_body_puts_each_pool_in_its_subnets() {
    let imported = import(ARM_CLUSTER, &Plan::default()).unwrap();
    assert_eq!(imported.source, Source::AksShow);
    let p = &imported.plan;
    let c = &p.cluster;
    // Everything under `properties` was read, the SKU at the top.
    assert_eq!(c.network, NetworkModel::PodSubnetDynamic);
    assert_eq!(c.tier, Tier::Standard);
    assert_eq!(c.kubernetes_version, "1.33.2");
    assert_eq!(
        (c.service_cidr.as_str(), c.dns_service_ip.as_str()),
        ("10.0.0.0/16", "10.0.0.10")
    );
    assert!(c.apiserver_vnet_integration && !c.private_cluster && c.virtual_nodes);
    assert_eq!(c.apiserver_subnet, "snet-aks-apiserver");
    let pools: Vec<(&str, &str, &str, &str, &str)> = p
        .pools
        .iter()
        .map(|q| {
            (
                q.name.as_str(),
                q.vm_size.as_str(),
                q.max_count.as_str(),
                q.vnet_subnet.as_str(),
                q.pod_subnet.as_str(),
            )
        })
        .collect();
    assert_eq!(
        pools,
        [
            (
                "system",
                "Standard_D4ds_v5",
                "5",
                "snet-aks-system",
                "snet-aks-pods"
            ),
            (
                "apps",
                "Standard_D8ds_v5",
                "10",
                "snet-aks-apps",
                "snet-aks-pods"
            ),
        ]
    );
    // A new plan knows none of these subnets: each is added as auto, and its range is unknown.
    assert_eq!(
        subnets(p),
        [
            ("snet-aks-system", "", Purpose::Nodes),
            ("snet-aks-pods", "", Purpose::Pods),
            ("snet-aks-apps", "", Purpose::Nodes),
            ("snet-aks-apiserver", "", Purpose::ApiServer),
            ("snet-aci", "", Purpose::VirtualNodes),
        ]
    );
    assert_eq!(
        imported.notices,
        [
            unknown("snet-aks-system", Purpose::Nodes),
            unknown("snet-aks-pods", Purpose::Pods),
            unknown("snet-aks-apps", Purpose::Nodes),
            unknown("snet-aks-apiserver", Purpose::ApiServer),
            unknown("snet-aci", Purpose::VirtualNodes),
        ]
    );
}

#[test]
fn the_vnet_then_the_cluster_gives_the_whole_design() {
    let vnet = import(VNET, &Plan::default()).unwrap().plan;
    let imported = import(ARM_CLUSTER, &vnet).unwrap();
    // Every subnet the cluster names is in the VNet already: nothing unknown, ranges kept.
    assert!(imported.notices.is_empty(), "{:?}", imported.notices);
    let p = &imported.plan;
    assert_eq!(p.cluster.subnets, vnet.cluster.subnets);
    let r = crate::evaluate(p);
    assert!(!r.has_errors(), "{:?}", r.findings);
    let d = &r.design;
    // system in snet-aks-system (5), apps in snet-aks-apps (6), both pods in snet-aks-pods (7).
    assert_eq!(d.node_subnet_of, [Some(5), Some(6)]);
    assert_eq!(d.pod_subnet_of, [Some(7), Some(7)]);
    assert_eq!((d.apiserver, d.virtual_nodes), (Some(2), Some(8)));
    // Pods: system 5 + 1 surge nodes × 30, apps 10 + 4 surge × 50.
    let pods = &d.subnets[7];
    assert_eq!(pods.need.upgrade, 6 * 30 + 14 * 50);
    assert_eq!(pods.capacity, Some(4096 - 5));
    // The node subnets count one IP per node: system 6, apps 14.
    assert_eq!(
        (d.subnets[5].need.upgrade, d.subnets[6].need.upgrade),
        (6, 14)
    );
}

#[test]
fn nodepool_list_replaces_the_pools_in_their_subnets() {
    let vnet = import(VNET, &Plan::default()).unwrap().plan;
    let cluster = import(ARM_CLUSTER, &vnet).unwrap().plan;
    let imported = import(NODEPOOL_LIST, &cluster).unwrap();
    assert_eq!(imported.source, Source::NodepoolList);
    let p = &imported.plan;
    let names: Vec<(&str, &str, &str)> = p
        .pools
        .iter()
        .map(|q| {
            (
                q.name.as_str(),
                q.vnet_subnet.as_str(),
                q.pod_subnet.as_str(),
            )
        })
        .collect();
    assert_eq!(
        names,
        [
            ("system", "snet-aks-system", "snet-aks-pods"),
            ("gpu", "snet-aks-gpu", "snet-aks-pods"),
        ]
    );
    assert_eq!(p.pools[1].vm_size, "Standard_NC24ads_A100_v4");
    assert_eq!(p.pools[1].max_surge, "1");
    // The gpu pool's subnet is not in the VNet that was imported: added, and said so.
    assert_eq!(imported.notices, [unknown("snet-aks-gpu", Purpose::Nodes)]);
    assert_eq!(p.cluster.subnets.len(), 10);
    assert_eq!(
        p.cluster.subnets.last(),
        Some(&Subnet::auto("snet-aks-gpu", Purpose::Nodes))
    );
}

#[test]
fn a_single_nodepool_body_is_not_a_cluster() {
    let vnet = import(VNET, &Plan::default()).unwrap().plan;
    let cluster = import(ARM_CLUSTER, &vnet).unwrap().plan;
    let imported = import(NODEPOOL_SHOW, &cluster).unwrap();
    assert_eq!(imported.source, Source::NodepoolShow);
    assert!(imported.notices.is_empty(), "{:?}", imported.notices);
    let p = &imported.plan;
    // apps was replaced in place; system and the cluster are untouched.
    assert_eq!(p.pools.len(), 2);
    assert_eq!(p.pools[0], cluster.pools[0]);
    assert_eq!(p.cluster, cluster.cluster);
    let apps = &p.pools[1];
    assert_eq!(
        (
            apps.name.as_str(),
            apps.node_count.as_str(),
            apps.max_count.as_str()
        ),
        ("apps", "6", "12")
    );
    assert_eq!(apps.mode, PoolMode::User);
    assert_eq!(
        (apps.vnet_subnet.as_str(), apps.pod_subnet.as_str()),
        ("snet-aks-apps", "snet-aks-pods")
    );
    // The ARM body of another pool (properties under `properties`) is added after the others.
    let arm = r#"{"name": "batch", "type": "Microsoft.ContainerService/managedClusters/agentPools",
        "properties": {"vmSize": "Standard_F16s_v2", "count": 1, "mode": "User", "osType": "Linux",
        "maxPods": 30, "vnetSubnetID": "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/snet-aks-apps/",
        "podSubnetID": "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/SNET-AKS-PODS"}}"#;
    let added = import(arm, &p.clone()).unwrap();
    assert_eq!(added.source, Source::NodepoolShow);
    assert!(added.notices.is_empty(), "{:?}", added.notices);
    let batch = &added.plan.pools[2];
    assert_eq!(
        (
            batch.name.as_str(),
            batch.vm_size.as_str(),
            batch.max_pods.as_str()
        ),
        ("batch", "Standard_F16s_v2", "30")
    );
    // A trailing slash and another case name the same subnets, spelled as the plan has them.
    assert_eq!(
        (batch.vnet_subnet.as_str(), batch.pod_subnet.as_str()),
        ("snet-aks-apps", "snet-aks-pods")
    );
}

#[test]
fn raw_arm_bodies_of_a_pool_list_and_a_vnet() {
    let list = r#"{"value": [{"name": "np1", "properties": {"vmSize": "Standard_D4s_v5", "count": 2,
        "vnetSubnetID": "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/snet-np1"}}]}"#;
    let imported = import(list, &Plan::default()).unwrap();
    assert_eq!(imported.source, Source::NodepoolList);
    let p = &imported.plan;
    assert_eq!(
        (
            p.pools[0].name.as_str(),
            p.pools[0].node_count.as_str(),
            p.pools[0].vnet_subnet.as_str()
        ),
        ("np1", "2", "snet-np1")
    );
    assert_eq!(imported.notices, [unknown("snet-np1", Purpose::Nodes)]);
    let vnet = r#"{"name": "v", "properties": {"addressSpace": {"addressPrefixes": ["10.50.0.0/20"]},
        "subnets": [{"name": "snet-api", "properties": {"addressPrefix": "10.50.0.0/28",
        "delegations": [{"name": "d", "properties": {"serviceName": "Microsoft.ContainerService/managedClusters"}}]}}]}}"#;
    let imported = import(vnet, &Plan::default()).unwrap();
    assert_eq!(imported.source, Source::VnetShow);
    assert_eq!(
        subnets(&imported.plan),
        [("snet-api", "10.50.0.0/28", Purpose::ApiServer)]
    );
}

#[test]
fn subnet_names_from_resource_ids() {
    let id =
        "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/";
    assert_eq!(subnet_name(&format!("{id}snet-a")), Some("snet-a".into()));
    assert_eq!(subnet_name(&format!("{id}snet-a/")), Some("snet-a".into()));
    assert_eq!(
        subnet_name(
            "/subscriptions/0/resourcegroups/rg/providers/microsoft.network/virtualnetworks/v/SUBNETS/B"
        ),
        Some("B".into())
    );
    assert_eq!(subnet_name(id), None);
    assert_eq!(subnet_name("snet-a"), None);
    assert_eq!(subnet_name(""), None);
    // An empty subnetId (the managed VNet's API server subnet) names nothing.
    let body = r#"{"properties": {"networkProfile": {"networkPlugin": "azure"},
        "apiServerAccessProfile": {"enableVnetIntegration": true, "subnetId": ""}}}"#;
    let imported = import(body, &Plan::default()).unwrap();
    assert!(imported.plan.cluster.apiserver_vnet_integration);
    assert!(imported.plan.cluster.apiserver_subnet.is_empty());
    assert!(imported.notices.is_empty());
}
