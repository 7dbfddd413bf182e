//! The 2026-12 rules where the review of issue 13 found the page wrong: each test has the
//! values worked out by hand from the source it names.

use super::tests_2026_12::{pool_issues, set, with_user_pool};
use super::*;
use crate::evaluate::finding::UpgradeIssue;
use crate::plan::Plan;
use crate::plan::edit::{Edit, PoolEdit};
use crate::plan::field::PoolField;
use crate::rules::network::Surge;
use alloc::vec::Vec;

#[test]
fn surge_and_unavailable_above_the_pool_size_are_the_pool_size() {
    // "If the max surge value is higher than the required number of nodes to be upgraded, the
    // number of nodes to be upgraded is used" (upgrade-aks-node-pools-rolling.md).
    // maxSurge 50 on 10 nodes: 10 surge nodes, so 3 + 1 (system, 10 %) + 10 + 10 = 24.
    let r = evaluate(&with_user_pool(&[
        (PoolField::NodeCount, "10"),
        (PoolField::MaxSurge, "50"),
    ]));
    assert_eq!(r.pools[1].surge, Surge::Count(50));
    assert_eq!(r.pools[1].surge.nodes(10), 10);
    assert_eq!((r.network.nodes.scaled, r.network.nodes.upgrade), (13, 24));
    assert!(
        pool_issues(&r, 1, PoolField::MaxSurge)
            .contains(&Issue::Upgrade(UpgradeIssue::FallbackToOne { surge: 10 }))
    );
    // maxUnavailable 20 on 10 nodes (maxSurge 0): 10 drained at a time, no surge.
    let r = evaluate(&with_user_pool(&[
        (PoolField::NodeCount, "10"),
        (PoolField::MaxSurge, "0"),
        (PoolField::MaxUnavailable, "20"),
    ]));
    assert_eq!(
        pool_issues(&r, 1, PoolField::MaxUnavailable),
        [Issue::Upgrade(UpgradeIssue::DrainInPlace {
            unavailable: 10
        })]
    );
    assert_eq!(r.network.nodes.upgrade, 13 + 1);
    // At the size itself nothing changes: maxSurge 10 on 10 → 10; 9 → 9.
    for (surge, nodes) in [("10", 10), ("9", 9), ("11", 10)] {
        let r = evaluate(&with_user_pool(&[
            (PoolField::NodeCount, "10"),
            (PoolField::MaxSurge, surge),
        ]));
        assert_eq!(r.network.nodes.upgrade, 14 + nodes, "maxSurge {surge}");
    }
    // The autoscaler maximum is the pool's size: 2 now, up to 6, maxSurge 50 → 6.
    let mut plan = with_user_pool(&[(PoolField::NodeCount, "2"), (PoolField::MaxSurge, "50")]);
    plan.apply(Edit::Pool(1, PoolEdit::Autoscale(true)));
    set(
        &mut plan,
        1,
        &[(PoolField::MinCount, "1"), (PoolField::MaxCount, "6")],
    );
    let r = evaluate(&plan);
    assert_eq!(r.network.nodes.upgrade, 3 + 1 + 6 + 6);
}

#[test]
fn system_pools_below_4_gib_are_refused() {
    let system = |fields: &[(PoolField, &str)]| {
        let mut plan = Plan::default();
        set(&mut plan, 0, fields);
        evaluate(&plan)
    };
    let errors = |r: &Report| {
        r.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| f.issue.clone())
            .collect::<Vec<_>>()
    };
    // Standard_B2ts_v2: 2 vCPUs, 1 GiB. On the system pool: the memory error, the 2-vCPU
    // warning and the B-series warning; on a user pool only the 2 GiB error.
    let r = system(&[(PoolField::VmSize, "Standard_B2ts_v2")]);
    assert_eq!(
        pool_issues(&r, 0, PoolField::VmSize),
        [
            Issue::SystemPoolMemory { memory_mib: 1024 },
            Issue::SystemPoolVmSmall {
                vcpu: 2,
                memory_mib: 1024
            },
            Issue::SystemPoolBurstable {
                vm: "Standard_B2ts_v2"
            }
        ]
    );
    assert_eq!(errors(&r), [Issue::SystemPoolMemory { memory_mib: 1024 }]);
    let r = evaluate(&with_user_pool(&[(PoolField::VmSize, "Standard_B2ts_v2")]));
    assert_eq!(
        pool_issues(&r, 1, PoolField::VmSize),
        [Issue::UserPoolMemory { memory_mib: 1024 }]
    );
    // A custom size: 4 vCPUs and 3 GiB is refused at the memory field, 4 GiB is fine.
    let custom = |gib: &str| {
        system(&[
            (PoolField::VmSize, "custom"),
            (PoolField::CustomVcpu, "4"),
            (PoolField::CustomMemory, gib),
        ])
    };
    let r = custom("3");
    assert_eq!(
        pool_issues(&r, 0, PoolField::CustomMemory),
        [Issue::SystemPoolMemory { memory_mib: 3072 }]
    );
    assert_eq!(errors(&r), [Issue::SystemPoolMemory { memory_mib: 3072 }]);
    let r = custom("4");
    assert!(r.findings.is_empty(), "{:?}", r.findings);
    // 2 vCPUs and 8 GiB (Standard_D2s_v5) stays a warning: the API accepts 2 vCPUs.
    let r = system(&[(PoolField::VmSize, "Standard_D2s_v5")]);
    assert!(!r.has_errors());
}

