//! Node sizing through `evaluate`: exact figures from the spec's worked examples and hand
//! calculations, and a message at the right field for every kind of bad input.

use super::*;
use crate::plan::edit::{Edit, PoolEdit};
use crate::plan::field::PoolField;
use crate::plan::quantity::InputError;
use crate::plan::{NetworkModel, OsType, Pool, RuleChoice};
use crate::rules::reserve::MemoryRule;
use crate::rules::version::K8sVersion;
use alloc::string::ToString;
use alloc::vec;

/// The default plan with edits applied to its first pool.
fn plan_with(edits: &[(PoolField, &str)]) -> Plan {
    let mut plan = Plan::default();
    for (field, value) in edits {
        plan.apply(Edit::Pool(0, PoolEdit::Text(*field, value.to_string())));
    }
    plan
}

fn issues_at(report: &Report, index: usize, field: PoolField) -> Vec<Issue> {
    report
        .at(At::Pool(index, field))
        .map(|f| f.issue.clone())
        .collect()
}

fn node(report: &Report) -> NodeFigures {
    report.pools[0].node.expect("node figures")
}

fn memory(report: &Report) -> MemoryFigures {
    node(report).memory.expect("memory figures")
}

#[test]
fn default_example_standard_d4s_v5_on_overlay() {
    let r = evaluate(&Plan::default());
    assert!(r.findings.is_empty(), "{:?}", r.findings);
    let n = node(&r);
    assert_eq!(
        (n.cpu.vcpu, n.cpu.reserved_m, n.cpu.allocatable_m),
        (4, 140, 3860)
    );
    let m = memory(&r);
    // maxPods 250 (overlay default): 20·250 + 50 = 5050 > 25 % of 16384 = 4096.
    assert_eq!(m.max_pods, 250);
    assert_eq!(
        (m.reservation.kube_reserved_mib, m.reservation.capped),
        (4096, true)
    );
    assert_eq!(m.reservation.eviction_mib, 100);
    // Capacity estimate 16384 − 256 − 100 = 16028 Mi.
    assert_eq!(m.capacity_ki, 16028 * 1024);
    assert_eq!(m.os_ki(), 356 * 1024);
    assert_eq!(m.allocatable_ki, (16028 - 4196) * 1024);
    assert_eq!(m.allocatable_mi(), 11832);
    let s = m.shares();
    assert_eq!(
        (s.os, s.kube_reserved, s.eviction, s.allocatable),
        (22, 250, 6, 722)
    );
    assert_eq!(r.totals.nodes, 3);
    assert_eq!(r.totals.cpu_m, 3 * 3860);
    assert_eq!(r.totals.memory_ki, 3 * 11832 * 1024);
    assert!(!r.totals.partial);
}

#[test]
fn max_pods_follows_the_network_model_default() {
    let mut plan = Plan::default();
    for (model, pods, kube) in [
        (NetworkModel::NodeSubnet, 30, 650),
        (NetworkModel::Kubenet, 110, 2250),
        (NetworkModel::PodSubnetDynamic, 250, 4096),
    ] {
        plan.apply(Edit::Network(model));
        let r = evaluate(&plan);
        assert_eq!(r.pools[0].max_pods, Some(pods));
        assert!(r.pools[0].max_pods_defaulted);
        assert_eq!(memory(&r).reservation.kube_reserved_mib, kube);
    }
}

#[test]
fn doc_example_8_gib_30_pods() {
    // Standard_D2s_v5 is 2 vCPU / 8 GiB: 650 Mi + 100 Mi; 2 vCPU → 1900m (seed 002).
    let r = evaluate(&plan_with(&[
        (PoolField::VmSize, "Standard_D2s_v5"),
        (PoolField::MaxPods, "30"),
    ]));
    let m = memory(&r);
    assert_eq!(
        (m.reservation.kube_reserved_mib, m.reservation.eviction_mib),
        (650, 100)
    );
    assert_eq!(node(&r).cpu.allocatable_m, 1900);
    // Against the nominal 8192 Mi, as the docs compute it: 8192 − 750 = 7442 Mi.
    assert_eq!(m.vm_mib - m.reservation.total_mib(), 7442);
}

