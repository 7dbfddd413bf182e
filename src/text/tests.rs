//! Both languages exist for every text, checked over the full set of keys. Lists below are
//! tied to their enums by exhaustive matches, so a new variant cannot be left out silently.

use super::*;
use crate::evaluate::finding::Issue;
use crate::plan::field::{ClusterField, PoolField};
use crate::plan::quantity::InputError;
use crate::plan::ranges::AddressError;
use crate::plan::{NetworkModel, Tier};
use crate::rules::network::PodSpaceKind;
use crate::rules::reserve::MemoryRule;
use alloc::string::ToString;
use alloc::vec;
use alloc::vec::Vec;

/// Texts that are the same in both languages on purpose: names and units.
const SAME_IN_BOTH: &[&str] = &[
    "CPU",
    "kube-reserved",
    "system-reserved",
    "Linux",
    "Windows",
    "OS",
    "kubenet",
    ", ",
    "OS SKU",
];

fn check(what: &str, t: T) {
    assert!(!t.en.trim().is_empty(), "{what}: English is empty");
    assert!(!t.ja.trim().is_empty(), "{what}: Japanese is empty");
    if t.en == t.ja {
        assert!(
            SAME_IN_BOTH.contains(&t.en),
            "{what}: not translated ({:?})",
            t.en
        );
    }
}

fn check_text(what: &str, en: String, ja: String) {
    assert!(
        !en.trim().is_empty() && !ja.trim().is_empty(),
        "{what}: empty"
    );
    assert_ne!(en, ja, "{what}: not translated");
}

#[test]
fn every_label_has_both_languages() {
    assert!(label::ALL.len() > 100);
    for (name, t) in label::ALL {
        check(name, *t);
    }
}

#[test]
fn every_name_of_every_enum_has_both_languages() {
    for f in PoolField::ALL {
        check("field", field(f));
        if let Some(h) = field_hint(f) {
            check("field hint", h);
        }
    }
    for f in ClusterField::ALL {
        check("cluster field", cluster_field(f));
        if let Some(h) = cluster_hint(f) {
            check("cluster hint", h);
        }
    }
    for m in NetworkModel::ALL {
        check("model", network_model(m));
        if let Some(n) = network_model_note(m) {
            check("model note", n);
        }
    }
    for r in [
        MemoryRule::Current,
        MemoryRule::Legacy,
        MemoryRule::Windows,
        MemoryRule::Hardening,
    ] {
        check("rule", rule(r));
        check("rule short", rule_short(r));
    }
    for tier_ in [Tier::Free, Tier::Standard, Tier::Premium] {
        check("tier", tier(tier_));
    }
    use crate::evaluate::{Blocker, Part};
    for p in [
        Part::Reserved,
        Part::Nodes,
        Part::Surge,
        Part::Pods,
        Part::Other,
        Part::Free,
    ] {
        check("part", part(p));
    }
    for k in [
        PodSpaceKind::NodeBlocks,
        PodSpaceKind::DynamicIps,
        PodSpaceKind::StaticBlocks,
    ] {
        check("pod space", pod_space(k));
    }
    for b in [
        Blocker::WindowsPools,
        Blocker::VirtualNodes,
        Blocker::DualStack,
        Blocker::Cilium,
        Blocker::VirtualNodesV2,
    ] {
        check("blocker", blocker(b));
    }
    for d in [
        crate::plan::Dataplane::Azure,
        crate::plan::Dataplane::Cilium,
    ] {
        if let Some(n) = dataplane_note(d) {
            check("data plane note", n);
        }
    }
}

