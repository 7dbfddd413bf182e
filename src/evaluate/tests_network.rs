//! Network planning through `evaluate`: the spec's worked examples (aks-rules §4–§6), exact
//! boundaries, address validation, and a message at the right field for bad input.

use super::*;
use crate::evaluate::finding::Role;
use crate::evaluate::finding::SubnetIssue;
use crate::plan::edit::{Edit, PoolEdit, SubnetEdit};
use crate::plan::field::PoolField;
use crate::plan::field::SubnetField;
use crate::plan::ranges::AddressError;
use crate::plan::{NetworkModel, OsType, Tier};
use crate::rules::network::{PodSpaceKind, Scenarios};
use crate::rules::subnet::Purpose;
use crate::text::{self, Lang};
use alloc::string::ToString;

/// A cluster input the tests set: a cluster field, or the prefix of the design's node subnet or
/// pod subnet (the two subnet fields of link schema 1).
#[derive(Clone, Copy, Debug, PartialEq)]
enum In {
    C(ClusterField),
    NodeSubnet,
    PodSubnet,
}

fn plan(model: NetworkModel, pool: &[(PoolField, &str)], cluster: &[(In, &str)]) -> Plan {
    let mut plan = Plan::default();
    plan.apply(Edit::Network(model));
    for (field, value) in pool {
        plan.apply(Edit::Pool(0, PoolEdit::Text(*field, value.to_string())));
    }
    for (field, value) in cluster {
        let prefix = |i| Edit::Subnet(i, SubnetEdit::Text(SubnetField::Prefix, value.to_string()));
        plan.apply(match field {
            In::C(field) => Edit::ClusterText(*field, value.to_string()),
            In::NodeSubnet => prefix(0),
            In::PodSubnet => prefix(pod_subnet_index(&plan)),
        });
    }
    plan
}

/// The pod subnet the plan's pods go to: the one a pod-subnet model adds, or a new one.
fn pod_subnet_index(plan: &Plan) -> usize {
    plan.cluster
        .subnets
        .iter()
        .position(|s| s.purpose == Purpose::Pods)
        .unwrap_or(1)
}

/// Findings at a subnet's prefix.
fn subnet_issues(report: &Report, index: usize) -> Vec<Issue> {
    report
        .at(At::Subnet(index, SubnetField::Prefix))
        .map(|f| f.issue.clone())
        .collect()
}

/// AKS's InsufficientSubnetSize for the default node subnet at 10.224.0.0/24.
fn full_24(needed: u128, smallest: u8, surge_only: bool) -> Issue {
    Issue::Subnet(SubnetIssue::Full {
        name: "snet-aks-nodes".into(),
        cidr: "10.224.0.0/24".into(),
        needed,
        usable: 251,
        smallest: Some(smallest),
        surge_only,
    })
}

/// Findings at an input the tests set.
fn issues_at(report: &Report, field: In) -> Vec<Issue> {
    match field {
        In::C(f) => cluster_issues(report, f),
        In::NodeSubnet => subnet_issues(report, 0),
        In::PodSubnet => subnet_issues(report, 1),
    }
}

fn cluster_issues(report: &Report, field: ClusterField) -> Vec<Issue> {
    report
        .at(At::Cluster(field))
        .map(|f| f.issue.clone())
        .collect()
}

fn node_subnet(report: &Report) -> SubnetFigures {
    report.network.node_subnet.expect("node subnet figures")
}

#[test]
fn default_plan_fits_with_room() {
    let r = evaluate(&Plan::default());
    assert!(r.findings.is_empty(), "{:?}", r.findings);
    let n = r.network;
    // 3 nodes, 10 % surge of 3 → 1.
    assert_eq!(
        n.nodes,
        Scenarios {
            now: 3,
            scaled: 3,
            upgrade: 4
        }
    );
    let s = n.node_subnet.unwrap();
    // 4 IPs: a /29 has only 3 usable, so a /28.
    assert_eq!(
        (s.usable, s.needed.upgrade, s.smallest),
        (65_531, 4, Some(28))
    );
    let pods = n.pod_space.unwrap();
    assert_eq!(
        (pods.kind, pods.capacity, pods.needed.upgrade),
        (PodSpaceKind::NodeBlocks, Some(256), 4)
    );
    // The /16 pod CIDR is the limit: 256 nodes. 229 more: 232 nodes + 24 surge = 256.
    assert_eq!(n.capacity_nodes, Some(256));
    assert_eq!(n.more_nodes, [Some(229)]);
    assert_eq!(n.pod_cidr_v4.unwrap().to_string(), "10.244.0.0/16");
}

#[test]
fn cni_node_subnet_doc_examples() {
    // 50 nodes + 1 surge at 30 pods → 51 + 51·30 = 1,581 IPs → /21.
    let r = evaluate(&plan(
        NetworkModel::NodeSubnet,
        &[(PoolField::NodeCount, "50"), (PoolField::MaxSurge, "1")],
        &[],
    ));
    let s = node_subnet(&r);
    assert_eq!(
        s.needed,
        Scenarios {
            now: 1550,
            scaled: 1550,
            upgrade: 1581
        }
    );
    assert_eq!(s.smallest, Some(21));

    // 50 nodes + 10 scale-out + 1 surge → 61·31 = 1,891.
    let mut p = plan(
        NetworkModel::NodeSubnet,
        &[(PoolField::NodeCount, "50"), (PoolField::MaxSurge, "1")],
        &[],
    );
    p.apply(Edit::Pool(0, PoolEdit::Autoscale(true)));
    p.apply(Edit::Pool(
        0,
        PoolEdit::Text(PoolField::MaxCount, "60".into()),
    ));
    assert_eq!(node_subnet(&evaluate(&p)).needed.upgrade, 1891);

    // A /24 holds 8 nodes at 30 pods: 8·31 = 248 ≤ 251 → 240 pods.
    let r = evaluate(&plan(
        NetworkModel::NodeSubnet,
        &[],
        &[(In::NodeSubnet, "10.224.0.0/24")],
    ));
    assert_eq!(
        (r.network.capacity_nodes, r.network.capacity_pods),
        (Some(8), Some(240))
    );
}

