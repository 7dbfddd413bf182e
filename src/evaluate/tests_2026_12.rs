//! The rules of 2026-12 (aks-rules §2e–§2g, §4, §4c, §5, §6, §8) through `evaluate`, with the
//! values issue 13 lists and hand calculations.

use super::*;
use crate::evaluate::finding::{
    CustomKind, OsSkuIssue, Role, SubnetIssue, UpgradeIssue, VirtualNodesV2Issue,
};
use crate::plan::edit::{Edit, PoolEdit};
use crate::plan::field::PoolField;
use crate::plan::field::SubnetField;
use crate::plan::quantity::InputError;
use crate::plan::{Dataplane, NetworkModel, OsSku, OsType, Plan, RuleChoice};
use crate::rules::address::{node_block, node_block_v6};
use crate::rules::reserve::MemoryRule;
use crate::rules::subnet::Purpose;
use crate::rules::version::K8sVersion;
use alloc::string::ToString;
use alloc::vec::Vec;

pub(super) fn pool_issues(r: &Report, index: usize, field: PoolField) -> Vec<Issue> {
    r.at(At::Pool(index, field))
        .map(|f| f.issue.clone())
        .collect()
}

fn cluster_issues(r: &Report, field: ClusterField) -> Vec<Issue> {
    r.at(At::Cluster(field)).map(|f| f.issue.clone()).collect()
}

fn severity_of(r: &Report, issue: &Issue) -> Option<Severity> {
    r.findings
        .iter()
        .find(|f| f.issue == *issue)
        .map(|f| f.severity)
}

/// The default plan (a system pool of 3 on 1.35) with a user pool added, its text fields set.
pub(super) fn with_user_pool(fields: &[(PoolField, &str)]) -> Plan {
    let mut plan = Plan::default();
    plan.apply(Edit::AddPool);
    set(&mut plan, 1, fields);
    plan
}

pub(super) fn set(plan: &mut Plan, index: usize, fields: &[(PoolField, &str)]) {
    for (field, value) in fields {
        plan.apply(Edit::Pool(index, PoolEdit::Text(*field, value.to_string())));
    }
}

#[test]
fn the_default_version_is_1_35_and_unsupported_versions_are_said() {
    // N-1 of 1.36, the newest GA version in the release notes of 2026-07-17.
    assert_eq!(Plan::default().cluster.kubernetes_version, "1.35");
    assert!(evaluate(&Plan::default()).findings.is_empty());
    let mut plan = Plan::default();
    plan.cluster.kubernetes_version = "1.30".into();
    let r = evaluate(&plan);
    assert_eq!(
        cluster_issues(&r, ClusterField::KubernetesVersion),
        [Issue::UnsupportedVersion {
            version: K8sVersion::new(1, 30)
        }]
    );
    assert_eq!(r.findings[0].severity, Severity::Warning);
    // 1.31 is still offered, under long-term support only (Premium tier), until November 2026.
    plan.cluster.kubernetes_version = "1.31".into();
    let r = evaluate(&plan);
    assert!(
        r.findings
            .iter()
            .all(|f| matches!(f.issue, Issue::Version(_))),
        "{:?}",
        r.findings
    );
    assert!(!cluster_issues(&r, ClusterField::KubernetesVersion).is_empty());
    // An old 1.28 pool keeps the legacy rule (what-if, old pools), and is said to be unsupported.
    set(&mut plan, 0, &[(PoolField::KubernetesVersion, "1.28")]);
    let r = evaluate(&plan);
    assert_eq!(r.pools[0].rule, MemoryRule::Legacy);
    assert_eq!(
        pool_issues(&r, 0, PoolField::KubernetesVersion),
        [Issue::UnsupportedVersion {
            version: K8sVersion::new(1, 28)
        }]
    );
    // Automatic never picks the legacy rule for a supported version.
    for minor in 31..=40 {
        let v = K8sVersion::new(1, minor);
        assert_eq!(MemoryRule::for_pool(false, v), MemoryRule::Current, "{v:?}");
    }
}