#[test]
fn public_and_internal_services_share_300_rules_per_node_nic() {
    use crate::plan::field::OutboundField;
    // "each node NIC is limited to 300 inbound load-balancing rules"
    // (use-multiple-standard-load-balancer.md): every LoadBalancer service takes one at least.
    let lbs = |internal: &str, public: &str| {
        let mut plan = Plan::default();
        plan.cluster.internal_lbs = internal.into();
        plan.cluster.outbound.public_lbs = public.into();
        evaluate(&plan)
    };
    let at = |r: &Report, field| {
        r.at(At::Cluster(field))
            .map(|f| (f.severity, f.issue.clone()))
            .collect::<Vec<_>>()
    };
    let public_field = ClusterField::Outbound(OutboundField::PublicLbs);
    // 150 + 150 = 300: at the limit, nothing to say.
    let r = lbs("150", "150");
    assert!(at(&r, ClusterField::InternalLbs).is_empty());
    assert!(at(&r, public_field).is_empty());
    // 200 internal + 101 public = 301: at the larger of the two counts.
    let r = lbs("200", "101");
    assert_eq!(
        at(&r, ClusterField::InternalLbs),
        [(
            Severity::Warning,
            Issue::TooManyLoadBalancers {
                internal: 200,
                public: 101
            }
        )]
    );
    let r = lbs("", "301");
    assert_eq!(
        at(&r, public_field),
        [(
            Severity::Warning,
            Issue::TooManyLoadBalancers {
                internal: 0,
                public: 301
            }
        )]
    );
    assert_eq!(
        crate::text::issue(
            &Issue::TooManyLoadBalancers {
                internal: 200,
                public: 101
            },
            crate::text::Lang::En
        ),
        "301 LoadBalancer services (200 internal, 101 public) take at least 301 load-balancing rules, one per port, on every node's NIC: each node NIC is limited to 300 inbound load-balancing rules and 8 private-link services. Beyond that, use multiple Standard load balancers, each with its share of the nodes."
    );
}