#[test]
fn insufficient_subnet_reads_like_aks() {
    // 10 nodes at 30 pods in a /24, counted as AKS does with the surge node (10 % of 10):
    // (10 + 1) · 31 = 341 > 251; the smallest subnet for 341 is a /23 (507).
    let r = evaluate(&plan(
        NetworkModel::NodeSubnet,
        &[(PoolField::NodeCount, "10")],
        &[(In::NodeSubnet, "10.224.0.0/24")],
    ));
    let issues = subnet_issues(&r, 0);
    assert_eq!(issues, [full_24(341, 23, false)]);
    let sentence = "Pre-allocated IPs 341 exceeds IPs available 251 in Subnet Cidr 10.224.0.0/24, Subnet Name snet-aks-nodes.";
    let message = text::issue(&issues[0], Lang::En);
    assert!(message.contains(sentence), "{message}");
    assert!(message.contains("/23"), "{message}");
    assert!(text::issue(&issues[0], Lang::Ja).contains(sentence));

    // 8 nodes fit (248), but the upgrade's surge node does not (9·31 = 279).
    let r = evaluate(&plan(
        NetworkModel::NodeSubnet,
        &[(PoolField::NodeCount, "8")],
        &[(In::NodeSubnet, "10.224.0.0/24")],
    ));
    assert_eq!(subnet_issues(&r, 0), [full_24(279, 23, true)]);
}

#[test]
fn exact_boundary_251_fits_a_slash_24_and_252_does_not() {
    // Overlay: 1 IP per node. 3 nodes + 1 surge + 247 other IPs = 251.
    let fits = evaluate(&plan(
        NetworkModel::Overlay,
        &[],
        &[
            (In::NodeSubnet, "10.224.0.0/24"),
            (In::C(ClusterField::OtherIps), "247"),
        ],
    ));
    assert_eq!(node_subnet(&fits).needed.upgrade, 251);
    assert_eq!(node_subnet(&fits).smallest, Some(24));
    assert!(subnet_issues(&fits, 0).is_empty());
    assert_eq!(fits.network.more_nodes, [Some(0)]);
    let over = evaluate(&plan(
        NetworkModel::Overlay,
        &[],
        &[
            (In::NodeSubnet, "10.224.0.0/24"),
            (In::C(ClusterField::OtherIps), "248"),
        ],
    ));
    assert_eq!(node_subnet(&over).smallest, Some(23));
    // AKS counts only the pools (4 IPs), so its check passes; the 248 other IPs make it 252,
    // which the page says in its own words, not as AKS's InsufficientSubnetSize.
    assert_eq!(
        subnet_issues(&over, 0),
        [Issue::Subnet(SubnetIssue::FullWithOthers {
            name: "snet-aks-nodes".into(),
            cidr: "10.224.0.0/24".into(),
            pools: 4,
            other: 248,
            usable: 251,
            smallest: Some(23),
        })]
    );
}

#[test]
fn kubenet_doc_examples_and_limits() {
    // A /24 node subnet → 251 nodes → 27,610 pods at 110.
    let r = evaluate(&plan(
        NetworkModel::Kubenet,
        &[],
        &[(In::NodeSubnet, "10.224.0.0/24")],
    ));
    assert_eq!(
        (r.network.capacity_nodes, r.network.capacity_pods),
        (Some(251), Some(27_610))
    );
    assert_eq!(
        cluster_issues(&r, ClusterField::Network),
        [Issue::KubenetRetiring]
    );
    assert_eq!(
        r.findings
            .iter()
            .find(|f| f.issue == Issue::KubenetRetiring)
            .unwrap()
            .severity,
        Severity::Info
    );

    // 401 nodes: over the 400 routes.
    let mut p = plan(
        NetworkModel::Kubenet,
        &[(PoolField::NodeCount, "401"), (PoolField::MaxSurge, "0")],
        &[(In::C(ClusterField::PodCidr), "10.244.0.0/15")],
    );
    p.apply(Edit::AddPool);
    let r = evaluate(&p);
    assert!(
        cluster_issues(&r, ClusterField::Network)
            .contains(&Issue::KubenetRouteLimit { nodes: 405 })
    );
    // 400 exactly is allowed.
    let r = evaluate(&plan(
        NetworkModel::Kubenet,
        &[(PoolField::NodeCount, "400"), (PoolField::MaxSurge, "0")],
        &[(In::C(ClusterField::PodCidr), "10.244.0.0/15")],
    ));
    assert!(
        !r.findings
            .iter()
            .any(|f| matches!(f.issue, Issue::KubenetRouteLimit { .. }))
    );

    // Windows pools and virtual nodes need Azure CNI.
    let mut p = plan(NetworkModel::Kubenet, &[], &[]);
    p.apply(Edit::AddPool);
    p.apply(Edit::Pool(1, PoolEdit::Os(OsType::Windows)));
    p.apply(Edit::Pool(1, PoolEdit::Text(PoolField::Name, "win".into())));
    p.apply(Edit::VirtualNodes(true));
    let r = evaluate(&p);
    assert!(
        r.at(At::Pool(1, PoolField::Os))
            .any(|f| f.issue == Issue::WindowsNeedsAzureCni)
    );
    // kubenet cannot run them, and the design has no ACI subnet either.
    assert_eq!(
        cluster_issues(&r, ClusterField::VirtualNodes),
        [
            Issue::Subnet(SubnetIssue::NoVirtualNodesSubnet),
            Issue::VirtualNodesNeedAzureCni
        ]
    );
    let kubenet = r
        .comparison
        .iter()
        .find(|m| m.model == NetworkModel::Kubenet)
        .unwrap();
    assert_eq!(
        kubenet.blockers,
        [Blocker::WindowsPools, Blocker::VirtualNodes]
    );
    assert_eq!(kubenet.fits(), Some(false));
}