#[test]
fn node_hardening_worked_example() {
    // §2e: 8 GiB (Standard_D2s_v5: 2 vCPU, 8 GiB), maxPods 30, Azure CNI (node subnet).
    let mut plan = Plan::default();
    plan.apply(Edit::Network(NetworkModel::NodeSubnet));
    set(
        &mut plan,
        0,
        &[
            (PoolField::VmSize, "Standard_D2s_v5"),
            (PoolField::MaxPods, "30"),
        ],
    );
    plan.apply(Edit::Pool(
        0,
        PoolEdit::Rule(RuleChoice::Fixed(MemoryRule::Hardening)),
    ));
    let r = evaluate(&plan);
    let node = r.pools[0].node.unwrap();
    let m = node.memory.unwrap().reservation;
    // 1,300 + 300 + 250 = 1,850 Mi.
    assert_eq!(
        (
            m.kube_reserved_mib,
            m.system_reserved_mib,
            m.eviction_mib,
            m.total_mib()
        ),
        (1300, 300, 250, 1850)
    );
    // Capacity 8,192 − 128 − 100 = 7,964 Mi; 7,964 − 1,850 = 6,114 Mi.
    assert_eq!(node.memory.unwrap().allocatable_mi(), 6114);
    // CPU: 100m kube-reserved (2 vCPU) + 100m system-reserved: 1,800m allocatable.
    assert_eq!(
        (
            node.cpu.kube_reserved_m,
            node.cpu.system_reserved_m,
            node.cpu.reserved_m,
            node.cpu.allocatable_m
        ),
        (100, 100, 200, 1800)
    );
    assert_eq!(
        pool_issues(&r, 0, PoolField::MemoryRule),
        [Issue::UnverifiedRule, Issue::HardeningPreview]
    );
    // The default rule on the same node: 650 + 100 = 750 Mi, CPU 1,900m.
    plan.apply(Edit::Pool(0, PoolEdit::Rule(RuleChoice::Auto)));
    let node = evaluate(&plan).pools[0].node.unwrap();
    assert_eq!(node.memory.unwrap().reservation.total_mib(), 750);
    assert_eq!(node.cpu.allocatable_m, 1900);
    // Windows pools cannot use it.
    plan.apply(Edit::Pool(0, PoolEdit::Os(OsType::Windows)));
    plan.apply(Edit::Pool(
        0,
        PoolEdit::Rule(RuleChoice::Fixed(MemoryRule::Hardening)),
    ));
    let r = evaluate(&plan);
    assert!(
        pool_issues(&r, 0, PoolField::MemoryRule).contains(&Issue::RuleLinuxOnly { custom: false })
    );
}

/// A Standard_D2s_v5 user pool (2 vCPU, 8 GiB) with the custom rule and these values.
fn custom_pool(fields: &[(PoolField, &str)]) -> Report {
    let mut plan = with_user_pool(&[
        (PoolField::VmSize, "Standard_D2s_v5"),
        (PoolField::Capacity, "7964Mi"),
    ]);
    plan.apply(Edit::Pool(1, PoolEdit::Rule(RuleChoice::Custom)));
    set(&mut plan, 1, fields);
    evaluate(&plan)
}

#[test]
fn custom_reservations() {
    // 8 GiB, kube-reserved 1,000 Mi, eviction 200Mi, capacity 7,964 Mi:
    // 7,964 − 1,000 − 200 = 6,764 Mi = 6,926,336 Ki allocatable.
    let r = custom_pool(&[
        (PoolField::KubeReservedCpu, "200"),
        (PoolField::KubeReservedMemory, "1000"),
        (PoolField::EvictionHard, "200Mi"),
    ]);
    let node = r.pools[1].node.unwrap();
    let m = node.memory.unwrap();
    assert_eq!(
        (m.reservation.kube_reserved_mib, m.reservation.eviction_mib),
        (1000, 200)
    );
    assert_eq!((m.allocatable_mi(), m.allocatable_ki), (6764, 6_926_336));
    assert!(m.reservation.custom_kube && m.reservation.custom_eviction);
    // CPU: 2,000m − 200m.
    assert_eq!(
        (
            node.cpu.reserved_m,
            node.cpu.allocatable_m,
            node.cpu.custom_kube
        ),
        (200, 1800, true)
    );
    assert_eq!(r.pools[1].rule, MemoryRule::Current);
    assert_eq!(
        pool_issues(&r, 1, PoolField::MemoryRule),
        [Issue::CustomPreview]
    );
    for f in [
        PoolField::KubeReservedCpu,
        PoolField::KubeReservedMemory,
        PoolField::EvictionHard,
    ] {
        assert!(pool_issues(&r, 1, f).is_empty(), "{f:?}");
    }
    // Empty fields keep AKS's values: 250 pods → min(5,050, 2,048) = 2,048 Mi, 100 Mi, 100m.
    let r = custom_pool(&[]);
    let node = r.pools[1].node.unwrap();
    let m = node.memory.unwrap().reservation;
    assert_eq!((m.kube_reserved_mib, m.eviction_mib), (2048, 100));
    assert_eq!(node.cpu.reserved_m, 100);
}