#[test]
fn the_rule_set_follows_the_kubernetes_version_and_can_be_overridden() {
    // Standard_DS2_v2: 2 vCPU, 7 GiB — "why does my 7 GiB node show 4.4 GiB allocatable?"
    let mut plan = plan_with(&[
        (PoolField::VmSize, "Standard_DS2_v2"),
        (PoolField::KubernetesVersion, "1.28"),
    ]);
    let r = evaluate(&plan);
    assert_eq!(r.pools[0].rule, MemoryRule::Legacy);
    let m = memory(&r);
    assert_eq!(
        (m.reservation.kube_reserved_mib, m.reservation.eviction_mib),
        (1638, 750)
    );
    // 7168 − 112 − 100 = 6956 Mi capacity; 6956 − 2388 = 4568 Mi ≈ 4.46 GiB.
    assert_eq!(m.allocatable_mi(), 4568);

    plan.apply(Edit::Pool(
        0,
        PoolEdit::Text(PoolField::KubernetesVersion, "1.29".into()),
    ));
    let r = evaluate(&plan);
    assert_eq!(r.pools[0].rule, MemoryRule::Current);
    // 1.29 pools created before 2024-02-26 may still use the legacy rule: say so. Since
    // 2026-12 1.29 is no longer supported (deprecated 2026-04-02): said first, as a warning.
    assert_eq!(
        issues_at(&r, 0, PoolField::KubernetesVersion),
        [
            Issue::UnsupportedVersion {
                version: K8sVersion::new(1, 29)
            },
            Issue::RuleDependsOnCreationDate
        ]
    );

    // The cluster's version applies when the pool has none.
    plan.apply(Edit::Pool(
        0,
        PoolEdit::Text(PoolField::KubernetesVersion, String::new()),
    ));
    plan.apply(Edit::ClusterText(
        ClusterField::KubernetesVersion,
        "v1.27.9".into(),
    ));
    assert_eq!(evaluate(&plan).pools[0].rule, MemoryRule::Legacy);

    plan.apply(Edit::Pool(
        0,
        PoolEdit::Rule(RuleChoice::Fixed(MemoryRule::Current)),
    ));
    let r = evaluate(&plan);
    assert_eq!(r.pools[0].rule, MemoryRule::Current);
    // 250 pods on 7 GiB: capped at 1792 Mi.
    assert_eq!(memory(&r).reservation.kube_reserved_mib, 1792);
}

#[test]
fn windows_pool_uses_legacy_plus_2_gib_without_eviction_and_says_it_is_unverified() {
    let mut plan = Plan::default();
    plan.apply(Edit::AddPool);
    plan.apply(Edit::Pool(1, PoolEdit::Os(OsType::Windows)));
    plan.apply(Edit::Pool(
        1,
        PoolEdit::Text(PoolField::Name, "win1".into()),
    ));
    plan.apply(Edit::Pool(
        1,
        PoolEdit::Text(PoolField::VmSize, "Standard_DS2_v2".into()),
    ));
    plan.apply(Edit::Pool(
        1,
        PoolEdit::Text(PoolField::MaxPods, "30".into()),
    ));
    let r = evaluate(&plan);
    let m = r.pools[1].node.unwrap().memory.unwrap();
    assert_eq!(r.pools[1].rule, MemoryRule::Windows);
    assert_eq!(
        (m.reservation.kube_reserved_mib, m.reservation.eviction_mib),
        (3686, 0)
    );
    // Windows capacity is the nominal memory: 7168 − 3686 = 3482 Mi.
    assert_eq!(m.allocatable_mi(), 3482);
    assert_eq!(
        issues_at(&r, 1, PoolField::MemoryRule),
        [Issue::UnverifiedRule]
    );
    assert!(
        r.findings.iter().all(|f| f.severity != Severity::Error),
        "{:?}",
        r.findings
    );
}