#[test]
fn overlay_pod_cidr_capacity() {
    // A /16 pod CIDR: 256 nodes, surge included.
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[(PoolField::NodeCount, "233")],
        &[],
    ));
    // 233 + 24 surge = 257 nodes > 256 /24s. AKS counts the 233 without surge (59,648 of the
    // /16's 65,536, none reserved), so its check passes; the surge nodes' /24s do not fit.
    assert_eq!(
        cluster_issues(&r, ClusterField::PodCidr),
        [Issue::Subnet(SubnetIssue::PodCidrSurge {
            kubenet: false,
            cidr: "10.244.0.0/16".into(),
            checked: 59_648,
            needed: 65_792,
            available: 65_536,
            smallest: Some(15),
        })]
    );
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[(PoolField::NodeCount, "232")],
        &[],
    ));
    assert!(cluster_issues(&r, ClusterField::PodCidr).is_empty()); // 232 + 24 = 256
    // 256 nodes: AKS's 65,536 of 65,536 pass; 257 do not: 257 · 256 = 65,792 (283 /24s with the
    // 26 surge nodes need a /15).
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[(PoolField::NodeCount, "256")],
        &[],
    ));
    assert!(matches!(
        cluster_issues(&r, ClusterField::PodCidr).as_slice(),
        [Issue::Subnet(SubnetIssue::PodCidrSurge {
            checked: 65_536,
            needed: 72_192,
            ..
        })]
    ));
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[(PoolField::NodeCount, "257")],
        &[],
    ));
    let issues = cluster_issues(&r, ClusterField::PodCidr);
    assert_eq!(
        issues,
        [Issue::Subnet(SubnetIssue::PodCidrFull {
            kubenet: false,
            cidr: "10.244.0.0/16".into(),
            needed: 65_792,
            available: 65_536,
            smallest: Some(15),
            surge_only: false,
        })]
    );
    assert!(text::issue(&issues[0], Lang::En).contains(
        "Pre-allocated IPs 65792 exceeds IPs available 65536 in Subnet Cidr 10.244.0.0/16, Subnet Name networkProfile.podCIDR. If Autoscaler is enabled"
    ));
    // A /11 holds 8,192 /24s, but the cluster limit (5,000 on Standard) comes first.
    let mut p = plan(
        NetworkModel::Overlay,
        &[],
        &[(In::C(ClusterField::PodCidr), "10.128.0.0/11")],
    );
    p.apply(Edit::Tier(Tier::Standard));
    assert_eq!(evaluate(&p).network.capacity_nodes, Some(5000));
    p.apply(Edit::Tier(Tier::Free));
    assert_eq!(evaluate(&p).network.capacity_nodes, Some(1000));
}

#[test]
fn pod_subnet_models() {
    // Static: maxPods 30 → 2 blocks per node; 4 nodes at upgrade → 8 blocks of a /24's 14.
    let r = evaluate(&plan(
        NetworkModel::PodSubnetStatic,
        &[(PoolField::MaxPods, "30")],
        &[(In::PodSubnet, "10.225.0.0/24")],
    ));
    let pods = r.network.pod_space.unwrap();
    assert_eq!(
        (pods.kind, pods.needed.upgrade, pods.capacity),
        (PodSpaceKind::StaticBlocks, 8, Some(14))
    );
    assert_eq!(r.network.capacity_nodes, Some(7));
    // Dynamic, worst case: maxPods per node; 4 nodes × 250 = 1,000 IPs of a /24's 251.
    let r = evaluate(&plan(
        NetworkModel::PodSubnetDynamic,
        &[],
        &[(In::PodSubnet, "10.225.0.0/24")],
    ));
    // AKS does not check a pod subnet with InsufficientSubnetSize (rules-check A9 has only the
    // node subnet and the pod CIDR): the page's own words.
    let issues = subnet_issues(&r, 1);
    assert_eq!(
        issues,
        [Issue::Subnet(SubnetIssue::Overfull {
            name: "snet-aks-pods".into(),
            cidr: "10.225.0.0/24".into(),
            needed: 1000,
            usable: 251,
            smallest: Some(22),
            surge_only: false,
        })]
    );
    assert_eq!(
        text::issue(&issues[0], Lang::En),
        "snet-aks-pods (10.225.0.0/24) needs 1,000 addresses and holds 251. The smallest that fits is a /22."
    );
    // The pod subnet must sit in the VNet and apart from the node subnet.
    let r = evaluate(&plan(
        NetworkModel::PodSubnetDynamic,
        &[],
        &[(In::PodSubnet, "10.224.128.0/17")],
    ));
    assert_eq!(
        subnet_issues(&r, 1),
        [Issue::Subnet(SubnetIssue::Overlap {
            name: "snet-aks-pods".into(),
            cidr: "10.224.128.0/17".into(),
            other: "snet-aks-nodes".into(),
            other_cidr: "10.224.0.0/16".into(),
        })]
    );
    let r = evaluate(&plan(
        NetworkModel::PodSubnetDynamic,
        &[],
        &[(In::PodSubnet, "10.50.0.0/16")],
    ));
    assert_eq!(
        subnet_issues(&r, 1),
        [Issue::Subnet(SubnetIssue::OutsideVnet {
            name: "snet-aks-pods".into(),
            cidr: "10.50.0.0/16".into(),
        })]
    );
}