#[test]
fn custom_reservations_are_checked_at_their_fields() {
    let at = |fields: &[(PoolField, &str)], field| pool_issues(&custom_pool(fields), 1, field);
    let memory = PoolField::KubeReservedMemory;
    let out_of_range = |kind, value, max| Issue::CustomOutOfRange { kind, value, max };
    let below = |kind, value, minimum| Issue::CustomBelowSdkMinimum {
        kind,
        value,
        minimum,
    };
    // 0 and above the capacity (7,964 Mi): refused; below the SDK's 750 Mi: warned.
    assert_eq!(
        at(&[(memory, "0")], memory),
        [out_of_range(CustomKind::MemoryMib, 0, 7964)]
    );
    assert_eq!(
        at(&[(memory, "7965")], memory),
        [out_of_range(CustomKind::MemoryMib, 7965, 7964)]
    );
    // At the capacity the docs' range holds, but nothing is left for pods.
    let full = custom_pool(&[(memory, "7964")]);
    assert!(pool_issues(&full, 1, memory).is_empty());
    assert!(matches!(
        pool_issues(&full, 1, PoolField::Capacity)[..],
        [Issue::NothingAllocatable { .. }]
    ));
    assert_eq!(
        at(&[(memory, "749")], memory),
        [below(CustomKind::MemoryMib, 749, 750)]
    );
    assert!(at(&[(memory, "750")], memory).is_empty());
    assert_eq!(
        at(&[(memory, "lots")], memory),
        [Issue::Input(InputError::NotMemory("lots".into()))]
    );
    // CPU: 1 to 2,000m; the SDK asks for 140m.
    let cpu = PoolField::KubeReservedCpu;
    assert_eq!(
        at(&[(cpu, "0")], cpu),
        [out_of_range(CustomKind::CpuM, 0, 2000)]
    );
    assert_eq!(
        at(&[(cpu, "2001m")], cpu),
        [out_of_range(CustomKind::CpuM, 2001, 2000)]
    );
    assert!(at(&[(cpu, "2000")], cpu).is_empty());
    assert_eq!(
        at(&[(cpu, "139")], cpu),
        [below(CustomKind::CpuM, 139, 140)]
    );
    assert!(at(&[(cpu, "140")], cpu).is_empty());
    assert_eq!(
        at(&[(cpu, "0.5")], cpu),
        [Issue::Input(InputError::NotWhole("0.5".into()))]
    );
    // Eviction: at most the capacity; the SDK asks for 100Mi or 2 %.
    let ev = PoolField::EvictionHard;
    assert_eq!(
        at(&[(ev, "9000Mi")], ev),
        [out_of_range(CustomKind::EvictionMib, 9000, 7964)]
    );
    assert_eq!(
        at(&[(ev, "0Mi")], ev),
        [below(CustomKind::EvictionMib, 0, 100)]
    );
    assert_eq!(
        at(&[(ev, "99Mi")], ev),
        [below(CustomKind::EvictionMib, 99, 100)]
    );
    assert!(at(&[(ev, "100Mi")], ev).is_empty());
    assert_eq!(
        at(&[(ev, "1%")], ev),
        [below(CustomKind::EvictionPercent, 1, 2)]
    );
    assert!(at(&[(ev, "2%")], ev).is_empty());
    assert_eq!(
        at(&[(ev, "200")], ev),
        [Issue::Input(InputError::NotEviction("200".into()))]
    );
    // 5 % of 7,964 Mi = 398.2 → 399 Mi: 7,964 − 2,048 − 399 = 5,517 Mi.
    let r = custom_pool(&[(ev, "5%")]);
    assert_eq!(
        r.pools[1].node.unwrap().memory.unwrap().allocatable_mi(),
        5517
    );
}

#[test]
fn custom_reservations_on_windows_and_on_other_rules() {
    // Windows: refused, figured with the Windows rule.
    let mut plan = with_user_pool(&[
        (PoolField::Name, "win"),
        (PoolField::KubeReservedMemory, "1000"),
    ]);
    plan.apply(Edit::Pool(1, PoolEdit::Os(OsType::Windows)));
    plan.apply(Edit::Pool(1, PoolEdit::Rule(RuleChoice::Custom)));
    let r = evaluate(&plan);
    let issues = pool_issues(&r, 1, PoolField::MemoryRule);
    assert!(
        issues.contains(&Issue::RuleLinuxOnly { custom: true }),
        "{issues:?}"
    );
    assert_eq!(
        severity_of(&r, &Issue::RuleLinuxOnly { custom: true }),
        Some(Severity::Error)
    );
    assert_eq!(r.pools[1].rule, MemoryRule::Windows);
    assert_eq!(r.pools[1].custom, None);
    // A custom value on a pool whose rule is not custom is not used, and says so.
    let r = evaluate(&with_user_pool(&[(PoolField::EvictionHard, "200Mi")]));
    assert_eq!(
        pool_issues(&r, 1, PoolField::EvictionHard),
        [Issue::CustomValueIgnored]
    );
    assert_eq!(
        r.pools[1]
            .node
            .unwrap()
            .memory
            .unwrap()
            .reservation
            .eviction_mib,
        100
    );
}