#[test]
fn entered_capacity_gives_exact_allocatable() {
    let r = evaluate(&plan_with(&[(PoolField::Capacity, "16393524Ki")]));
    let m = memory(&r);
    assert!(m.capacity_entered);
    assert_eq!(m.allocatable_ki, 16_393_524 - 4196 * 1024);
    let r = evaluate(&plan_with(&[(PoolField::Capacity, "15.6Gi")]));
    assert_eq!(memory(&r).capacity_ki, 16_357_785);
    let r = evaluate(&plan_with(&[(PoolField::Capacity, "17Gi")]));
    assert!(matches!(
        issues_at(&r, 0, PoolField::Capacity)[..],
        [Issue::CapacityAboveVm { .. }]
    ));
    let r = evaluate(&plan_with(&[(PoolField::Capacity, "4000Mi")]));
    assert!(matches!(
        issues_at(&r, 0, PoolField::Capacity)[..],
        [Issue::NothingAllocatable { .. }]
    ));
    assert_eq!(memory(&r).allocatable_ki, 0);
}

#[test]
fn workload_fit_bound_by_cpu() {
    // 3860m / 500m = 7.7 → 7; memory 12,115,968 Ki / 262,144 Ki = 46; maxPods 250.
    let r = evaluate(&plan_with(&[
        (PoolField::PodCpu, "500m"),
        (PoolField::PodMemory, "256Mi"),
        (PoolField::Replicas, "40"),
    ]));
    let f = r.pools[0].fit.unwrap();
    assert_eq!(
        (f.by_max_pods, f.by_cpu, f.by_memory),
        (250, Some(7), Some(46))
    );
    assert_eq!((f.pods_per_node, f.binding), (7, Limit::Cpu));
    // 40 replicas at 7 per node → 6 nodes; the pool has 3.
    assert_eq!(f.nodes_needed, Some(6));
    assert_eq!(
        issues_at(&r, 0, PoolField::Replicas),
        [Issue::ReplicasNeedMoreNodes {
            needed: 6,
            available: 3
        }]
    );
}

#[test]
fn workload_fit_bound_by_memory() {
    // 3860m / 100m = 38; 12,115,968 Ki / 2 Gi = 5.78 → 5.
    let r = evaluate(&plan_with(&[
        (PoolField::PodCpu, "0.1"),
        (PoolField::PodMemory, "2Gi"),
        (PoolField::Replicas, "15"),
    ]));
    let f = r.pools[0].fit.unwrap();
    assert_eq!(
        (f.by_cpu, f.by_memory, f.pods_per_node, f.binding),
        (Some(38), Some(5), 5, Limit::Memory)
    );
    assert_eq!(f.nodes_needed, Some(3));
    assert!(issues_at(&r, 0, PoolField::Replicas).is_empty());
}

#[test]
fn workload_fit_bound_by_max_pods_after_daemonsets() {
    // Tiny pods: maxPods 30 minus 8 DaemonSet pods leaves 22.
    let r = evaluate(&plan_with(&[
        (PoolField::MaxPods, "30"),
        (PoolField::PodCpu, "10m"),
        (PoolField::PodMemory, "16Mi"),
        (PoolField::DaemonsetPods, "8"),
        (PoolField::DaemonsetCpu, "300m"),
        (PoolField::DaemonsetMemory, "512Mi"),
    ]));
    let f = r.pools[0].fit.unwrap();
    // maxPods 30: kube 650 Mi → allocatable 16028 − 750 = 15278 Mi; minus 512 Mi DaemonSets.
    assert_eq!(f.by_max_pods, 22);
    assert_eq!(f.by_cpu, Some((3860 - 300) / 10));
    assert_eq!(f.by_memory, Some((15278 - 512) / 16));
    assert_eq!((f.pods_per_node, f.binding), (22, Limit::MaxPods));
    assert_eq!(f.nodes_needed, None);
}