/// One example of every finding; `issue_index` ties the list to the enum.
fn issue_index(i: &Issue) -> usize {
    use Issue as I;
    match i {
        I::Input(_) => 0,
        I::UnknownVmSize { .. } => 1,
        I::BadPoolName { .. } => 2,
        I::DuplicatePoolName { .. } => 3,
        I::VmTooSmall { .. } => 4,
        I::SystemPoolVmSmall { .. } => 5,
        I::SystemPoolBurstable { .. } => 6,
        I::SystemPoolWindows => 7,
        I::SystemPoolEmpty => 8,
        I::NoSystemPool => 9,
        I::MaxPodsOutOfRange { .. } => 10,
        I::PoolBelow30Pods { .. } => 11,
        I::WindowsManyPods { .. } => 12,
        I::PoolTooLarge { .. } => 13,
        I::MinAboveMax { .. } => 14,
        I::CountOutsideBounds { .. } => 15,
        I::NothingAllocatable { .. } => 16,
        I::CapacityAboveVm { .. } => 17,
        I::DaemonsetsDoNotFit => 18,
        I::PodDoesNotFit => 19,
        I::ReplicasNeedMoreNodes { .. } => 20,
        I::Address(_) => 21,
        I::SurgeTooLarge(_) => 22,
        I::ForbiddenRange { .. } => 23,
        I::NotPrivate { .. } => 24,
        I::Overlap { .. } => 25,
        I::ServiceCidrTooLarge { .. } => 26,
        I::ServiceCidrAt12 => 27,
        I::Ipv6ServiceTooLarge { .. } => 28,
        I::DnsOutsideService { .. } => 29,
        I::DnsReserved { .. } => 30,
        I::DualStackNeedsOverlay => 31,
        I::DualStackIncomplete => 32,
        I::TwoRangesOfAFamily => 33,
        I::PodCidrTooSmall { .. } => 34,
        I::KubenetRouteLimit { .. } => 35,
        I::ClusterNodeLimit { .. } => 36,
        I::PoolLimitWithSurge { .. } => 37,
        I::OverlayPodLimit { .. } => 38,
        I::DynamicPodLimit { .. } => 39,
        I::VnetIpLimit { .. } => 40,
        I::KubenetRetiring => 41,
        I::WindowsNeedsAzureCni => 42,
        I::VirtualNodesNeedAzureCni => 43,
        I::RuleDependsOnCreationDate => 44,
        I::UnverifiedRule => 45,
        I::CiliumNeedsAzureCni => 46,
        I::CiliumNoWindows => 47,
        I::DynamicDefaultMaxPods => 48,
        I::TooManyLoadBalancers { .. } => 49,
        I::Subnet(_) => 50,
        I::UnsupportedVersion { .. } => 51,
        I::HardeningPreview => 52,
        I::CustomPreview => 53,
        I::CustomValueIgnored => 54,
        I::RuleLinuxOnly { .. } => 55,
        I::CustomOutOfRange { .. } => 56,
        I::CustomBelowSdkMinimum { .. } => 57,
        I::Upgrade(_) => 58,
        I::OsSku(_) => 59,
        I::VirtualNodesV2(_) => 60,
        I::UserPoolMemory { .. } => 61,
        I::LocalDnsSmallVm { .. } => 62,
        I::VnetForbiddenRange { .. } => 63,
        I::PodsNotMultiplied { .. } => 64,
        I::KubenetDualStack => 65,
        I::KubenetDualStackLimit { .. } => 66,
        I::DualStackStaticBlock => 67,
        I::Outbound(_) => 68,
        I::WireGuardNeedsCilium => 69,
        I::WireGuardAcns => 70,
        I::SystemPoolMemory { .. } => 71,
        I::Version(_) => 72,
    }
}