#[test]
fn max_unavailable_upgrades_without_surge_ips() {
    // A user pool of 10 with maxSurge 0 and maxUnavailable 2: no surge nodes, no surge IPs. The
    // system pool (3 nodes, 10 % → 1) is the only one to surge.
    let plan = with_user_pool(&[
        (PoolField::NodeCount, "10"),
        (PoolField::MaxSurge, "0"),
        (PoolField::MaxUnavailable, "2"),
    ]);
    let r = evaluate(&plan);
    assert_eq!(
        r.pools[1].unavailable,
        crate::rules::network::Surge::Count(2)
    );
    assert_eq!(r.pools[1].surge.nodes(10), 0);
    assert_eq!((r.network.nodes.scaled, r.network.nodes.upgrade), (13, 14));
    let surge_ips = |r: &Report| {
        r.network
            .layout
            .iter()
            .find(|s| s.part == Part::Surge)
            .map_or(0, |s| s.ips)
    };
    assert_eq!(surge_ips(&r), 1);
    assert_eq!(
        r.design.subnets[0].need.upgrade - r.design.subnets[0].need.scaled,
        1
    );
    assert_eq!(
        pool_issues(&r, 1, PoolField::MaxUnavailable),
        [Issue::Upgrade(UpgradeIssue::DrainInPlace {
            unavailable: 2
        })]
    );
    assert!(!r.has_errors());
    // The same pool with the default surge: 10 % of 10 = 1 more surge IP.
    let r = evaluate(&with_user_pool(&[(PoolField::NodeCount, "10")]));
    assert_eq!(surge_ips(&r), 2);
    // On Azure CNI node subnet, the pool's 31 IPs per surge node are gone too.
    let mut flat = plan.clone();
    flat.apply(Edit::Network(NetworkModel::NodeSubnet));
    let r = evaluate(&flat);
    // (3 + 1) × 31 + 10 × 31 = 434.
    assert_eq!(r.design.subnets[0].need.upgrade, 434);
    // A percentage rounds up: 33 % of 10 → 4.
    let r = evaluate(&with_user_pool(&[
        (PoolField::NodeCount, "10"),
        (PoolField::MaxSurge, "0"),
        (PoolField::MaxUnavailable, "33%"),
    ]));
    assert_eq!(
        pool_issues(&r, 1, PoolField::MaxUnavailable),
        [Issue::Upgrade(UpgradeIssue::DrainInPlace {
            unavailable: 4
        })]
    );
}

#[test]
fn max_unavailable_errors_and_notes() {
    let err = |r: &Report, field, u: UpgradeIssue| {
        assert_eq!(pool_issues(r, 1, field), [Issue::Upgrade(u.clone())]);
        assert_eq!(severity_of(r, &Issue::Upgrade(u)), Some(Severity::Error));
    };
    // maxSurge 0 and maxUnavailable 0 (or unset): AKS needs maxSurge > 0.
    for unavailable in ["", "0", "0%"] {
        let r = evaluate(&with_user_pool(&[
            (PoolField::MaxSurge, "0"),
            (PoolField::MaxUnavailable, unavailable),
        ]));
        err(&r, PoolField::MaxSurge, UpgradeIssue::NothingToUpgradeWith);
    }
    // Not on a system pool.
    let mut plan = with_user_pool(&[(PoolField::MaxUnavailable, "1")]);
    plan.apply(Edit::Pool(1, PoolEdit::Mode(crate::plan::PoolMode::System)));
    let r = evaluate(&plan);
    err(
        &r,
        PoolField::MaxUnavailable,
        UpgradeIssue::UnavailableOnSystemPool,
    );
    // Both above 0: the surge is still planned (AKS tries the full surge first).
    let r = evaluate(&with_user_pool(&[
        (PoolField::NodeCount, "10"),
        (PoolField::MaxSurge, "2"),
        (PoolField::MaxUnavailable, "1"),
    ]));
    assert_eq!(
        pool_issues(&r, 1, PoolField::MaxUnavailable),
        [Issue::Upgrade(UpgradeIssue::SurgeFirst {
            surge: 2,
            unavailable: 1
        })]
    );
    assert_eq!(r.network.nodes.upgrade, 13 + 1 + 2);
    // Unreadable, above 100 %.
    let r = evaluate(&with_user_pool(&[(PoolField::MaxUnavailable, "150%")]));
    assert_eq!(
        pool_issues(&r, 1, PoolField::MaxUnavailable),
        [Issue::SurgeTooLarge("150%".into())]
    );
}