#[test]
fn workload_that_does_not_fit() {
    let r = evaluate(&plan_with(&[
        (PoolField::PodCpu, "5"),
        (PoolField::Replicas, "3"),
    ]));
    let f = r.pools[0].fit.unwrap();
    assert_eq!(
        (f.pods_per_node, f.binding, f.nodes_needed),
        (0, Limit::Cpu, None)
    );
    assert_eq!(issues_at(&r, 0, PoolField::PodCpu), [Issue::PodDoesNotFit]);
    let r = evaluate(&plan_with(&[
        (PoolField::PodCpu, "1m"),
        (PoolField::DaemonsetMemory, "20Gi"),
    ]));
    assert_eq!(
        issues_at(&r, 0, PoolField::DaemonsetMemory),
        [Issue::DaemonsetsDoNotFit]
    );
    // No pod size: nothing to fit, and no message.
    let r = evaluate(&plan_with(&[(PoolField::Replicas, "3")]));
    assert_eq!(r.pools[0].fit, None);
    assert!(r.findings.is_empty());
}

#[test]
fn autoscaler_totals_use_the_maximum() {
    let mut plan = Plan::default();
    plan.apply(Edit::Pool(0, PoolEdit::Autoscale(true)));
    // Bounds default to 1..6.
    let r = evaluate(&plan);
    assert_eq!(
        r.pools[0].nodes,
        Some(NodeCounts {
            count: 3,
            autoscale: Some((1, 6))
        })
    );
    assert_eq!((r.totals.nodes, r.totals.nodes_at_max), (3, 6));
    assert_eq!(r.totals.cpu_m_at_max, 6 * 3860);
    assert_eq!(r.totals.memory_ki_at_max, 6 * 11832 * 1024);

    plan.apply(Edit::Pool(
        0,
        PoolEdit::Text(PoolField::MinCount, "7".into()),
    ));
    let r = evaluate(&plan);
    assert_eq!(
        issues_at(&r, 0, PoolField::MinCount),
        [Issue::MinAboveMax { min: 7, max: 6 }]
    );
    plan.apply(Edit::Pool(
        0,
        PoolEdit::Text(PoolField::MinCount, "4".into()),
    ));
    let r = evaluate(&plan);
    assert_eq!(
        issues_at(&r, 0, PoolField::NodeCount),
        [Issue::CountOutsideBounds {
            count: 3,
            min: 4,
            max: 6
        }]
    );
    plan.apply(Edit::Pool(
        0,
        PoolEdit::Text(PoolField::MaxCount, "1001".into()),
    ));
    let r = evaluate(&plan);
    assert_eq!(
        issues_at(&r, 0, PoolField::MaxCount),
        [Issue::PoolTooLarge { nodes: 1001 }]
    );
}

#[test]
fn max_pods_range_and_the_30_pods_per_pool_rule() {
    for (value, expected) in [
        (
            "0",
            vec![
                Issue::MaxPodsOutOfRange { value: 0 },
                Issue::PoolBelow30Pods {
                    max_pods: 0,
                    nodes: 3,
                },
            ],
        ),
        (
            "9",
            vec![
                Issue::MaxPodsOutOfRange { value: 9 },
                Issue::PoolBelow30Pods {
                    max_pods: 9,
                    nodes: 3,
                },
            ],
        ),
        ("10", vec![]), // 10 × 3 nodes = 30: allowed
        ("250", vec![]),
        ("251", vec![Issue::MaxPodsOutOfRange { value: 251 }]),
        (
            "abc",
            vec![Issue::Input(InputError::NotANumber("abc".into()))],
        ),
    ] {
        let r = evaluate(&plan_with(&[(PoolField::MaxPods, value)]));
        assert_eq!(
            issues_at(&r, 0, PoolField::MaxPods),
            expected,
            "maxPods {value}"
        );
        // CPU figures never depend on maxPods.
        assert_eq!(node(&r).cpu.allocatable_m, 3860);
    }
    // 10 pods on 2 nodes is room for 20.
    let r = evaluate(&plan_with(&[
        (PoolField::MaxPods, "10"),
        (PoolField::NodeCount, "2"),
    ]));
    assert_eq!(
        issues_at(&r, 0, PoolField::MaxPods),
        [Issue::PoolBelow30Pods {
            max_pods: 10,
            nodes: 2
        }]
    );
    // With the autoscaler, the minimum counts.
    let mut plan = plan_with(&[(PoolField::MaxPods, "15")]);
    plan.apply(Edit::Pool(0, PoolEdit::Autoscale(true)));
    let r = evaluate(&plan);
    assert_eq!(
        issues_at(&r, 0, PoolField::MaxPods),
        [Issue::PoolBelow30Pods {
            max_pods: 15,
            nodes: 1
        }]
    );
    // maxPods "abc" leaves memory blank, and everything else computed.
    let r = evaluate(&plan_with(&[(PoolField::MaxPods, "abc")]));
    assert_eq!(node(&r).memory, None);
    assert!(r.totals.partial);
}