/// One example of each finding added with the rules of 2026-12, every sub-kind included.
fn issues_of_2026_12() -> Vec<Issue> {
    use crate::evaluate::finding::{CustomKind, OsSkuIssue, UpgradeIssue, VirtualNodesV2Issue};
    use crate::rules::os::OsSku;
    use crate::rules::version::K8sVersion;
    use Issue as I;
    let mut all = vec![
        I::UnsupportedVersion {
            version: K8sVersion::new(1, 28),
        },
        I::HardeningPreview,
        I::CustomPreview,
        I::CustomValueIgnored,
        I::RuleLinuxOnly { custom: true },
        I::RuleLinuxOnly { custom: false },
        I::UserPoolMemory { memory_mib: 1024 },
        I::LocalDnsSmallVm { vcpu: 2 },
        I::VnetForbiddenRange {
            range: "224.0.0.0/3".to_string(),
            reserved: "224.0.0.0/4",
        },
        I::PodsNotMultiplied {
            pods: 1_250_000,
            limit: 200_000,
        },
        I::KubenetDualStack,
        I::KubenetDualStackLimit { nodes: 201 },
        I::DualStackStaticBlock,
    ];
    for kind in [
        CustomKind::CpuM,
        CustomKind::MemoryMib,
        CustomKind::EvictionMib,
        CustomKind::EvictionPercent,
    ] {
        all.push(I::CustomOutOfRange {
            kind,
            value: 0,
            max: 4000,
        });
        all.push(I::CustomBelowSdkMinimum {
            kind,
            value: 1,
            minimum: 140,
        });
    }
    all.extend(
        [
            UpgradeIssue::NothingToUpgradeWith,
            UpgradeIssue::UnavailableOnSystemPool,
            UpgradeIssue::DrainInPlace { unavailable: 2 },
            UpgradeIssue::SurgeFirst {
                surge: 2,
                unavailable: 1,
            },
            UpgradeIssue::FallbackToOne { surge: 3 },
            UpgradeIssue::DefaultAssumed { surge: 2 },
        ]
        .map(I::Upgrade),
    );
    all.extend(
        [
            OsSkuIssue::WrongOs {
                sku: OsSku::Windows2022,
            },
            OsSkuIssue::NotOnVersion {
                sku: OsSku::Windows2022,
                version: K8sVersion::new(1, 37),
            },
            OsSkuIssue::NotOnVersion {
                sku: OsSku::Windows2025,
                version: K8sVersion::new(1, 31),
            },
            OsSkuIssue::NeedsFips,
            OsSkuIssue::Windows2022Retiring,
            OsSkuIssue::DefaultDisputed,
        ]
        .map(I::OsSku),
    );
    all.extend(
        [
            VirtualNodesV2Issue::Planned { count: 2 },
            VirtualNodesV2Issue::NeedsNodeSubnet,
            VirtualNodesV2Issue::NoIpv6,
            VirtualNodesV2Issue::NoCilium,
            VirtualNodesV2Issue::NoHostPool,
        ]
        .map(I::VirtualNodesV2),
    );
    all
}

/// One example of each finding added after the review of issue 13.
fn issues_of_the_review() -> Vec<Issue> {
    use crate::evaluate::finding::VersionIssue as V;
    use crate::rules::version::{K8sVersion, Month};
    use Issue as I;
    let (v31, nov) = (K8sVersion::new(1, 31), Month::new(2026, 11));
    let mut all = vec![I::SystemPoolMemory { memory_mib: 1024 }];
    all.extend(
        [
            V::LtsOnly {
                version: v31,
                lts_end: nov,
                premium: false,
            },
            V::LtsOnly {
                version: v31,
                lts_end: nov,
                premium: true,
            },
            V::EndsBeforeRules {
                version: v31,
                end: nov,
                lts: true,
            },
            V::EndsBeforeRules {
                version: K8sVersion::new(1, 34),
                end: nov,
                lts: false,
            },
            V::NotGa {
                version: K8sVersion::new(1, 37),
                planned: Some((Month::new(2026, 9), Month::new(2026, 10))),
            },
            V::NotGa {
                version: K8sVersion::new(1, 40),
                planned: None,
            },
        ]
        .map(I::Version),
    );
    all
}