#[test]
fn surge_fallback_and_default_are_noted_where_they_matter() {
    // 1.35, maxSurge 3: AKS falls back to 1 if 3 cannot be had.
    let r = evaluate(&with_user_pool(&[
        (PoolField::NodeCount, "10"),
        (PoolField::MaxSurge, "3"),
    ]));
    assert_eq!(
        pool_issues(&r, 1, PoolField::MaxSurge),
        [Issue::Upgrade(UpgradeIssue::FallbackToOne { surge: 3 })]
    );
    // Not before 1.35.
    let r = evaluate(&with_user_pool(&[
        (PoolField::NodeCount, "10"),
        (PoolField::MaxSurge, "3"),
        (PoolField::KubernetesVersion, "1.34"),
    ]));
    assert!(pool_issues(&r, 1, PoolField::MaxSurge).is_empty());
    // The default (10 %) is an assumption once it differs from "one extra node": 20 nodes → 2.
    let r = evaluate(&with_user_pool(&[(PoolField::NodeCount, "20")]));
    assert_eq!(
        pool_issues(&r, 1, PoolField::MaxSurge),
        [
            Issue::Upgrade(UpgradeIssue::FallbackToOne { surge: 2 }),
            Issue::Upgrade(UpgradeIssue::DefaultAssumed { surge: 2 })
        ]
    );
    // 10 nodes: 10 % is 1, the same as one node: nothing to say.
    let r = evaluate(&with_user_pool(&[(PoolField::NodeCount, "10")]));
    assert!(pool_issues(&r, 1, PoolField::MaxSurge).is_empty());
    // The autoscaler maximum counts: 1 node now, up to 11 → 10 % of 11 = 2.
    let mut plan = with_user_pool(&[(PoolField::NodeCount, "1")]);
    plan.apply(Edit::Pool(1, PoolEdit::Autoscale(true)));
    set(&mut plan, 1, &[(PoolField::MaxCount, "11")]);
    assert!(
        pool_issues(&evaluate(&plan), 1, PoolField::MaxSurge)
            .contains(&Issue::Upgrade(UpgradeIssue::DefaultAssumed { surge: 2 }))
    );
}

#[test]
fn public_pod_cidr_is_a_warning_and_kubenet_dual_stack_a_what_if() {
    let mut plan = Plan::default();
    plan.cluster.pod_cidr = "20.0.0.0/16".into();
    let r = evaluate(&plan);
    let public = Issue::NotPrivate {
        range: "20.0.0.0/16".into(),
        role: Role::PodCidr,
    };
    assert_eq!(
        cluster_issues(&r, ClusterField::PodCidr),
        core::slice::from_ref(&public)
    );
    assert_eq!(severity_of(&r, &public), Some(Severity::Warning));
    assert!(!r.has_errors());
    // kubenet dual-stack: accepted with a warning; each node a /24 and a /80.
    let mut plan = Plan::default();
    plan.apply(Edit::Network(NetworkModel::Kubenet));
    plan.cluster.vnet = "10.224.0.0/12,fd00:a::/56".into();
    plan.cluster.pod_cidr = "10.244.0.0/16,fd12:3456:789a::/64".into();
    plan.cluster.service_cidr = "10.0.0.0/16,fd12:3456:789a:1::/108".into();
    let r = evaluate(&plan);
    assert!(!r.has_errors(), "{:?}", r.findings);
    assert_eq!(
        cluster_issues(&r, ClusterField::PodCidr),
        [Issue::KubenetDualStack]
    );
    assert_eq!(
        severity_of(&r, &Issue::KubenetDualStack),
        Some(Severity::Warning)
    );
    assert!(r.network.dual_stack);
    let v4 = r.network.pod_cidr_v4.unwrap();
    let v6 = r.network.pod_cidr_v6.unwrap();
    assert_eq!(node_block(v4, 1).unwrap().to_string(), "10.244.1.0/24");
    assert_eq!(
        node_block_v6(v6, 1).unwrap().to_string(),
        "fd12:3456:789a:0:1::/80"
    );
    assert_eq!(r.design.subnets[0].v6.unwrap().to_string(), "fd00:a::/64");
    let kubenet = r
        .comparison
        .iter()
        .find(|m| m.model == NetworkModel::Kubenet)
        .unwrap();
    assert!(!kubenet.blockers.contains(&Blocker::DualStack));
    // 200 nodes at most (two routes per node), surge included: 199 + 1 fits, 200 + 1 does not.
    set(
        &mut plan,
        0,
        &[(PoolField::NodeCount, "199"), (PoolField::MaxSurge, "1")],
    );
    assert!(
        cluster_issues(&evaluate(&plan), ClusterField::Network)
            .iter()
            .all(|i| !matches!(i, Issue::KubenetDualStackLimit { .. }))
    );
    set(&mut plan, 0, &[(PoolField::NodeCount, "200")]);
    assert!(
        cluster_issues(&evaluate(&plan), ClusterField::Network)
            .contains(&Issue::KubenetDualStackLimit { nodes: 201 })
    );
}

#[test]
fn dual_stack_with_static_block_allocation() {
    let mut plan = Plan::default();
    plan.apply(Edit::Network(NetworkModel::PodSubnetStatic));
    plan.cluster.vnet = "10.224.0.0/12,fd00:a::/56".into();
    plan.cluster.service_cidr = "10.0.0.0/16,fd12:3456:789a:1::/108".into();
    let r = evaluate(&plan);
    assert_eq!(
        cluster_issues(&r, ClusterField::ServiceCidr),
        [Issue::DualStackStaticBlock]
    );
    assert!(!r.has_errors(), "{:?}", r.findings);
    plan.apply(Edit::Network(NetworkModel::PodSubnetDynamic));
    assert_eq!(
        cluster_issues(&evaluate(&plan), ClusterField::ServiceCidr),
        [Issue::DualStackNeedsOverlay]
    );
}