#[test]
fn surge_defaults_and_limits() {
    // 10 % of 25 → 3.
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[(PoolField::NodeCount, "25")],
        &[],
    ));
    assert_eq!(r.network.nodes.upgrade, 28);
    // 33 % of 3 → 1.
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[(PoolField::MaxSurge, "33%")],
        &[],
    ));
    assert_eq!(r.network.nodes.upgrade, 4);
    // Before 1.28 the default is one node.
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[
            (PoolField::NodeCount, "25"),
            (PoolField::KubernetesVersion, "1.27"),
        ],
        &[],
    ));
    assert_eq!(r.network.nodes.upgrade, 26);
    // A pool of 950 at 10 % → 1,045 during an upgrade.
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[(PoolField::NodeCount, "950")],
        &[(In::C(ClusterField::PodCidr), "10.128.0.0/12")],
    ));
    assert!(r.at(At::Pool(0, PoolField::MaxSurge)).any(|f| f.issue
        == Issue::PoolLimitWithSurge {
            nodes: 1045,
            surge: 95
        }));
    // … and, only with its surge nodes, the Free tier's 1,000 nodes per cluster: a warning.
    assert!(
        cluster_issues(&r, ClusterField::Tier).contains(&Issue::ClusterNodeLimit {
            nodes: 1045,
            limit: 1000,
            surge: true
        })
    );
    // Bad surge.
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[(PoolField::MaxSurge, "150%")],
        &[],
    ));
    assert_eq!(
        r.at(At::Pool(0, PoolField::MaxSurge))
            .map(|f| f.issue.clone())
            .collect::<Vec<_>>(),
        [Issue::SurgeTooLarge("150%".into())]
    );
    assert_eq!(r.network.nodes.upgrade, 4); // the default is used meanwhile
}

#[test]
fn address_validation() {
    // 172.16.0.0/12 contains 172.30/16 and 172.31/16.
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[],
        &[(In::C(ClusterField::PodCidr), "172.16.0.0/12")],
    ));
    assert_eq!(
        cluster_issues(&r, ClusterField::PodCidr),
        [
            Issue::ForbiddenRange {
                range: "172.16.0.0/12".into(),
                reserved: "172.30.0.0/16"
            },
            Issue::ForbiddenRange {
                range: "172.16.0.0/12".into(),
                reserved: "172.31.0.0/16"
            },
            // 2026-12: the /12 holds 4,096 nodes, the tier 1,000: 250,000 pods, not multiplied
            // past overlay's 200,000.
            Issue::PodsNotMultiplied {
                pods: 250_000,
                limit: 200_000
            },
        ]
    );
    // DNS on the first address (kubernetes.default) and on the network address.
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[],
        &[(In::C(ClusterField::DnsServiceIp), "10.0.0.1")],
    ));
    assert_eq!(
        cluster_issues(&r, ClusterField::DnsServiceIp),
        [Issue::DnsReserved {
            ip: "10.0.0.1".into(),
            slot: crate::evaluate::finding::DnsSlot::First
        }]
    );
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[],
        &[(In::C(ClusterField::DnsServiceIp), "10.0.0.0")],
    ));
    assert_eq!(
        cluster_issues(&r, ClusterField::DnsServiceIp),
        [Issue::DnsReserved {
            ip: "10.0.0.0".into(),
            slot: crate::evaluate::finding::DnsSlot::Network
        }]
    );
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[],
        &[(In::C(ClusterField::DnsServiceIp), "10.1.0.10")],
    ));
    assert_eq!(
        cluster_issues(&r, ClusterField::DnsServiceIp),
        [Issue::DnsOutsideService {
            ip: "10.1.0.10".into(),
            cidr: "10.0.0.0/16".into()
        }]
    );
    // Host bits: the normalised network is named, and used meanwhile.
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[],
        &[(In::NodeSubnet, "10.224.0.1/24")],
    ));
    assert_eq!(
        subnet_issues(&r, 0),
        [Issue::Address(AddressError::HostBits {
            typed: "10.224.0.1/24".into(),
            network: "10.224.0.0/24".into()
        })]
    );
    assert_eq!(
        text::issue(&subnet_issues(&r, 0)[0], Lang::En),
        "10.224.0.1/24 has host bits set; did you mean 10.224.0.0/24?"
    );
    assert_eq!(node_subnet(&r).usable, 251);
    // An on-premises 10.0.0.0/8: the pod CIDR overlap is reported with both ranges.
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[],
        &[(In::C(ClusterField::ListedRanges), "10.0.0.0/8")],
    ));
    let pod = cluster_issues(&r, ClusterField::PodCidr);
    assert_eq!(
        pod,
        [Issue::Overlap {
            range: "10.244.0.0/16".into(),
            role: Role::PodCidr,
            other: "10.0.0.0/8".into(),
            other_role: Role::Listed
        }]
    );
    let message = text::issue(&pod[0], Lang::En);
    assert!(
        message.contains("10.244.0.0/16") && message.contains("10.0.0.0/8"),
        "{message}"
    );
    assert!(
        r.at(At::Cluster(ClusterField::PodCidr))
            .all(|f| f.severity == Severity::Warning)
    );
    // Service CIDR: overlap with the VNet is an error; larger than /12 an error, /12 a warning.
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[],
        &[
            (In::C(ClusterField::ServiceCidr), "10.224.0.0/16"),
            (In::C(ClusterField::DnsServiceIp), "10.224.0.10"),
        ],
    ));
    assert!(
        cluster_issues(&r, ClusterField::ServiceCidr).contains(&Issue::Overlap {
            range: "10.224.0.0/16".into(),
            role: Role::ServiceCidr,
            other: "10.224.0.0/12".into(),
            other_role: Role::Vnet
        })
    );
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[],
        &[(In::C(ClusterField::ServiceCidr), "10.0.0.0/11")],
    ));
    assert!(
        cluster_issues(&r, ClusterField::ServiceCidr)
            .contains(&Issue::ServiceCidrTooLarge { prefix: 11 })
    );
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[],
        &[(In::C(ClusterField::ServiceCidr), "10.0.0.0/12")],
    ));
    assert_eq!(
        cluster_issues(&r, ClusterField::ServiceCidr),
        [Issue::ServiceCidrAt12]
    );
    assert_eq!(r.findings[0].severity, Severity::Warning);
    // Public space is warned; a subnet smaller than /29 and outside the VNet is refused.
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[],
        &[(In::C(ClusterField::PodCidr), "172.10.0.0/16")],
    ));
    assert_eq!(
        cluster_issues(&r, ClusterField::PodCidr),
        [Issue::NotPrivate {
            range: "172.10.0.0/16".into(),
            role: Role::PodCidr
        }]
    );
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[],
        &[(In::NodeSubnet, "10.224.0.0/30")],
    ));
    assert!(
        subnet_issues(&r, 0).contains(&Issue::Subnet(SubnetIssue::OutsideAzureSizes {
            cidr: "10.224.0.0/30".into()
        }))
    );
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[],
        &[(In::NodeSubnet, "10.10.0.0/24")],
    ));
    assert!(
        subnet_issues(&r, 0).contains(&Issue::Subnet(SubnetIssue::OutsideVnet {
            name: "snet-aks-nodes".into(),
            cidr: "10.10.0.0/24".into(),
        }))
    );
    // A pod CIDR smaller than a /24 holds no node.
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[],
        &[(In::C(ClusterField::PodCidr), "10.244.0.0/25")],
    ));
    assert!(
        cluster_issues(&r, ClusterField::PodCidr).contains(&Issue::PodCidrTooSmall {
            range: "10.244.0.0/25".into()
        })
    );
}