#[test]
fn windows_above_110_pods_is_a_warning() {
    let mut plan = Plan::default();
    plan.apply(Edit::AddPool);
    plan.apply(Edit::Pool(1, PoolEdit::Os(OsType::Windows)));
    plan.apply(Edit::Pool(1, PoolEdit::Text(PoolField::Name, "win".into())));
    for (pods, warned) in [("110", false), ("111", true)] {
        plan.apply(Edit::Pool(
            1,
            PoolEdit::Text(PoolField::MaxPods, pods.into()),
        ));
        let r = evaluate(&plan);
        let issues = issues_at(&r, 1, PoolField::MaxPods);
        assert_eq!(
            issues.contains(&Issue::WindowsManyPods { max_pods: 111 }),
            warned,
            "{issues:?}"
        );
    }
}

#[test]
fn vm_size_rules() {
    // Under 2 vCPU: refused, on any pool; its 1 GiB is refused on a system pool too.
    let r = evaluate(&plan_with(&[(PoolField::VmSize, "Standard_B1s")]));
    assert_eq!(
        issues_at(&r, 0, PoolField::VmSize),
        [
            Issue::VmTooSmall { vcpu: 1 },
            Issue::SystemPoolMemory { memory_mib: 1024 },
            Issue::SystemPoolBurstable { vm: "Standard_B1s" }
        ]
    );
    // System pool on 2 vCPU: a warning (the API accepts it, the docs say 4).
    let r = evaluate(&plan_with(&[(PoolField::VmSize, "Standard_D2s_v5")]));
    assert_eq!(
        issues_at(&r, 0, PoolField::VmSize),
        [Issue::SystemPoolVmSmall {
            vcpu: 2,
            memory_mib: 8192
        }]
    );
    assert_eq!(r.findings[0].severity, Severity::Warning);
    // B-series on a system pool.
    let r = evaluate(&plan_with(&[(PoolField::VmSize, "Standard_B4ms")]));
    assert_eq!(
        issues_at(&r, 0, PoolField::VmSize),
        [Issue::SystemPoolBurstable {
            vm: "Standard_B4ms"
        }]
    );
    // The same sizes on a user pool are fine.
    let mut plan = plan_with(&[(PoolField::VmSize, "Standard_B2s")]);
    plan.apply(Edit::AddPool);
    plan.apply(Edit::Pool(0, PoolEdit::Mode(crate::plan::PoolMode::User)));
    plan.apply(Edit::Pool(1, PoolEdit::Mode(crate::plan::PoolMode::System)));
    let r = evaluate(&plan);
    assert!(r.findings.is_empty(), "{:?}", r.findings);
    // A Windows system pool.
    let mut plan = Plan::default();
    plan.apply(Edit::Pool(0, PoolEdit::Os(OsType::Windows)));
    plan.apply(Edit::Pool(0, PoolEdit::Text(PoolField::Name, "sys".into())));
    let r = evaluate(&plan);
    assert!(issues_at(&r, 0, PoolField::Os).contains(&Issue::SystemPoolWindows));
}