#[test]
fn dual_stack_static_block_pod_subnets_get_an_ipv6_64() {
    // AKS derives the IPv6 pod range from the pod subnet (CHANGELOG 2026-06-19): the pod subnet
    // is dual-stack like the node subnet, each with the next free /64 of the VNet's IPv6 space.
    let mut plan = Plan::default();
    plan.apply(Edit::Network(NetworkModel::PodSubnetStatic));
    plan.cluster.vnet = "10.224.0.0/12,fd00:a::/56".into();
    plan.cluster.service_cidr = "10.0.0.0/16,fd12:3456:789a:1::/108".into();
    let r = evaluate(&plan);
    let v6: Vec<(Purpose, Option<String>)> = r
        .design
        .subnets
        .iter()
        .map(|s| (s.purpose, s.v6.map(|n| n.to_string())))
        .collect();
    assert_eq!(
        v6,
        [
            (Purpose::Nodes, Some("fd00:a::/64".into())),
            (Purpose::Pods, Some("fd00:a:0:1::/64".into())),
        ]
    );
    assert!(!r.has_errors(), "{:?}", r.findings);
    // The dynamic pod subnet takes no IPv6 range (and the plan is refused anyway).
    plan.apply(Edit::Network(NetworkModel::PodSubnetDynamic));
    let r = evaluate(&plan);
    assert_eq!(r.design.subnets[1].v6, None);
    // Overlay has no pod subnet; its node subnet still gets its /64.
    plan.apply(Edit::Network(NetworkModel::Overlay));
    plan.cluster.pod_cidr = "10.244.0.0/16,fd12:3456:789a::/64".into();
    let r = evaluate(&plan);
    assert_eq!(
        r.design.subnets[0].v6.map(|n| n.to_string()).as_deref(),
        Some("fd00:a::/64")
    );
}

#[test]
fn user_pool_memory_and_localdns() {
    // Standard_B2ts_v2: 2 vCPU, 1 GiB.
    let r = evaluate(&with_user_pool(&[(PoolField::VmSize, "Standard_B2ts_v2")]));
    assert_eq!(
        pool_issues(&r, 1, PoolField::VmSize),
        [Issue::UserPoolMemory { memory_mib: 1024 }]
    );
    assert_eq!(
        severity_of(&r, &Issue::UserPoolMemory { memory_mib: 1024 }),
        Some(Severity::Error)
    );
    let custom = |gib: &str| {
        evaluate(&with_user_pool(&[
            (PoolField::VmSize, "custom"),
            (PoolField::CustomVcpu, "4"),
            (PoolField::CustomMemory, gib),
        ]))
    };
    assert_eq!(
        pool_issues(&custom("1.99"), 1, PoolField::CustomMemory),
        [Issue::UserPoolMemory { memory_mib: 2037 }]
    );
    assert!(pool_issues(&custom("2"), 1, PoolField::CustomMemory).is_empty());
    // LocalDNS on 1.36 wants 4 vCPUs: a 2-vCPU user pool is warned, not on 1.35.
    let small = |version: &str| {
        evaluate(&with_user_pool(&[
            (PoolField::VmSize, "Standard_D2s_v5"),
            (PoolField::KubernetesVersion, version),
        ]))
    };
    let r = small("1.36");
    assert_eq!(
        pool_issues(&r, 1, PoolField::VmSize),
        [Issue::LocalDnsSmallVm { vcpu: 2 }]
    );
    assert_eq!(
        severity_of(&r, &Issue::LocalDnsSmallVm { vcpu: 2 }),
        Some(Severity::Warning)
    );
    assert!(pool_issues(&small("1.35"), 1, PoolField::VmSize).is_empty());
    // 4 vCPUs are enough; Cilium network policy clusters and Windows pools are left out.
    let r = evaluate(&with_user_pool(&[(PoolField::KubernetesVersion, "1.36")]));
    assert!(pool_issues(&r, 1, PoolField::VmSize).is_empty());
    let mut plan = with_user_pool(&[
        (PoolField::VmSize, "Standard_D2s_v5"),
        (PoolField::KubernetesVersion, "1.36"),
    ]);
    plan.apply(Edit::Dataplane(Dataplane::Cilium));
    assert!(pool_issues(&evaluate(&plan), 1, PoolField::VmSize).is_empty());
}