#[test]
fn dual_stack_rules() {
    let dual = [
        (
            In::C(ClusterField::PodCidr),
            "10.244.0.0/16,fd12:3456:789a::/64",
        ),
        (
            In::C(ClusterField::ServiceCidr),
            "10.0.0.0/16,fd12:3456:789a:1::/108",
        ),
    ];
    // Nodes get an IPv4 and an IPv6 address from their subnet: the VNet needs IPv6 space, and
    // the node subnet gets the VNet's first free /64.
    let r = evaluate(&plan(NetworkModel::Overlay, &[], &dual));
    assert_eq!(
        r.findings
            .iter()
            .map(|f| f.issue.clone())
            .collect::<Vec<_>>(),
        [Issue::Subnet(SubnetIssue::VnetNeedsIpv6)]
    );
    let with_v6 = [
        (In::C(ClusterField::Vnet), "10.224.0.0/12,fd00:a::/56"),
        dual[0],
        dual[1],
    ];
    let r = evaluate(&plan(NetworkModel::Overlay, &[], &with_v6));
    assert!(r.findings.is_empty(), "{:?}", r.findings);
    let v6 = r.design.subnets[0].v6.unwrap();
    assert_eq!(v6.to_string(), "fd00:a::/64");
    // Other models cannot; since 2026-12 static block can (and kubenet as a what-if).
    let r = evaluate(&plan(NetworkModel::NodeSubnet, &[], &dual));
    assert_eq!(
        cluster_issues(&r, ClusterField::ServiceCidr),
        [Issue::DualStackNeedsOverlay]
    );
    for m in &r.comparison {
        let can = matches!(
            m.model,
            NetworkModel::Overlay | NetworkModel::PodSubnetStatic | NetworkModel::Kubenet
        );
        assert_eq!(
            m.blockers.contains(&Blocker::DualStack),
            !can,
            "{:?}",
            m.model
        );
    }
    // IPv6 service range no larger than /108.
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[],
        &[
            dual[0],
            (
                In::C(ClusterField::ServiceCidr),
                "10.0.0.0/16,fd12:3456:789a:1::/107",
            ),
        ],
    ));
    assert_eq!(
        cluster_issues(&r, ClusterField::ServiceCidr),
        [Issue::Ipv6ServiceTooLarge { prefix: 107 }]
    );
    // IPv6 in one range only, IPv6 alone, two IPv4.
    let r = evaluate(&plan(NetworkModel::Overlay, &[], &[dual[0]]));
    assert_eq!(
        cluster_issues(&r, ClusterField::ServiceCidr),
        [Issue::DualStackIncomplete]
    );
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[],
        &[
            (In::C(ClusterField::PodCidr), "fd12:3456:789a::/64"),
            dual[1],
        ],
    ));
    assert!(cluster_issues(&r, ClusterField::PodCidr).contains(&Issue::DualStackIncomplete));
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[],
        &[(In::C(ClusterField::PodCidr), "10.244.0.0/16 10.245.0.0/16")],
    ));
    assert_eq!(
        cluster_issues(&r, ClusterField::PodCidr),
        [Issue::TwoRangesOfAFamily]
    );
}