#[test]
fn versions_follow_the_calendar_and_the_tier() {
    use crate::evaluate::finding::VersionIssue as V;
    use crate::plan::Tier;
    use crate::rules::version::{K8sVersion, Month};
    let at_version = |version: &str, tier: Tier| {
        let mut plan = Plan::default();
        plan.cluster.kubernetes_version = version.into();
        plan.cluster.tier = tier;
        let r = evaluate(&plan);
        r.at(At::Cluster(ClusterField::KubernetesVersion))
            .map(|f| (f.severity, f.issue.clone()))
            .collect::<Vec<_>>()
    };
    let v = |minor| K8sVersion::new(1, minor);
    let lts = |minor, end: Month, premium| {
        Issue::Version(V::LtsOnly {
            version: v(minor),
            lts_end: end,
            premium,
        })
    };
    let (nov26, mar27, jul27) = (
        Month::new(2026, 11),
        Month::new(2027, 3),
        Month::new(2027, 7),
    );
    // 1.32 (standard support ended March 2026, LTS to March 2027) on the Free tier: a warning.
    assert_eq!(
        at_version("1.32", Tier::Free),
        [(Severity::Warning, lts(32, mar27, false))]
    );
    assert_eq!(
        at_version("1.32.5", Tier::Standard),
        [(Severity::Warning, lts(32, mar27, false))]
    );
    // On Premium it is allowed; the exports set the LTS plan (a note).
    assert_eq!(
        at_version("1.32", Tier::Premium),
        [(Severity::Info, lts(32, mar27, true))]
    );
    // 1.33 became LTS-only on 2026-07-17 (release notes).
    assert_eq!(
        at_version("1.33", Tier::Free),
        [(Severity::Warning, lts(33, jul27, false))]
    );
    // 1.31: LTS only, and its LTS ends in November 2026, before the rule set's date (warnings
    // come before notes).
    assert_eq!(
        at_version("1.31", Tier::Premium),
        [
            (
                Severity::Warning,
                Issue::Version(V::EndsBeforeRules {
                    version: v(31),
                    end: nov26,
                    lts: true
                })
            ),
            (Severity::Info, lts(31, nov26, true)),
        ]
    );
    // 1.34: standard support, ending November 2026 (a note); 1.35 and 1.36: nothing.
    assert_eq!(
        at_version("1.34", Tier::Free),
        [(
            Severity::Info,
            Issue::Version(V::EndsBeforeRules {
                version: v(34),
                end: nov26,
                lts: false
            })
        )]
    );
    assert!(at_version("1.35", Tier::Free).is_empty());
    assert!(at_version("1.36", Tier::Free).is_empty());
    // 1.37: preview September 2026, GA October 2026 in the calendar, not GA in the sources.
    assert_eq!(
        at_version("1.37", Tier::Premium),
        [(
            Severity::Warning,
            Issue::Version(V::NotGa {
                version: v(37),
                planned: Some((Month::new(2026, 9), Month::new(2026, 10)))
            })
        )]
    );
    assert_eq!(
        at_version("1.38", Tier::Free),
        [(
            Severity::Warning,
            Issue::Version(V::NotGa {
                version: v(38),
                planned: None
            })
        )]
    );
    // 1.30 has ended: only the unsupported-version warning.
    assert_eq!(
        at_version("1.30", Tier::Premium),
        [(
            Severity::Warning,
            Issue::UnsupportedVersion { version: v(30) }
        )]
    );
    // A pool on its own LTS-only version, in a 1.35 cluster on the Standard tier.
    let mut plan = Plan::default();
    plan.cluster.tier = Tier::Standard;
    set(&mut plan, 0, &[(PoolField::KubernetesVersion, "1.33")]);
    assert_eq!(
        pool_issues(&evaluate(&plan), 0, PoolField::KubernetesVersion),
        [lts(33, jul27, false)]
    );
    // The words, with the flags and the standard-support range.
    let en = crate::text::issue(&lts(32, mar27, false), crate::text::Lang::En);
    assert_eq!(
        en,
        "Kubernetes 1.32 is available only with long-term support (LTS, until the end of March 2027); standard support covers 1.34 to 1.36. LTS needs the Premium tier and the LTS support plan (az aks create --tier premium --k8s-support-plan AKSLongTermSupport): choose the Premium tier, or a version from 1.34 to 1.36."
    );
    let ja = crate::text::issue(&lts(32, mar27, false), crate::text::Lang::Ja);
    assert_eq!(
        ja,
        "Kubernetes 1.32 は長期サポート(LTS、2027 年 3 月末まで)でのみ利用できます。標準サポートの対象は 1.34〜1.36 です。LTS には Premium 価格レベルと LTS サポートプランが必要です(az aks create --tier premium --k8s-support-plan AKSLongTermSupport)。Premium 価格レベルにするか、1.34〜1.36 のバージョンを選んでください。"
    );
    let premium = crate::text::issue(&lts(33, jul27, true), crate::text::Lang::En);
    assert_eq!(
        premium,
        "Kubernetes 1.33 is available only with long-term support (LTS, until the end of July 2027): on the Premium tier the cluster needs the LTS support plan, which the exports set (--k8s-support-plan AKSLongTermSupport)."
    );
    let ends = Issue::Version(V::EndsBeforeRules {
        version: v(34),
        end: nov26,
        lts: false,
    });
    assert_eq!(
        crate::text::issue(&ends, crate::text::Lang::Ja),
        "AKS のリリースカレンダーでは、Kubernetes 1.34 の標準サポートはこのルールセットの日付(2026 年 12 月)より前の 2026 年 11 月に終了します。それ以降は長期サポート(LTS、Premium 価格レベル)でのみ利用できます。"
    );
}

#[test]
fn a_managed_vnet_needs_no_api_server_subnet_of_the_plan() {
    use crate::evaluate::finding::SubnetIssue;
    let no_subnet = |managed: bool| {
        let mut plan = Plan::default();
        plan.cluster.apiserver_vnet_integration = true;
        plan.cluster.private_cluster = true;
        plan.cluster.outbound.managed_vnet = managed;
        evaluate(&plan)
            .findings
            .iter()
            .filter(|f| f.issue == Issue::Subnet(SubnetIssue::NoApiServerSubnet))
            .map(|f| (f.severity, f.at))
            .collect::<Vec<_>>()
    };
    // Own VNet: the integration needs a delegated subnet of the design.
    assert_eq!(
        no_subnet(false),
        [(
            Severity::Error,
            Some(At::Cluster(ClusterField::ApiServerSubnet))
        )]
    );
    // AKS-managed VNet: AKS makes the subnet itself (api-server-vnet-integration.md).
    assert!(no_subnet(true).is_empty());
}