#[test]
fn os_images_by_os_and_version() {
    let windows = |version: &str, sku: Option<OsSku>| {
        let mut plan = with_user_pool(&[
            (PoolField::Name, "win"),
            (PoolField::KubernetesVersion, version),
        ]);
        plan.apply(Edit::Pool(1, PoolEdit::Os(OsType::Windows)));
        plan.apply(Edit::Pool(1, PoolEdit::OsSku(sku)));
        evaluate(&plan)
    };
    let o = |i: OsSkuIssue| Issue::OsSku(i);
    let r = windows("1.35", None);
    assert_eq!(r.pools[1].os_sku, OsSku::Windows2022);
    assert_eq!(
        pool_issues(&r, 1, PoolField::OsSku),
        [o(OsSkuIssue::Windows2022Retiring)]
    );
    // 1.36: the docs' default (2025) and the release notes' (2022) both said.
    let r = windows("1.36", None);
    assert_eq!(r.pools[1].os_sku, OsSku::Windows2022);
    assert_eq!(
        pool_issues(&r, 1, PoolField::OsSku),
        [
            o(OsSkuIssue::DefaultDisputed),
            o(OsSkuIssue::Windows2022Retiring)
        ]
    );
    let r = windows("1.37", None);
    assert_eq!(r.pools[1].os_sku, OsSku::Windows2025);
    assert_eq!(
        pool_issues(&r, 1, PoolField::OsSku),
        [o(OsSkuIssue::NeedsFips)]
    );
    // Windows Server 2022 is not on 1.37; 2025 not before 1.32.
    let r = windows("1.37", Some(OsSku::Windows2022));
    let not_on = o(OsSkuIssue::NotOnVersion {
        sku: OsSku::Windows2022,
        version: K8sVersion::new(1, 37),
    });
    assert!(pool_issues(&r, 1, PoolField::OsSku).contains(&not_on));
    assert_eq!(severity_of(&r, &not_on), Some(Severity::Error));
    let r = windows("1.31", Some(OsSku::Windows2025));
    assert!(
        pool_issues(&r, 1, PoolField::OsSku).contains(&o(OsSkuIssue::NotOnVersion {
            sku: OsSku::Windows2025,
            version: K8sVersion::new(1, 31),
        }))
    );
    // A Linux image on Windows, and the other way round.
    let r = windows("1.35", Some(OsSku::Ubuntu));
    assert_eq!(
        pool_issues(&r, 1, PoolField::OsSku)[0],
        o(OsSkuIssue::WrongOs { sku: OsSku::Ubuntu })
    );
    let mut plan = Plan::default();
    plan.apply(Edit::Pool(0, PoolEdit::OsSku(Some(OsSku::Windows2025))));
    assert_eq!(
        pool_issues(&evaluate(&plan), 0, PoolField::OsSku),
        [o(OsSkuIssue::WrongOs {
            sku: OsSku::Windows2025
        })]
    );
    plan.apply(Edit::Pool(0, PoolEdit::OsSku(Some(OsSku::AzureLinux))));
    let r = evaluate(&plan);
    // Nothing about the image; only the egress note that the docs list no Azure Linux update
    // hosts.
    let issues: Vec<&Issue> = r.findings.iter().map(|f| &f.issue).collect();
    assert_eq!(
        issues,
        [&Issue::Outbound(
            crate::evaluate::finding::OutboundIssue::NoAzureLinuxUpdateHosts { ubuntu: false }
        )]
    );
    assert_eq!(r.pools[0].os_sku, OsSku::AzureLinux);
    assert_eq!(evaluate(&Plan::default()).pools[0].os_sku, OsSku::Ubuntu);
}

#[test]
fn vnet_ranges_azure_refuses() {
    let mut plan = Plan::default();
    plan.cluster.vnet = "10.224.0.0/12,168.63.129.0/24".into();
    let r = evaluate(&plan);
    let refused = Issue::VnetForbiddenRange {
        range: "168.63.129.0/24".into(),
        reserved: "168.63.129.16/32",
    };
    assert!(cluster_issues(&r, ClusterField::Vnet).contains(&refused));
    assert_eq!(severity_of(&r, &refused), Some(Severity::Error));
    // 169.254/16 is refused once, as AKS's.
    plan.cluster.vnet = "10.224.0.0/12,169.254.0.0/16".into();
    let r = evaluate(&plan);
    assert!(
        cluster_issues(&r, ClusterField::Vnet)
            .iter()
            .all(|i| !matches!(i, Issue::VnetForbiddenRange { .. }))
    );
}