#[test]
fn limits_of_pods_and_vnet() {
    // Overlay: 1,000 nodes × 250 pods = 250,000 > 200,000.
    let mut p = plan(
        NetworkModel::Overlay,
        &[(PoolField::NodeCount, "800"), (PoolField::MaxSurge, "0")],
        &[(In::C(ClusterField::PodCidr), "10.128.0.0/12")],
    );
    p.apply(Edit::Tier(Tier::Standard));
    let r = evaluate(&p);
    // 800 × 250 = 200,000 exactly is allowed. 2026-12: the network's capacity (4,096 nodes of
    // the /12 × 250 = 1,024,000) is not multiplied out past 200,000.
    let capped = Issue::PodsNotMultiplied {
        pods: 1_024_000,
        limit: 200_000,
    };
    assert_eq!(
        cluster_issues(&r, ClusterField::PodCidr),
        core::slice::from_ref(&capped)
    );
    assert_eq!(r.network.capacity_pods, Some(200_000));
    p.apply(Edit::Pool(
        0,
        PoolEdit::Text(PoolField::NodeCount, "801".into()),
    ));
    let r = evaluate(&p);
    assert_eq!(
        cluster_issues(&r, ClusterField::PodCidr),
        [Issue::OverlayPodLimit { pods: 200_250 }, capped]
    );
    // Flat CNI: 2,200 nodes at 30 pods use 68,200 VNet IPs.
    let mut p = plan(
        NetworkModel::NodeSubnet,
        &[(PoolField::NodeCount, "1000"), (PoolField::MaxSurge, "0")],
        &[
            (In::NodeSubnet, "10.224.0.0/14"),
            (In::C(ClusterField::Vnet), "10.224.0.0/12"),
        ],
    );
    p.apply(Edit::Tier(Tier::Standard));
    p.apply(Edit::DuplicatePool(0));
    p.apply(Edit::DuplicatePool(0));
    p.apply(Edit::Pool(
        2,
        PoolEdit::Text(PoolField::NodeCount, "200".into()),
    ));
    let r = evaluate(&p);
    assert_eq!(
        cluster_issues(&r, ClusterField::Vnet),
        [Issue::VnetIpLimit { ips: 68_200 }]
    );
}

#[test]
fn comparison_of_models_for_the_same_pools() {
    let r = evaluate(&plan(
        NetworkModel::NodeSubnet,
        &[(PoolField::NodeCount, "10")],
        &[(In::NodeSubnet, "10.224.0.0/24")],
    ));
    let by = |m: NetworkModel| r.comparison.iter().find(|s| s.model == m).unwrap().clone();
    // Flat at its default 30 pods: (10 + 1 surge) · 31 = 341 > 251.
    let flat = by(NetworkModel::NodeSubnet);
    assert_eq!(
        (flat.node_ips, flat.smallest_node, flat.fits()),
        (341, Some(23), Some(false))
    );
    // Overlay: 11 node IPs, 11 /24s of the /16.
    let overlay = by(NetworkModel::Overlay);
    assert_eq!(
        (
            overlay.node_ips,
            overlay.pod_needed,
            overlay.pod_capacity,
            overlay.fits()
        ),
        (11, 11, Some(256), Some(true))
    );
    assert_eq!(overlay.capacity_nodes, Some(251));
    // Static blocks at 250 pods: 16 blocks per node.
    // Static blocks at 250 pods: 16 blocks per node, in the pod subnet a switch to the model
    // adds: 10.225.0.0/16 in the default VNet, 4,094 blocks.
    let stat = by(NetworkModel::PodSubnetStatic);
    assert_eq!(
        (stat.pod_needed, stat.pod_capacity, stat.fits()),
        (176, Some(4094), Some(true))
    );
    assert_eq!(stat.smallest_pod, Some(20));
    // In another VNet that subnet is placed by the layout: 176 blocks need a /20 (254), and the
    // /16 has one free beside the /24 node subnet.
    let r = evaluate(&plan(
        NetworkModel::NodeSubnet,
        &[(PoolField::NodeCount, "10")],
        &[
            (In::C(ClusterField::Vnet), "10.30.0.0/16"),
            (In::NodeSubnet, "10.30.0.0/24"),
        ],
    ));
    let stat = r
        .comparison
        .iter()
        .find(|s| s.model == NetworkModel::PodSubnetStatic)
        .unwrap();
    assert_eq!((stat.pod_capacity, stat.fits()), (Some(254), Some(true)));
    assert_eq!(r.comparison.len(), 5);
}

#[test]
fn node_subnet_layout_adds_up() {
    let r = evaluate(&plan(
        NetworkModel::NodeSubnet,
        &[(PoolField::NodeCount, "5")],
        &[
            (In::NodeSubnet, "10.224.0.0/24"),
            (In::C(ClusterField::InternalLbs), "2"),
        ],
    ));
    let parts: Vec<(Part, u128)> = r.network.layout.iter().map(|s| (s.part, s.ips)).collect();
    // 5 nodes, 1 surge, 6 × 30 pods, 2 LBs, 5 reserved of 256 → 58 free.
    assert_eq!(
        parts,
        [
            (Part::Reserved, 5),
            (Part::Nodes, 5),
            (Part::Surge, 1),
            (Part::Pods, 180),
            (Part::Other, 2),
            (Part::Free, 63)
        ]
    );
    assert_eq!(parts.iter().map(|p| p.1).sum::<u128>(), 256);
    let total: u64 = r.network.layout.iter().map(|s| s.permille).sum();
    assert!((995..=1000).contains(&total), "{total}");
}