#[test]
fn unknown_and_custom_vm_sizes() {
    let r = evaluate(&plan_with(&[(PoolField::VmSize, "Standard_D4s_v9")]));
    assert_eq!(
        issues_at(&r, 0, PoolField::VmSize),
        [Issue::UnknownVmSize {
            typed: "Standard_D4s_v9".into(),
            suggestion: Some("Standard_D4s_v5")
        }]
    );
    assert_eq!(r.pools[0].node, None);
    // Node count, maxPods and the rest are still read.
    assert_eq!(r.pools[0].max_pods, Some(250));
    assert_eq!(r.pools[0].nodes.map(|n| n.count), Some(3));

    let r = evaluate(&plan_with(&[
        (PoolField::VmSize, "custom"),
        (PoolField::CustomVcpu, "6"),
        (PoolField::CustomMemory, "24"),
    ]));
    let n = node(&r);
    // 6 vCPU → 160m; 24 GiB at 250 pods → 5050 Mi (cap 6144).
    assert_eq!((n.cpu.reserved_m, n.cpu.allocatable_m), (160, 5840));
    assert_eq!(n.memory.unwrap().reservation.kube_reserved_mib, 5050);
    assert!(r.findings.is_empty(), "{:?}", r.findings);

    let r = evaluate(&plan_with(&[
        (PoolField::VmSize, "CUSTOM"),
        (PoolField::CustomVcpu, "0"),
        (PoolField::CustomMemory, "lots"),
    ]));
    assert_eq!(
        issues_at(&r, 0, PoolField::CustomVcpu),
        [Issue::VmTooSmall { vcpu: 0 }]
    );
    assert_eq!(
        issues_at(&r, 0, PoolField::CustomMemory),
        [Issue::Input(InputError::NotANumber("lots".into()))]
    );
    let r = evaluate(&plan_with(&[
        (PoolField::VmSize, "custom"),
        (PoolField::CustomVcpu, "1"),
        (PoolField::CustomMemory, "2"),
    ]));
    assert_eq!(
        issues_at(&r, 0, PoolField::CustomVcpu),
        [Issue::VmTooSmall { vcpu: 1 }]
    );
    let r = evaluate(&plan_with(&[
        (PoolField::VmSize, "custom"),
        (PoolField::CustomVcpu, "4"),
        (PoolField::CustomMemory, "0"),
    ]));
    assert_eq!(
        issues_at(&r, 0, PoolField::CustomMemory),
        [Issue::Input(InputError::Empty)]
    );
}

#[test]
fn every_field_reports_bad_input_at_itself_and_the_rest_is_computed() {
    let cases: [(PoolField, &str, Issue); 14] = [
        (
            PoolField::NodeCount,
            "-1",
            Issue::Input(InputError::Negative("-1".into())),
        ),
        (
            PoolField::NodeCount,
            "abc",
            Issue::Input(InputError::NotANumber("abc".into())),
        ),
        (
            PoolField::NodeCount,
            "2.5",
            Issue::Input(InputError::NotWhole("2.5".into())),
        ),
        (PoolField::NodeCount, "0", Issue::SystemPoolEmpty),
        (
            PoolField::NodeCount,
            "1001",
            Issue::PoolTooLarge { nodes: 1001 },
        ),
        (
            PoolField::MaxPods,
            "",
            Issue::MaxPodsOutOfRange { value: 0 },
        ),
        (
            PoolField::KubernetesVersion,
            "latest",
            Issue::Input(InputError::NotVersion("latest".into())),
        ),
        (
            PoolField::Capacity,
            "12Gx",
            Issue::Input(InputError::NotMemory("12Gx".into())),
        ),
        (
            PoolField::PodCpu,
            "2 cores",
            Issue::Input(InputError::NotCpu("2 cores".into())),
        ),
        (
            PoolField::PodMemory,
            "-5Mi",
            Issue::Input(InputError::Negative("-5Mi".into())),
        ),
        (
            PoolField::DaemonsetCpu,
            "x",
            Issue::Input(InputError::NotCpu("x".into())),
        ),
        (
            PoolField::DaemonsetMemory,
            "1Gb",
            Issue::Input(InputError::NotMemory("1Gb".into())),
        ),
        (
            PoolField::DaemonsetPods,
            "many",
            Issue::Input(InputError::NotANumber("many".into())),
        ),
        (
            PoolField::Name,
            "Pool_1",
            Issue::BadPoolName {
                name: "Pool_1".into(),
                max_len: 12,
            },
        ),
    ];
    for (field, value, expected) in cases {
        // Workload fields need a pod size to be read.
        let mut plan = plan_with(&[(PoolField::PodMemory, "100Mi")]);
        plan.apply(Edit::Pool(0, PoolEdit::Text(field, value.into())));
        if field == PoolField::MaxPods {
            // An empty maxPods means the default, not an error: "0" is the bad input here.
            plan.apply(Edit::Pool(0, PoolEdit::Text(field, "0".into())));
        }
        let r = evaluate(&plan);
        assert!(
            issues_at(&r, 0, field).contains(&expected),
            "{field:?} = {value:?}: {:?}",
            r.findings
        );
        // Whatever else is readable is still computed.
        assert_eq!(node(&r).cpu.allocatable_m, 3860, "{field:?}");
        if !matches!(field, PoolField::MaxPods) {
            assert!(node(&r).memory.is_some(), "{field:?}");
        }
    }
    let r = evaluate(&plan_with(&[
        (PoolField::Replicas, "1e3"),
        (PoolField::PodCpu, "100m"),
    ]));
    assert_eq!(
        issues_at(&r, 0, PoolField::Replicas),
        [Issue::Input(InputError::NotANumber("1e3".into()))]
    );
    let mut plan = Plan::default();
    plan.apply(Edit::ClusterText(
        ClusterField::KubernetesVersion,
        "one".into(),
    ));
    let r = evaluate(&plan);
    assert_eq!(
        r.at(At::Cluster(ClusterField::KubernetesVersion))
            .map(|f| f.issue.clone())
            .collect::<Vec<_>>(),
        [Issue::Input(InputError::NotVersion("one".into()))]
    );
    // An unreadable version falls back to the current rule for the figures.
    assert_eq!(r.pools[0].rule, MemoryRule::Current);
}