#[test]
fn virtual_nodes_v2_take_cpu_and_memory_from_the_totals() {
    let mut plan = Plan::default();
    plan.apply(Edit::Network(NetworkModel::NodeSubnet));
    // Their pods run in a subnet delegated to ACI (see the test below).
    plan.apply(Edit::AddSubnet(Purpose::VirtualNodes));
    let before = evaluate(&plan).totals;
    // 3 × Standard_D4s_v5 at 30 pods: 3 × 3,860m = 11,580m; 3 × (16,028 − 650 − 100) = 45,834 Mi.
    assert_eq!((before.cpu_m, before.memory_ki / 1024), (11_580, 45_834));
    plan.apply(Edit::ClusterText(ClusterField::VirtualNodesV2, "2".into()));
    let r = evaluate(&plan);
    // Two virtual nodes take 6,000m and 24,576 Mi: 5,580m and 21,258 Mi are left.
    let t = r.totals;
    assert_eq!(
        (
            t.virtual_nodes,
            t.virtual_nodes_cpu_m,
            t.virtual_nodes_memory_ki / 1024
        ),
        (2, 6000, 24_576)
    );
    assert_eq!((t.cpu_m, t.memory_ki / 1024), (5580, 21_258));
    assert_eq!((t.cpu_m_at_max, t.memory_ki_at_max / 1024), (5580, 21_258));
    assert_eq!(
        cluster_issues(&r, ClusterField::VirtualNodesV2),
        [Issue::VirtualNodesV2(VirtualNodesV2Issue::Planned {
            count: 2
        })]
    );
    assert!(!r.has_errors(), "{:?}", r.findings);
    let blocked: Vec<NetworkModel> = r
        .comparison
        .iter()
        .filter(|m| m.blockers.contains(&Blocker::VirtualNodesV2))
        .map(|m| m.model)
        .collect();
    assert_eq!(blocked.len(), 4);
    assert!(!blocked.contains(&NetworkModel::NodeSubnet));
    // Overlay, Cilium, IPv6, and no pool of 4 vCPU / 16 GiB: errors.
    let v = |i| Issue::VirtualNodesV2(i);
    let mut other = plan.clone();
    other.apply(Edit::Network(NetworkModel::Overlay));
    other.apply(Edit::Dataplane(Dataplane::Cilium));
    other.cluster.vnet = "10.224.0.0/12,fd00:a::/56".into();
    other.cluster.pod_cidr = "10.244.0.0/16,fd12:3456:789a::/64".into();
    other.cluster.service_cidr = "10.0.0.0/16,fd12:3456:789a:1::/108".into();
    other.pools[0].vm_size = "Standard_D4s_v4".into(); // 4 vCPU, 16 GiB: still a host
    let r = evaluate(&other);
    assert_eq!(
        cluster_issues(&r, ClusterField::Network),
        [v(VirtualNodesV2Issue::NeedsNodeSubnet)]
    );
    assert!(
        cluster_issues(&r, ClusterField::ServiceCidr).contains(&v(VirtualNodesV2Issue::NoIpv6))
    );
    assert!(
        cluster_issues(&r, ClusterField::Dataplane).contains(&v(VirtualNodesV2Issue::NoCilium))
    );
    plan.pools[0].vm_size = "Standard_D8as_v5".into();
    assert!(
        !cluster_issues(&evaluate(&plan), ClusterField::VirtualNodesV2)
            .contains(&v(VirtualNodesV2Issue::NoHostPool))
    );
    plan.pools[0].vm_size = "Standard_D2s_v5".into();
    assert!(
        cluster_issues(&evaluate(&plan), ClusterField::VirtualNodesV2)
            .contains(&v(VirtualNodesV2Issue::NoHostPool))
    );
    // Unreadable: a message at the field, no virtual nodes.
    plan.apply(Edit::ClusterText(
        ClusterField::VirtualNodesV2,
        "two".into(),
    ));
    let r = evaluate(&plan);
    assert_eq!(
        cluster_issues(&r, ClusterField::VirtualNodesV2),
        [Issue::Input(InputError::NotANumber("two".into()))]
    );
    assert_eq!(r.totals.virtual_nodes, 0);
}

#[test]
fn virtual_nodes_v2_run_their_pods_in_an_aci_subnet() {
    // The official README deploys them with a subnet delegated to ACI; AKS does not check it
    // (a Helm chart installs them), so a missing one is a warning at the field.
    let mut plan = Plan::default();
    plan.apply(Edit::Network(NetworkModel::NodeSubnet));
    plan.apply(Edit::ClusterText(ClusterField::VirtualNodesV2, "1".into()));
    let r = evaluate(&plan);
    let missing = Issue::Subnet(SubnetIssue::NoVirtualNodesV2Subnet);
    assert_eq!(
        cluster_issues(&r, ClusterField::VirtualNodesV2),
        [
            missing.clone(),
            Issue::VirtualNodesV2(VirtualNodesV2Issue::Planned { count: 1 })
        ]
    );
    assert_eq!(severity_of(&r, &missing), Some(Severity::Warning));
    assert!(!r.has_errors(), "{:?}", r.findings);
    assert_eq!(r.design.virtual_nodes, None);
    // With the subnet: it is the design's ACI subnet, and in use.
    plan.apply(Edit::AddSubnet(Purpose::VirtualNodes));
    let r = evaluate(&plan);
    assert_eq!(r.design.virtual_nodes, Some(1));
    assert!(
        !cluster_issues(&r, ClusterField::VirtualNodesV2).contains(&missing),
        "{:?}",
        r.findings
    );
    assert!(r.at(At::Subnet(1, SubnetField::Purpose)).next().is_none());
    // Without virtual nodes of either kind, nothing uses it.
    plan.apply(Edit::ClusterText(ClusterField::VirtualNodesV2, "".into()));
    let r = evaluate(&plan);
    assert_eq!(r.design.virtual_nodes, None);
    assert!(matches!(
        r.at(At::Subnet(1, SubnetField::Purpose))
            .next()
            .map(|f| &f.issue),
        Some(Issue::Subnet(SubnetIssue::PurposeNotUsed { .. }))
    ));
}