#[test]
fn bad_network_input_is_reported_at_its_field_and_the_rest_is_computed() {
    let cases: [(In, &str, Issue); 9] = [
        (
            In::C(ClusterField::Vnet),
            "abc",
            Issue::Address(AddressError::NotCidr("abc".into())),
        ),
        (
            In::NodeSubnet,
            "10.224.0/24",
            Issue::Address(AddressError::NotCidr("10.224.0/24".into())),
        ),
        (
            In::C(ClusterField::PodCidr),
            "10.244.0.0/33",
            Issue::Address(AddressError::NotCidr("10.244.0.0/33".into())),
        ),
        (
            In::C(ClusterField::ServiceCidr),
            "10.0.0.0/16/1",
            Issue::Address(AddressError::NotCidr("10.0.0.0/16/1".into())),
        ),
        (
            In::C(ClusterField::DnsServiceIp),
            "10.0.0.256",
            Issue::Address(AddressError::NotAddress("10.0.0.256".into())),
        ),
        (
            In::C(ClusterField::ListedRanges),
            "10.0.0.0/8, nope",
            Issue::Address(AddressError::NotCidr("nope".into())),
        ),
        (
            In::C(ClusterField::InternalLbs),
            "-1",
            Issue::Input(crate::plan::quantity::InputError::Negative("-1".into())),
        ),
        (
            In::C(ClusterField::PrivateEndpoints),
            "abc",
            Issue::Input(crate::plan::quantity::InputError::NotANumber("abc".into())),
        ),
        (
            In::C(ClusterField::OtherIps),
            "1.5",
            Issue::Input(crate::plan::quantity::InputError::NotWhole("1.5".into())),
        ),
    ];
    for (field, value, expected) in cases {
        let r = evaluate(&plan(NetworkModel::Overlay, &[], &[(field, value)]));
        assert!(
            issues_at(&r, field).contains(&expected),
            "{field:?}={value:?}: {:?}",
            r.findings
        );
        // Node figures and the network's other figures are still there.
        assert_eq!(
            r.pools[0].node.unwrap().cpu.allocatable_m,
            3860,
            "{field:?}"
        );
        assert_eq!(r.network.nodes.upgrade, 4, "{field:?}");
        assert_eq!(r.comparison.len(), 5);
    }
    // Pod subnet input is only checked where the model uses it.
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[],
        &[(In::PodSubnet, "junk")],
    ));
    assert!(r.findings.is_empty());
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[],
        &[(In::PodSubnet, "192.168.0.0/30")],
    ));
    assert!(r.findings.is_empty());
    let r = evaluate(&plan(
        NetworkModel::NodeSubnet,
        &[],
        &[(In::C(ClusterField::PodCidr), "172.16.0.0/12")],
    ));
    assert!(r.findings.is_empty());
    let r = evaluate(&plan(
        NetworkModel::PodSubnetStatic,
        &[],
        &[(In::PodSubnet, "junk")],
    ));
    assert_eq!(
        subnet_issues(&r, 1),
        [Issue::Address(AddressError::NotCidr("junk".into()))]
    );
}

#[test]
fn extreme_network_input_never_panics() {
    let mut p = plan(
        NetworkModel::NodeSubnet,
        &[
            (PoolField::NodeCount, "1000000000"),
            (PoolField::MaxPods, "1000000000"),
            (PoolField::MaxSurge, "100%"),
        ],
        &[
            (In::C(ClusterField::Vnet), "0.0.0.0/0, ::/0"),
            (In::NodeSubnet, "0.0.0.0/0"),
            (In::C(ClusterField::PodCidr), "0.0.0.0/0,::/0"),
            (In::C(ClusterField::ServiceCidr), "::/0"),
            (In::C(ClusterField::DnsServiceIp), "::"),
            (In::C(ClusterField::OtherIps), "1000000000"),
        ],
    );
    for model in NetworkModel::ALL {
        p.apply(Edit::Network(model));
        let r = evaluate(&p);
        assert!(r.has_errors());
    }
}

#[test]
fn dns_service_ip_family_and_last_address() {
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[],
        &[(In::C(ClusterField::DnsServiceIp), "10.0.255.255")],
    ));
    assert_eq!(
        cluster_issues(&r, ClusterField::DnsServiceIp),
        [Issue::DnsReserved {
            ip: "10.0.255.255".into(),
            slot: crate::evaluate::finding::DnsSlot::Broadcast
        }]
    );
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[],
        &[(In::C(ClusterField::DnsServiceIp), "10.0.255.254")],
    ));
    assert!(cluster_issues(&r, ClusterField::DnsServiceIp).is_empty());
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[],
        &[(In::C(ClusterField::DnsServiceIp), "fd00::10")],
    ));
    assert_eq!(
        cluster_issues(&r, ClusterField::DnsServiceIp),
        [Issue::DnsOutsideService {
            ip: "fd00::10".into(),
            cidr: "10.0.0.0/16".into()
        }]
    );
}