fn every_issue() -> Vec<Issue> {
    use crate::evaluate::finding::Role;
    use Issue as I;
    let s = |x: &str| x.to_string();
    let mut all = vec![
        I::UnknownVmSize {
            typed: s("x"),
            suggestion: Some("Standard_D4s_v5"),
        },
        I::UnknownVmSize {
            typed: s("x"),
            suggestion: None,
        },
        I::BadPoolName {
            name: s("A"),
            max_len: 12,
        },
        I::DuplicatePoolName { name: s("a") },
        I::VmTooSmall { vcpu: 1 },
        I::SystemPoolVmSmall {
            vcpu: 2,
            memory_mib: 4096,
        },
        I::SystemPoolBurstable { vm: "Standard_B2s" },
        I::SystemPoolWindows,
        I::SystemPoolEmpty,
        I::NoSystemPool,
        I::MaxPodsOutOfRange { value: 5 },
        I::PoolBelow30Pods {
            max_pods: 10,
            nodes: 2,
        },
        I::WindowsManyPods { max_pods: 200 },
        I::PoolTooLarge { nodes: 2000 },
        I::MinAboveMax { min: 5, max: 3 },
        I::CountOutsideBounds {
            count: 9,
            min: 1,
            max: 3,
        },
        I::NothingAllocatable {
            reserved_ki: 10,
            capacity_ki: 5,
        },
        I::CapacityAboveVm {
            capacity_ki: 10,
            vm_mib: 5,
        },
        I::DaemonsetsDoNotFit,
        I::PodDoesNotFit,
        I::ReplicasNeedMoreNodes {
            needed: 5,
            available: 3,
        },
        I::SurgeTooLarge(s("200%")),
        I::ForbiddenRange {
            range: s("172.16.0.0/12"),
            reserved: "172.30.0.0/16",
        },
        I::NotPrivate {
            range: s("8.8.8.0/24"),
            role: Role::Vnet,
        },
        I::Overlap {
            range: s("a"),
            role: Role::PodCidr,
            other: s("b"),
            other_role: Role::Listed,
        },
        I::ServiceCidrTooLarge { prefix: 11 },
        I::ServiceCidrAt12,
        I::Ipv6ServiceTooLarge { prefix: 100 },
        I::DnsOutsideService {
            ip: s("1.1.1.1"),
            cidr: s("10.0.0.0/16"),
        },
        I::DnsReserved {
            ip: s("10.0.0.1"),
            slot: crate::evaluate::finding::DnsSlot::First,
        },
        I::DnsReserved {
            ip: s("10.0.0.0"),
            slot: crate::evaluate::finding::DnsSlot::Network,
        },
        I::DnsReserved {
            ip: s("10.0.255.255"),
            slot: crate::evaluate::finding::DnsSlot::Broadcast,
        },
        I::CiliumNeedsAzureCni,
        I::CiliumNoWindows,
        I::DynamicDefaultMaxPods,
        I::TooManyLoadBalancers {
            internal: 301,
            public: 0,
        },
        I::NotPrivate {
            range: s("2001:db8::/32"),
            role: Role::PodCidr,
        },
        I::DualStackNeedsOverlay,
        I::DualStackIncomplete,
        I::TwoRangesOfAFamily,
        I::PodCidrTooSmall {
            range: s("10.0.0.0/25"),
        },
        I::KubenetRouteLimit { nodes: 401 },
        I::ClusterNodeLimit {
            nodes: 1001,
            limit: 1000,
            surge: false,
        },
        I::ClusterNodeLimit {
            nodes: 1001,
            limit: 1000,
            surge: true,
        },
        I::PoolLimitWithSurge {
            nodes: 1045,
            surge: 95,
        },
        I::OverlayPodLimit { pods: 250_000 },
        I::DynamicPodLimit { pods: 60_000 },
        I::VnetIpLimit { ips: 70_000 },
        I::KubenetRetiring,
        I::WindowsNeedsAzureCni,
        I::VirtualNodesNeedAzureCni,
        I::RuleDependsOnCreationDate,
        I::UnverifiedRule,
    ];
    let inputs = [
        InputError::Empty,
        InputError::NotANumber(s("x")),
        InputError::Negative(s("-1")),
        InputError::NotWhole(s("1.5")),
        InputError::TooLarge(s("9")),
        InputError::NotMemory(s("x")),
        InputError::NotCpu(s("x")),
        InputError::NotVersion(s("x")),
        InputError::NotEviction(s("x")),
    ];
    all.extend(inputs.into_iter().map(I::Input));
    let addresses = [
        AddressError::Empty,
        AddressError::NotCidr(s("x")),
        AddressError::NotAddress(s("x")),
        AddressError::HostBits {
            typed: s("10.0.0.1/24"),
            network: s("10.0.0.0/24"),
        },
        AddressError::TooManyRanges,
    ];
    all.extend(addresses.into_iter().map(I::Address));
    all.extend(issues_of_2026_12());
    all.extend(issues_of_the_review());
    all.extend(
        crate::text::design::tests::every_subnet_issue()
            .into_iter()
            .map(I::Subnet),
    );
    all.extend(
        crate::text::outbound::tests::every_outbound_issue()
            .into_iter()
            .map(I::Outbound),
    );
    all.push(I::Input(InputError::OutOfRange {
        typed: s("101"),
        min: s("1"),
        max: s("100"),
    }));
    all.extend([I::WireGuardNeedsCilium, I::WireGuardAcns]);
    all
}

#[test]
fn every_finding_has_both_languages() {
    let all = every_issue();
    let mut covered: Vec<usize> = all.iter().map(issue_index).collect();
    covered.sort_unstable();
    covered.dedup();
    assert_eq!(
        covered,
        (0..73).collect::<Vec<_>>(),
        "a finding kind has no example"
    );
    for i in &all {
        check_text(
            &alloc::format!("{i:?}"),
            issue(i, Lang::En),
            issue(i, Lang::Ja),
        );
    }
}

