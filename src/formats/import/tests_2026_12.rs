//! Imports of what the rules of 2026-12 read from a cluster: `upgradeSettings.maxUnavailable`,
//! `osSku` / `osSKU` and the preview's `kubeletConfig` (`kubeReserved`, `hardEvictionThreshold`),
//! from fixtures written after `az aks nodepool list` (az prints the SDK's attribute names in
//! camel case: `osSku`, `memoryMb`) and a raw ARM body (`osSKU`, `memoryMB`).

use super::*;
use crate::evaluate::finding::{Issue, UpgradeIssue};
use crate::plan::field::PoolField;

const NODEPOOL_LIST: &str =
    include_str!("../../../tests/fixtures/az-aks-nodepool-list-2026-12.json");
const ARM: &str = include_str!("../../../tests/fixtures/arm-managed-cluster-2026-12.json");

#[test]
fn az_nodepool_list_reads_max_unavailable_os_images_and_kubelet_reservations() {
    let imported = import(NODEPOOL_LIST, &Plan::default()).unwrap();
    assert_eq!(imported.source, Source::NodepoolList);
    let p = &imported.plan;
    let pool = |name: &str| p.pools.iter().find(|x| x.name == name).unwrap();
    // maxUnavailable "0" is AKS's default and stays implicit; null is nothing.
    assert_eq!(pool("system").max_unavailable, "");
    assert_eq!(pool("tuned").max_unavailable, "");
    let apps = pool("apps");
    assert_eq!(
        (apps.max_surge.as_str(), apps.max_unavailable.as_str()),
        ("0", "2")
    );
    // Images: exact names as they are, versioned ones as their family, others AKS's default.
    let skus: Vec<(&str, Option<OsSku>)> = p
        .pools
        .iter()
        .map(|x| (x.name.as_str(), x.os_sku))
        .collect();
    assert_eq!(
        skus,
        [
            ("system", Some(OsSku::AzureLinux)),
            ("apps", Some(OsSku::Ubuntu)),
            ("tuned", Some(OsSku::Ubuntu)),
            ("win25", Some(OsSku::Windows2025)),
            ("win19", None),
        ]
    );
    let read = |pool: &str, sku: &str, read: Option<OsSku>| ImportNotice::OsSkuRead {
        pool: pool.into(),
        sku: sku.into(),
        read,
    };
    assert_eq!(
        imported.notices,
        [
            read("system", "AzureLinux3", Some(OsSku::AzureLinux)),
            read("tuned", "Ubuntu2404", Some(OsSku::Ubuntu)),
            read("win19", "Windows2019", None),
        ]
    );
    // The custom kubelet configuration gives the pool the custom rule with its values.
    let tuned = pool("tuned");
    assert_eq!(tuned.memory_rule, RuleChoice::Custom);
    assert_eq!(
        (
            tuned.kube_reserved_cpu.as_str(),
            tuned.kube_reserved_memory.as_str(),
            tuned.eviction_hard.as_str()
        ),
        ("200", "1000", "200Mi")
    );
    assert_eq!(pool("apps").memory_rule, RuleChoice::Auto);

    // And the plan evaluates with them. tuned, Standard_D2s_v5 (8 GiB) at 30 pods: capacity
    // 8,192 − 128 − 100 = 7,964 Mi, allocatable 7,964 − 1,000 − 200 = 6,764 Mi; CPU 2,000 − 200m.
    let r = crate::evaluate(p);
    let t = &r.pools[2];
    let node = t.node.unwrap();
    assert_eq!(node.memory.unwrap().allocatable_mi(), 6764);
    assert_eq!(node.cpu.allocatable_m, 1800);
    // apps drains 2 at a time without surge: 3+1, 10+0, 3+1, 2+1 (win25 surges 1 first), 1+1.
    assert_eq!(
        r.at(crate::evaluate::finding::At::Pool(
            1,
            PoolField::MaxUnavailable
        ))
        .map(|f| f.issue.clone())
        .collect::<Vec<_>>(),
        [Issue::Upgrade(UpgradeIssue::DrainInPlace {
            unavailable: 2
        })]
    );
    assert_eq!((r.network.nodes.now, r.network.nodes.upgrade), (19, 23));
}