#[test]
fn pool_names_and_the_system_pool() {
    let mut plan = Plan::default();
    plan.apply(Edit::AddPool);
    plan.apply(Edit::Pool(
        1,
        PoolEdit::Text(PoolField::Name, "nodepool1".into()),
    ));
    let r = evaluate(&plan);
    assert_eq!(
        issues_at(&r, 1, PoolField::Name),
        [Issue::DuplicatePoolName {
            name: "nodepool1".into()
        }]
    );

    plan.apply(Edit::Pool(
        1,
        PoolEdit::Text(PoolField::Name, "windows1".into()),
    ));
    plan.apply(Edit::Pool(1, PoolEdit::Os(OsType::Windows)));
    let r = evaluate(&plan);
    assert_eq!(
        issues_at(&r, 1, PoolField::Name),
        [Issue::BadPoolName {
            name: "windows1".into(),
            max_len: 6
        }]
    );

    plan.apply(Edit::Pool(0, PoolEdit::Mode(crate::plan::PoolMode::User)));
    let r = evaluate(&plan);
    assert!(issues_at(&r, 0, PoolField::Mode).contains(&Issue::NoSystemPool));
    // A plan with no pool at all has no system pool either.
    let empty = evaluate(&Plan {
        pools: Vec::new(),
        ..Plan::default()
    });
    assert_eq!(empty.findings.len(), 1);
    assert_eq!(empty.findings[0].issue, Issue::NoSystemPool);
}

#[test]
fn evaluate_never_panics_on_extreme_input() {
    let mut pool = Pool::default_system();
    pool.vm_size = "custom".into();
    pool.custom_vcpu = "1000000000".into();
    pool.custom_memory_gib = "1048576".into();
    pool.node_count = "1000000000".into();
    pool.max_pods = "1000000000".into();
    pool.capacity = "1Ti".into();
    pool.workload.pod_cpu = "1m".into();
    pool.workload.pod_memory = "1".into();
    pool.workload.replicas = "1000000000".into();
    let plan = Plan {
        pools: vec![pool; 100],
        ..Plan::default()
    };
    let r = evaluate(&plan);
    assert!(r.has_errors());
    assert_eq!(r.pools.len(), 100);
}