#[test]
fn totals_name_what_virtual_nodes_take() {
    let t = crate::evaluate::Totals {
        nodes: 3,
        nodes_at_max: 3,
        cpu_m: 5580,
        cpu_m_at_max: 5580,
        memory_ki: 21_258 * 1024,
        memory_ki_at_max: 21_258 * 1024,
        virtual_nodes: 2,
        virtual_nodes_cpu_m: 6000,
        virtual_nodes_memory_ki: 24_576 * 1024,
        ..Default::default()
    };
    assert_eq!(
        totals(&t, Lang::En),
        "3 nodes with 5,580m CPU and 21,258 Mi memory allocatable, after 2 Virtual Nodes v2 take 6,000m CPU and 24,576 Mi on real nodes."
    );
    check_text("totals", totals(&t, Lang::En), totals(&t, Lang::Ja));
    let none = crate::evaluate::Totals {
        virtual_nodes: 0,
        ..t
    };
    assert!(!totals(&none, Lang::En).contains("Virtual"));
}

#[test]
fn reserved_ranges_name_the_date_aks_began_refusing_them() {
    let refused = |reserved| Issue::ForbiddenRange {
        range: "172.16.0.0/12".to_string(),
        reserved,
    };
    assert!(issue(&refused("172.30.0.0/16"), Lang::En).contains("since 2026-05-29"));
    assert!(issue(&refused("172.31.0.0/16"), Lang::Ja).contains("2026-05-29"));
    assert!(!issue(&refused("192.0.2.0/24"), Lang::En).contains("2026"));
    let multiply = Issue::PodsNotMultiplied {
        pods: 1_250_000,
        limit: 200_000,
    };
    assert!(issue(&multiply, Lang::En).contains("Don't multiply them"));
    assert!(
        issue(&multiply, Lang::En).contains("1,250,000")
            && issue(&multiply, Lang::En).contains("200,000")
    );
}

#[test]
fn every_message_has_both_languages() {
    check_text(
        "long link",
        long_link(2500, Lang::En),
        long_link(2500, Lang::Ja),
    );
    check_text(
        "no such node",
        no_such_node(1024, Lang::En),
        no_such_node(1024, Lang::Ja),
    );
    assert_eq!(
        no_such_node(65536, Lang::En),
        "Enter a node number from 0 to 65,535."
    );
}

/// The findings that state an assumption where the sources disagree (aks-rules §7) link both.
#[test]
fn assumptions_cite_both_sources() {
    use crate::evaluate::finding::{OsSkuIssue, UpgradeIssue, VirtualNodesV2Issue};
    use crate::text::sources::url;
    let both = [
        (
            Issue::Upgrade(UpgradeIssue::DefaultAssumed { surge: 2 }),
            [url::RELEASE_NOTES, url::UPGRADE_CLUSTER],
        ),
        (
            Issue::OsSku(OsSkuIssue::DefaultDisputed),
            [url::RELEASE_NOTES, url::WINDOWS_QUICKSTART],
        ),
        (
            Issue::KubenetDualStack,
            [url::DUAL_STACK, url::KUBENET_DUAL_STACK],
        ),
        (
            Issue::VirtualNodesV2(VirtualNodesV2Issue::Planned { count: 1 }),
            [url::VIRTUAL_NODES_V2, url::VIRTUAL_NODES_V2_README],
        ),
        (
            Issue::HardeningPreview,
            [url::NODE_HARDENING, url::KARPENTER_1818],
        ),
        (
            Issue::CustomPreview,
            [url::CUSTOM_NODE_CONFIG, url::RESERVATIONS],
        ),
        (
            Issue::DualStackStaticBlock,
            [url::RELEASE_NOTES, url::DUAL_STACK],
        ),
    ];
    for (issue, expected) in both {
        assert_eq!(sources(&issue), expected, "{issue:?}");
    }
    for issue in issues_of_2026_12() {
        for source in sources(&issue) {
            assert!(source.starts_with("https://"), "{issue:?}: {source}");
        }
    }
    // The words name both values where they disagree.
    let default = issue(
        &Issue::Upgrade(UpgradeIssue::DefaultAssumed { surge: 2 }),
        Lang::En,
    );
    assert!(
        default.contains("10 %") && default.contains("one extra node"),
        "{default}"
    );
    let windows = issue(&Issue::OsSku(OsSkuIssue::DefaultDisputed), Lang::En);
    assert!(
        windows.contains("from 1.37") && windows.contains("from 1.36"),
        "{windows}"
    );
}