#[test]
fn more_nodes_count_the_surge_they_bring() {
    // A /27 (27 usable), 10 nodes at 10 % surge: 24 nodes + 3 surge = 27 fit, 25 + 3 do not.
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[(PoolField::NodeCount, "10")],
        &[(In::NodeSubnet, "10.224.0.0/27")],
    ));
    assert_eq!(r.network.more_nodes, [Some(14)]);
    let at = |n: &str| {
        evaluate(&plan(
            NetworkModel::Overlay,
            &[(PoolField::NodeCount, n)],
            &[(In::NodeSubnet, "10.224.0.0/27")],
        ))
    };
    assert!(subnet_issues(&at("24"), 0).is_empty());
    assert!(!subnet_issues(&at("25"), 0).is_empty());
    assert_eq!(at("24").network.more_nodes, [Some(0)]);
}

#[test]
fn cilium_needs_azure_cni_and_linux() {
    let mut p = plan(NetworkModel::Kubenet, &[], &[]);
    p.apply(Edit::Dataplane(crate::plan::Dataplane::Cilium));
    let r = evaluate(&p);
    assert_eq!(
        cluster_issues(&r, ClusterField::Dataplane),
        [Issue::CiliumNeedsAzureCni]
    );
    let kubenet = r
        .comparison
        .iter()
        .find(|m| m.model == NetworkModel::Kubenet)
        .unwrap();
    assert!(kubenet.blockers.contains(&Blocker::Cilium));
    let mut p = plan(NetworkModel::Overlay, &[], &[]);
    p.apply(Edit::Dataplane(crate::plan::Dataplane::Cilium));
    p.apply(Edit::AddPool);
    p.apply(Edit::Pool(1, PoolEdit::Os(OsType::Windows)));
    p.apply(Edit::Pool(1, PoolEdit::Text(PoolField::Name, "win".into())));
    let r = evaluate(&p);
    assert!(
        r.at(At::Pool(1, PoolField::Os))
            .any(|f| f.issue == Issue::CiliumNoWindows)
    );
    assert!(cluster_issues(&r, ClusterField::Dataplane).is_empty());
}

#[test]
fn rules_the_review_asked_for() {
    // A public overlay pod CIDR: an error until 2026-11; since 2026-12 (§4c: "Azure doesn't
    // block the use of public IP ranges, they're outside Microsoft's support scope") a warning.
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[],
        &[(In::C(ClusterField::PodCidr), "20.0.0.0/16")],
    ));
    assert_eq!(
        r.at(At::Cluster(ClusterField::PodCidr))
            .next()
            .unwrap()
            .severity,
        Severity::Warning
    );
    // The dynamic pod subnet's default maxPods carries its docs conflict.
    let r = evaluate(&plan(NetworkModel::PodSubnetDynamic, &[], &[]));
    assert_eq!(
        r.at(At::Pool(0, PoolField::MaxPods))
            .map(|f| f.issue.clone())
            .collect::<Vec<_>>(),
        [Issue::DynamicDefaultMaxPods]
    );
    let r = evaluate(&plan(
        NetworkModel::PodSubnetDynamic,
        &[(PoolField::MaxPods, "110")],
        &[],
    ));
    assert!(r.at(At::Pool(0, PoolField::MaxPods)).next().is_none());
    // 300 inbound load-balancing rules per node NIC, one at least per LoadBalancer service.
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[],
        &[(In::C(ClusterField::InternalLbs), "301")],
    ));
    assert_eq!(
        cluster_issues(&r, ClusterField::InternalLbs),
        [Issue::TooManyLoadBalancers {
            internal: 301,
            public: 0
        }]
    );
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[],
        &[(In::C(ClusterField::InternalLbs), "300")],
    ));
    assert!(cluster_issues(&r, ClusterField::InternalLbs).is_empty());
    // An IPv6 prefix alone is named as such, not as "smaller than /29".
    let r = evaluate(&plan(
        NetworkModel::Overlay,
        &[],
        &[(In::NodeSubnet, "fd00::/64")],
    ));
    assert!(subnet_issues(&r, 0).contains(&Issue::Subnet(SubnetIssue::Ipv6Only)));
    // No pools at all.
    let r = evaluate(&Plan {
        pools: Vec::new(),
        ..Plan::default()
    });
    assert_eq!(
        r.findings
            .iter()
            .map(|f| f.issue.clone())
            .collect::<Vec<_>>(),
        [Issue::NoSystemPool]
    );
    // A user pool that scales to zero may have maxPods below 30.
    let mut p = plan(NetworkModel::Overlay, &[], &[]);
    p.apply(Edit::AddPool);
    p.apply(Edit::Pool(
        1,
        PoolEdit::Text(PoolField::NodeCount, "0".into()),
    ));
    p.apply(Edit::Pool(
        1,
        PoolEdit::Text(PoolField::MaxPods, "10".into()),
    ));
    assert!(
        evaluate(&p)
            .at(At::Pool(1, PoolField::MaxPods))
            .next()
            .is_none()
    );
    // The node limit is an error once scaled out.
    let mut p = plan(
        NetworkModel::Overlay,
        &[(PoolField::NodeCount, "600")],
        &[(In::C(ClusterField::PodCidr), "10.128.0.0/12")],
    );
    p.apply(Edit::DuplicatePool(0));
    let r = evaluate(&p);
    let f = r.at(At::Cluster(ClusterField::Tier)).next().unwrap();
    assert_eq!(
        (f.severity, &f.issue),
        (
            Severity::Error,
            &Issue::ClusterNodeLimit {
                nodes: 1200,
                limit: 1000,
                surge: false
            }
        )
    );
}