#[test]
fn arm_body_reads_dual_stack_kubenet_and_a_percentage_unavailable() {
    let imported = import(ARM, &Plan::default()).unwrap();
    assert_eq!(imported.source, Source::AksShow);
    assert!(imported.notices.is_empty(), "{:?}", imported.notices);
    let p = &imported.plan;
    let c = &p.cluster;
    assert_eq!(c.network, NetworkModel::Kubenet);
    assert_eq!(c.pod_cidr, "10.244.0.0/16,fd12:3456:789a::/64");
    assert_eq!(c.service_cidr, "10.0.0.0/16,fd12:3456:789a:1::/108");
    let batch = &p.pools[1];
    assert_eq!(
        (
            batch.max_surge.as_str(),
            batch.max_unavailable.as_str(),
            batch.os_sku
        ),
        ("0", "33%", Some(OsSku::AzureLinux))
    );
    assert_eq!(batch.memory_rule, RuleChoice::Custom);
    assert_eq!(
        (
            batch.kube_reserved_cpu.as_str(),
            batch.kube_reserved_memory.as_str(),
            batch.eviction_hard.as_str()
        ),
        ("", "1024", "2%")
    );
    assert_eq!(p.pools[0].os_sku, Some(OsSku::Ubuntu));
    // 12 nodes, 33 % unavailable: ⌈3.96⌉ = 4 drained at a time, no surge. The system pool
    // surges 1 (10 % of 3, rounded up): 3 + 1 + 12 = 16 nodes while upgrading.
    // The VNet is not in the cluster's body (az network vnet show has it): the default one has
    // no IPv6 space for dual-stack nodes, and the plan says so.
    let r = crate::evaluate(p);
    let errors: Vec<&Issue> = r
        .findings
        .iter()
        .filter(|f| f.severity == crate::evaluate::finding::Severity::Error)
        .map(|f| &f.issue)
        .collect();
    assert_eq!(
        errors,
        [&Issue::Subnet(
            crate::evaluate::finding::SubnetIssue::VnetNeedsIpv6
        )]
    );
    let mut p = p.clone();
    p.cluster.vnet = "10.224.0.0/12,fd00:db8::/56".into();
    let r = crate::evaluate(&p);
    assert!(!r.has_errors(), "{:?}", r.findings);
    assert_eq!(r.network.nodes.upgrade, 16);
    // Standard_D8s_v5 (32 GiB): capacity 32,768 − 512 − 100 = 32,156 Mi; 2 % of it is
    // 643.12 Mi, 644 rounded up; allocatable 32,156 − 1,024 − 644 = 30,488 Mi. CPU from the table.
    let node = r.pools[1].node.unwrap();
    let m = node.memory.unwrap();
    assert_eq!(
        (m.reservation.kube_reserved_mib, m.reservation.eviction_mib),
        (1024, 644)
    );
    assert_eq!(m.allocatable_mi(), 30_488);
    assert_eq!(node.cpu.allocatable_m, 7820);
    // Each node's IPv6 /80 is in the allocation list.
    assert_eq!(
        r.network.pod_cidr_v6.map(|n| n.to_string()).as_deref(),
        Some("fd12:3456:789a::/64")
    );
}

#[test]
fn the_exports_of_the_rules_of_2026_12_import_back() {
    let mut plan = import(NODEPOOL_LIST, &Plan::default()).unwrap().plan;
    plan.cluster = import(ARM, &Plan::default()).unwrap().plan.cluster;
    plan.cluster.virtual_nodes_v2 = "2".into();
    let text = crate::formats::export::json(&plan, "#v=1", crate::text::Lang::En);
    let back = import(&text, &Plan::default()).unwrap();
    assert_eq!(back.plan, plan);
    assert!(back.notices.is_empty(), "{:?}", back.notices);
}

#[test]
fn os_sku_notices_have_both_languages() {
    for read in [Some(OsSku::Ubuntu), None] {
        let n = ImportNotice::OsSkuRead {
            pool: "a".into(),
            sku: "Ubuntu2204".into(),
            read,
        };
        let (en, ja) = (
            n.message(crate::text::Lang::En),
            n.message(crate::text::Lang::Ja),
        );
        assert!(!en.is_empty() && !ja.is_empty() && en != ja);
        assert!(en.contains("Ubuntu2204") && ja.contains("Ubuntu2204"));
    }
}
