//! The VNet design through `evaluate` (aks-rules §4, §8): AKS's check per subnet with the numbers
//! worked out by hand in each test, the rules of each purpose, the layout of auto subnets, and
//! bad input at the right field.

use super::*;
use crate::evaluate::finding::{Role, SubnetIssue};
use crate::evaluate::report::MapItem;
use crate::plan::edit::{Edit, PoolEdit, SubnetEdit};
use crate::plan::field::{PoolField, SubnetField};
use crate::plan::{NetworkModel, PoolMode, Subnet};
use crate::rules::subnet::Purpose;
use crate::text::{self, Lang};
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;

fn subnet(name: &str, prefix: &str, purpose: Purpose) -> Subnet {
    Subnet {
        name: name.into(),
        prefix: prefix.into(),
        purpose,
        ips: String::new(),
    }
}

/// A plan of `model` in `vnet` with these subnets and the default system pool.
fn design(model: NetworkModel, vnet: &str, subnets: Vec<Subnet>) -> Plan {
    let mut plan = Plan::default();
    plan.apply(Edit::Network(model));
    plan.cluster.vnet = vnet.into();
    plan.cluster.subnets = subnets;
    plan
}

fn pool(plan: &mut Plan, index: usize, fields: &[(PoolField, &str)]) {
    while plan.pools.len() <= index {
        plan.apply(Edit::AddPool);
    }
    for (field, value) in fields {
        plan.apply(Edit::Pool(index, PoolEdit::Text(*field, value.to_string())));
    }
}

fn at(report: &Report, at: At) -> Vec<Issue> {
    report.at(at).map(|f| f.issue.clone()).collect()
}

fn prefix_issues(report: &Report, index: usize) -> Vec<Issue> {
    at(report, At::Subnet(index, SubnetField::Prefix))
}

fn net(report: &Report, index: usize) -> String {
    report.design.subnets[index]
        .net
        .map(|n| n.to_string())
        .unwrap_or_default()
}

#[test]
fn two_pools_share_one_node_subnet_and_aks_sums_them() {
    // Azure CNI node subnet: 10 + 5 nodes at maxPods 30, surge 10 % (1 node each):
    // (10 + 1) · 31 + (5 + 1) · 31 = 341 + 186 = 527 IPs, more than a /24's 251; a /22 (1,019)
    // is the smallest that holds them (a /23 holds 507).
    let mut p = design(
        NetworkModel::NodeSubnet,
        "10.10.0.0/16",
        vec![subnet("aks-nodes", "10.10.0.0/24", Purpose::Nodes)],
    );
    pool(&mut p, 0, &[(PoolField::NodeCount, "10")]);
    pool(&mut p, 1, &[(PoolField::NodeCount, "5")]);
    let r = evaluate(&p);
    let s = &r.design.subnets[0];
    assert_eq!(s.node_pools, [0, 1]);
    assert_eq!((s.need.now, s.need.scaled, s.need.upgrade), (465, 465, 527));
    assert_eq!((s.capacity, s.smallest), (Some(251), Some(22)));
    let issues = prefix_issues(&r, 0);
    assert_eq!(
        issues,
        [Issue::Subnet(SubnetIssue::Full {
            name: "aks-nodes".into(),
            cidr: "10.10.0.0/24".into(),
            needed: 527,
            usable: 251,
            smallest: Some(22),
            surge_only: false,
        })]
    );
    assert!(text::issue(&issues[0], Lang::En).contains(
        "Pre-allocated IPs 527 exceeds IPs available 251 in Subnet Cidr 10.10.0.0/24, Subnet Name aks-nodes."
    ));

    // The same pools in two subnets: each is checked on its own. The first pool's 341 IPs need
    // a /23; the second's 186 fit a /24 with 65 to spare.
    p.cluster.subnets = vec![
        subnet("aks-system", "10.10.0.0/24", Purpose::Nodes),
        subnet("aks-user", "10.10.1.0/24", Purpose::Nodes),
    ];
    p.pools[1].vnet_subnet = "aks-user".into();
    let r = evaluate(&p);
    assert_eq!(r.design.node_subnet_of, [Some(0), Some(1)]);
    let (a, b) = (&r.design.subnets[0], &r.design.subnets[1]);
    assert_eq!(
        (a.need.upgrade, a.smallest, a.fits()),
        (341, Some(23), Some(false))
    );
    assert_eq!(
        (b.need.upgrade, b.headroom(), b.fits()),
        (186, Some(65), Some(true))
    );
    assert!(matches!(
        prefix_issues(&r, 0).as_slice(),
        [Issue::Subnet(SubnetIssue::Full { needed: 341, .. })]
    ));
    assert!(prefix_issues(&r, 1).is_empty());
    // How many more nodes each pool's subnet takes: none for the first; the second has 65 IPs,
    // two more nodes (62) with no extra surge node (10 % of 7 rounds up to 1, as for 5).
    assert_eq!(r.network.more_nodes, [Some(0), Some(2)]);
}

#[test]
fn aks_sentence_only_where_aks_checks_and_with_its_number() {
    // A private-endpoint subnet of a /27 (27 usable) with 30 endpoints: AKS never checks it,
    // so no InsufficientSubnetSize; the page says it in its own words.
    let mut p = design(
        NetworkModel::Overlay,
        "10.0.0.0/16",
        vec![
            subnet("aks", "10.0.0.0/24", Purpose::Nodes),
            subnet("pe", "10.0.1.0/27", Purpose::PrivateEndpoints),
            subnet("api", "10.0.2.0/29", Purpose::ApiServer),
            subnet("aci", "10.0.4.0/24", Purpose::VirtualNodes),
        ],
    );
    p.cluster.service_cidr = "172.16.0.0/16".into();
    p.cluster.dns_service_ip = "172.16.0.10".into();
    p.cluster.subnets[1].ips = "30".into();
    p.cluster.subnets[3].ips = "252".into();
    p.apply(Edit::ApiServerVnetIntegration(true));
    p.apply(Edit::VirtualNodes(true));
    let r = evaluate(&p);
    let pe = prefix_issues(&r, 1);
    assert_eq!(
        pe,
        [Issue::Subnet(SubnetIssue::Overfull {
            name: "pe".into(),
            cidr: "10.0.1.0/27".into(),
            needed: 30,
            usable: 27,
            smallest: Some(26),
            surge_only: false,
        })]
    );
    assert_eq!(
        text::issue(&pe[0], Lang::En),
        "pe (10.0.1.0/27) needs 30 addresses and holds 27. The smallest that fits is a /26."
    );
    assert_eq!(
        text::issue(&pe[0], Lang::Ja),
        "pe(10.0.1.0/27)には 30 個のアドレスが必要ですが、使えるのは 27 個です。収まる最小のサイズは /26 です。"
    );
    // The API server's 9 addresses in a /29 (3 usable), and 252 ACI pods in a /24 (251).
    assert!(
        prefix_issues(&r, 2).contains(&Issue::Subnet(SubnetIssue::Overfull {
            name: "api".into(),
            cidr: "10.0.2.0/29".into(),
            needed: 9,
            usable: 3,
            smallest: Some(28),
            surge_only: false,
        }))
    );
    assert_eq!(
        prefix_issues(&r, 3),
        [Issue::Subnet(SubnetIssue::Overfull {
            name: "aci".into(),
            cidr: "10.0.4.0/24".into(),
            needed: 252,
            usable: 251,
            smallest: Some(23),
            surge_only: false,
        })]
    );
    for f in &r.findings {
        let en = text::issue(&f.issue, Lang::En);
        assert!(!en.contains("Pre-allocated"), "{en}");
    }
    // 251 ACI pods fit the /24 exactly.
    p.cluster.subnets[3].ips = "251".into();
    assert!(prefix_issues(&evaluate(&p), 3).is_empty());
}

#[test]
fn a_node_subnet_is_checked_as_aks_does_without_the_other_addresses() {
    // Azure CNI node subnet, 7 nodes at 30 pods: (7 + 1 surge) · 31 = 248 of a /24's 251.
    // Internal load-balancer frontends go to the same subnet, but AKS does not count them.
    let mut p = design(
        NetworkModel::NodeSubnet,
        "10.0.0.0/16",
        vec![subnet("aks", "10.0.0.0/24", Purpose::Nodes)],
    );
    p.cluster.service_cidr = "172.16.0.0/16".into();
    p.cluster.dns_service_ip = "172.16.0.10".into();
    pool(&mut p, 0, &[(PoolField::NodeCount, "7")]);
    // 3 frontends: 251, exactly full.
    p.apply(Edit::ClusterText(ClusterField::InternalLbs, "3".into()));
    let r = evaluate(&p);
    assert_eq!(r.design.subnets[0].need.upgrade, 251);
    assert!(prefix_issues(&r, 0).is_empty());
    // 4 frontends: 252. AKS's check passes (248), the subnet runs out once they are added.
    p.apply(Edit::ClusterText(ClusterField::InternalLbs, "4".into()));
    let r = evaluate(&p);
    let issues = prefix_issues(&r, 0);
    assert_eq!(
        issues,
        [Issue::Subnet(SubnetIssue::FullWithOthers {
            name: "aks".into(),
            cidr: "10.0.0.0/24".into(),
            pools: 248,
            other: 4,
            usable: 251,
            smallest: Some(23),
        })]
    );
    assert_eq!(
        r.at(At::Subnet(0, SubnetField::Prefix))
            .next()
            .unwrap()
            .severity,
        Severity::Warning
    );
    assert_eq!(
        text::issue(&issues[0], Lang::En),
        "AKS's check passes: the pools in aks (10.0.0.0/24) need 248 of its 251 addresses (AKS counts only the pools). But the 4 other addresses planned in it (internal load-balancer frontends, private endpoints, other IPs) bring it to 252: the subnet will run out once they are added. The smallest that fits is a /23."
    );
    // 8 nodes: (8 + 1) · 31 = 279 > 251, AKS's own refusal with AKS's number, 279, not the 283
    // with the frontends; without the surge node the pools' 248 would fit.
    pool(&mut p, 0, &[(PoolField::NodeCount, "8")]);
    let r = evaluate(&p);
    assert_eq!(r.design.subnets[0].need.upgrade, 283);
    let issues = prefix_issues(&r, 0);
    assert_eq!(
        issues,
        [Issue::Subnet(SubnetIssue::Full {
            name: "aks".into(),
            cidr: "10.0.0.0/24".into(),
            needed: 279,
            usable: 251,
            smallest: Some(23),
            surge_only: true,
        })]
    );
    assert!(text::issue(&issues[0], Lang::En).contains(
        "“Pre-allocated IPs 279 exceeds IPs available 251 in Subnet Cidr 10.0.0.0/24, Subnet Name aks.”"
    ));
    // A node subnet no pool uses is not checked by AKS either: VMs only, in the page's words.
    p.cluster
        .subnets
        .push(subnet("vms", "10.0.1.0/28", Purpose::Nodes));
    p.cluster.subnets[1].ips = "12".into();
    let r = evaluate(&p);
    assert!(
        prefix_issues(&r, 1).contains(&Issue::Subnet(SubnetIssue::Overfull {
            name: "vms".into(),
            cidr: "10.0.1.0/28".into(),
            needed: 12,
            usable: 11,
            smallest: Some(27),
            surge_only: false,
        }))
    );
}

#[test]
fn the_overlay_pod_cidr_is_checked_at_256_addresses_per_node() {
    // The issue's case: 5 nodes in a /22 pod CIDR. AKS counts each node at 256 addresses, none
    // reserved, without the surge node (derived, rules-check A9b): 5 · 256 = 1,280 > 1,024, as in
    // AKS-Construction#701. The smallest that also holds the upgrade's surge node (6 /24s) is a
    // /21.
    let mut p = design(
        NetworkModel::Overlay,
        "10.0.0.0/16",
        vec![subnet("aks", "10.0.0.0/24", Purpose::Nodes)],
    );
    p.cluster.pod_cidr = "10.240.100.0/22".into();
    p.cluster.service_cidr = "172.16.0.0/16".into();
    p.cluster.dns_service_ip = "172.16.0.10".into();
    pool(&mut p, 0, &[(PoolField::NodeCount, "5")]);
    let r = evaluate(&p);
    let issues = at(&r, At::Cluster(ClusterField::PodCidr));
    assert_eq!(
        issues,
        [Issue::Subnet(SubnetIssue::PodCidrFull {
            kubenet: false,
            cidr: "10.240.100.0/22".into(),
            needed: 1280,
            available: 1024,
            smallest: Some(21),
            surge_only: false,
        })]
    );
    assert_eq!(
        text::issue(&issues[0], Lang::En),
        "AKS will refuse this (InsufficientSubnetSize): “Pre-allocated IPs 1280 exceeds IPs available 1024 in Subnet Cidr 10.240.100.0/22, Subnet Name networkProfile.podCIDR. If Autoscaler is enabled, the max-count from each nodepool is counted towards this total (which means that pre-allocated IPs count represents a theoretical max value, not the actual number of IPs requested). http://aka.ms/aks/insufficientsubnetsize” AKS counts each pool at its count, or its autoscaler max-count, without surge nodes (derived: AKS's message and its release notes name only max-count, and the 768 of AKS-Construction#357 is 3 × 256 for a pool of at most 3 nodes with maxSurge 33 %). The smallest that fits is a /21."
    );
    // 4 nodes: 1,024 of 1,024 pass AKS's check; the surge node's /24 does not fit (1,280).
    pool(&mut p, 0, &[(PoolField::NodeCount, "4")]);
    let r = evaluate(&p);
    let issues = at(&r, At::Cluster(ClusterField::PodCidr));
    assert_eq!(
        issues,
        [Issue::Subnet(SubnetIssue::PodCidrSurge {
            kubenet: false,
            cidr: "10.240.100.0/22".into(),
            checked: 1024,
            needed: 1280,
            available: 1024,
            smallest: Some(21),
        })]
    );
    let f = r.at(At::Cluster(ClusterField::PodCidr)).next().unwrap();
    assert_eq!(f.severity, Severity::Warning);
    assert!(!text::issue(&issues[0], Lang::En).contains("Pre-allocated"));
    // 3 nodes + 1 surge = 4 /24s: everything fits.
    pool(&mut p, 0, &[(PoolField::NodeCount, "3")]);
    assert!(at(&evaluate(&p), At::Cluster(ClusterField::PodCidr)).is_empty());
    // kubenet says it with its own code: 3 nodes in a /24 holding one, AKS-Construction#357's
    // numbers (768 of 256).
    p.apply(Edit::Network(NetworkModel::Kubenet));
    p.cluster.pod_cidr = "10.240.100.0/24".into();
    let r = evaluate(&p);
    let issues = at(&r, At::Cluster(ClusterField::PodCidr));
    assert_eq!(
        issues,
        [Issue::Subnet(SubnetIssue::PodCidrFull {
            kubenet: true,
            cidr: "10.240.100.0/24".into(),
            needed: 768,
            available: 256,
            smallest: Some(22),
            surge_only: false,
        })]
    );
    assert!(text::issue(&issues[0], Lang::En).starts_with(
        "AKS will refuse this (InsufficientPodCidr): “Pre-allocated IPs 768 exceeds IPs available 256 in Pod Cidr 10.240.100.0/24” AKS counts each pool"
    ));
    // One node fits the /24 as AKS counts it; its surge node does not.
    pool(&mut p, 0, &[(PoolField::NodeCount, "1")]);
    let r = evaluate(&p);
    assert_eq!(
        at(&r, At::Cluster(ClusterField::PodCidr)),
        [Issue::Subnet(SubnetIssue::PodCidrSurge {
            kubenet: true,
            cidr: "10.240.100.0/24".into(),
            checked: 256,
            needed: 512,
            available: 256,
            smallest: Some(23),
        })]
    );
}

#[test]
fn each_purpose_has_its_rules() {
    let base = || {
        let mut p = design(
            NetworkModel::Overlay,
            "10.20.0.0/16",
            vec![
                subnet("aks", "10.20.0.0/24", Purpose::Nodes),
                subnet("api", "10.20.1.0/29", Purpose::ApiServer),
                subnet("agc", "10.20.2.0/25", Purpose::AppGatewayForContainers),
            ],
        );
        p.apply(Edit::ApiServerVnetIntegration(true));
        p
    };
    // The API server subnet: /29 is refused, /28 accepted (AKS reserves 9 of its 11).
    let r = evaluate(&base());
    assert!(
        prefix_issues(&r, 1).contains(&Issue::Subnet(SubnetIssue::TooSmallForPurpose {
            cidr: "10.20.1.0/29".into(),
            purpose: Purpose::ApiServer,
            min_prefix: 28,
            hard: true,
        }))
    );
    assert_eq!(r.design.apiserver, Some(1));
    assert_eq!(r.design.subnets[1].need.upgrade, 9);
    // Application Gateway for Containers: 250 free addresses, a /24; a /25 is refused.
    assert!(
        prefix_issues(&r, 2).contains(&Issue::Subnet(SubnetIssue::TooSmallForPurpose {
            cidr: "10.20.2.0/25".into(),
            purpose: Purpose::AppGatewayForContainers,
            min_prefix: 24,
            hard: true,
        }))
    );
    let mut p = base();
    p.apply(Edit::Subnet(
        1,
        SubnetEdit::Text(SubnetField::Prefix, "10.20.1.0/28".into()),
    ));
    p.apply(Edit::Subnet(
        2,
        SubnetEdit::Text(SubnetField::Prefix, "10.20.2.0/24".into()),
    ));
    let r = evaluate(&p);
    assert!(
        r.findings.iter().all(|f| f.severity != Severity::Error),
        "{:?}",
        r.findings
    );
    // A pool in a delegated subnet is refused, naming the delegation.
    let mut p = base();
    p.pools[0].vnet_subnet = "api".into();
    let r = evaluate(&p);
    assert_eq!(
        at(&r, At::Pool(0, PoolField::VnetSubnet)),
        [Issue::Subnet(SubnetIssue::Delegated {
            name: "api".into(),
            delegation: "Microsoft.ContainerService/managedClusters",
        })]
    );
    // Azure's fixed names, both ways.
    let mut p = base();
    p.cluster
        .subnets
        .push(subnet("fw", "10.20.3.0/26", Purpose::AzureFirewall));
    p.cluster
        .subnets
        .push(subnet("GatewaySubnet", "10.20.4.0/27", Purpose::Other));
    let r = evaluate(&p);
    assert!(
        at(&r, At::Subnet(3, SubnetField::Name)).contains(&Issue::Subnet(
            SubnetIssue::NameRequired {
                purpose: Purpose::AzureFirewall,
                name: "AzureFirewallSubnet"
            }
        ))
    );
    assert!(
        at(&r, At::Subnet(4, SubnetField::Purpose)).contains(&Issue::Subnet(
            SubnetIssue::NameReserved {
                name: "GatewaySubnet".into(),
                purpose: Purpose::Gateway
            }
        ))
    );
}

#[test]
fn application_gateway_v2_is_advised_a_slash_24() {
    // "A minimum subnet size of /24 is recommended" (rules-check A5): a /25 is a warning, a
    // /24 nothing; an auto one is sized a /24 however few addresses it needs.
    let mut p = design(
        NetworkModel::Overlay,
        "10.20.0.0/16",
        vec![
            subnet("aks", "10.20.0.0/24", Purpose::Nodes),
            subnet("appgw", "10.20.1.0/25", Purpose::ApplicationGateway),
            Subnet::auto("appgw2", Purpose::ApplicationGateway),
        ],
    );
    p.cluster.subnets[2].ips = "10".into();
    let r = evaluate(&p);
    let issue = Issue::Subnet(SubnetIssue::TooSmallForPurpose {
        cidr: "10.20.1.0/25".into(),
        purpose: Purpose::ApplicationGateway,
        min_prefix: 24,
        hard: false,
    });
    assert_eq!(prefix_issues(&r, 1), core::slice::from_ref(&issue));
    let f = r.at(At::Subnet(1, SubnetField::Prefix)).next().unwrap();
    assert_eq!(f.severity, Severity::Warning);
    assert_eq!(
        text::issue(&issue, Lang::En),
        "10.20.1.0/25 is smaller than the /24 recommended for Application Gateway v2."
    );
    assert_eq!(r.design.subnets[2].wanted, Some(24));
    assert_eq!(net(&r, 2), "10.20.2.0/24");
    p.cluster.subnets[1].prefix = "10.20.1.0/24".into();
    assert!(prefix_issues(&evaluate(&p), 1).is_empty());
}

#[test]
fn overlaps_name_both_ranges_and_subnets_stay_in_the_vnet() {
    let p = design(
        NetworkModel::Overlay,
        "10.20.0.0/16",
        vec![
            subnet("aks", "10.20.0.0/23", Purpose::Nodes),
            subnet("pe", "10.20.1.0/24", Purpose::PrivateEndpoints),
            subnet("far", "10.99.0.0/24", Purpose::Other),
        ],
    );
    let r = evaluate(&p);
    assert_eq!(
        prefix_issues(&r, 1),
        [Issue::Subnet(SubnetIssue::Overlap {
            name: "pe".into(),
            cidr: "10.20.1.0/24".into(),
            other: "aks".into(),
            other_cidr: "10.20.0.0/23".into(),
        })]
    );
    assert_eq!(
        prefix_issues(&r, 2),
        [Issue::Subnet(SubnetIssue::OutsideVnet {
            name: "far".into(),
            cidr: "10.99.0.0/24".into(),
        })]
    );
    let message = text::issue(&prefix_issues(&r, 1)[0], Lang::Ja);
    assert!(message.contains("pe(10.20.1.0/24)") && message.contains("aks(10.20.0.0/23)"));
    // A subnet on the service CIDR or a listed on-premises range names it too.
    let mut p = p;
    p.cluster.listed_ranges = "10.20.0.0/24".into();
    let r = evaluate(&p);
    assert!(
        prefix_issues(&r, 0).contains(&Issue::Subnet(SubnetIssue::OverlapsRange {
            name: "aks".into(),
            cidr: "10.20.0.0/23".into(),
            range: "10.20.0.0/24".into(),
            role: Role::Listed,
        }))
    );
}

/// The worked example of the issue: a /22 spoke with a system pool subnet, a user pool subnet,
/// an API-server subnet and a private-endpoint subnet, all auto, overlay.
fn spoke() -> Plan {
    let mut p = design(
        NetworkModel::Overlay,
        "10.20.0.0/22",
        vec![
            Subnet::auto("snet-system", Purpose::Nodes),
            Subnet::auto("snet-user", Purpose::Nodes),
            Subnet::auto("snet-apiserver", Purpose::ApiServer),
            Subnet::auto("snet-pe", Purpose::PrivateEndpoints),
        ],
    );
    p.cluster.subnets[3].ips = "20".into();
    p.apply(Edit::ApiServerVnetIntegration(true));
    pool(
        &mut p,
        1,
        &[(PoolField::Name, "user"), (PoolField::NodeCount, "20")],
    );
    p.apply(Edit::Pool(1, PoolEdit::Autoscale(true)));
    pool(&mut p, 1, &[(PoolField::MaxCount, "40")]);
    p.pools[1].vnet_subnet = "snet-user".into();
    p
}

#[test]
fn the_spoke_of_a_slash_22_laid_out_by_hand() {
    let r = evaluate(&spoke());
    assert!(
        r.findings.iter().all(|f| f.severity != Severity::Error),
        "{:?}",
        r.findings
    );
    let d = &r.design;
    // Needs: system 3 nodes + 1 surge = 4 IPs → /28 (a /29 has 3 usable); user 40 + 4 surge
    // = 44 → /26 (59); API server 9 → /28 (11); 20 endpoints → /27 (27).
    let wanted: Vec<Option<u8>> = d.subnets.iter().map(|s| s.wanted).collect();
    assert_eq!(wanted, [Some(28), Some(26), Some(28), Some(27)]);
    // Largest first at the lowest address: /26, /27, then the two /28s in the order listed.
    let placed: Vec<String> = (0..4).map(|i| net(&r, i)).collect();
    assert_eq!(
        placed,
        [
            "10.20.0.96/28",
            "10.20.0.0/26",
            "10.20.0.112/28",
            "10.20.0.64/27"
        ]
    );
    assert!(d.subnets.iter().all(|s| s.placed));
    let free: Vec<String> = d.free.iter().map(|n| n.to_string()).collect();
    assert_eq!(free, ["10.20.0.128/25", "10.20.1.0/24", "10.20.2.0/23"]);
    let next = |p: u8| {
        d.next_free
            .iter()
            .find(|(q, _)| *q == p)
            .and_then(|(_, n)| *n)
    };
    assert_eq!(next(24).map(|n| n.to_string()), Some("10.20.1.0/24".into()));
    assert_eq!(next(23).map(|n| n.to_string()), Some("10.20.2.0/23".into()));
    assert_eq!(next(22), None);
    // More clusters of this shape: each needs its own /26 and /28 (80 addresses); the API-server
    // and endpoint subnets are shared. 896 free addresses hold 11 such pairs at most (880), so
    // the free space alone would allow 12 clusters. But each cluster reserves at least 9
    // addresses in the shared API-server subnet (rules-check A1): its /28 has 11 usable, so it
    // holds one cluster, and it is what limits the count.
    assert_eq!(
        d.clusters,
        Some(ClusterFit {
            count: 1,
            at_least: false,
            limited_by: Some(2),
        })
    );
    assert_eq!(
        at(&r, At::Subnet(2, SubnetField::Prefix)),
        [Issue::Subnet(SubnetIssue::LimitsClusters {
            name: "snet-apiserver".into(),
            usable: 11,
            clusters: 1,
        })]
    );
    // The map of the /22, lowest address first, in tenths of a percent of its 1,024 addresses.
    let cells: Vec<(MapItem, u64, u64)> = d.map[0]
        .cells
        .iter()
        .map(|c| (c.item, c.start_permille, c.width_permille))
        .collect();
    let free_at = |s: &str| MapItem::Free(s.parse().unwrap());
    assert_eq!(
        cells,
        [
            (MapItem::Subnet(1), 0, 62),
            (MapItem::Subnet(3), 62, 31),
            (MapItem::Subnet(0), 93, 15),
            (MapItem::Subnet(2), 109, 15),
            (free_at("10.20.0.128/25"), 125, 125),
            (free_at("10.20.1.0/24"), 250, 250),
            (free_at("10.20.2.0/23"), 500, 500),
        ]
    );
    // "Fit into the VNet" writes the placed prefixes; they stay when the plan changes.
    let placed_edit: Vec<(usize, String)> = (0..4).map(|i| (i, net(&r, i))).collect();
    assert_eq!(d.placements, placed_edit);
    let mut fixed = spoke();
    fixed.apply(Edit::PlaceSubnets(placed_edit));
    assert!(fixed.cluster.subnets.iter().all(|s| !s.is_auto()));
    assert_eq!(evaluate(&fixed).design.subnets[1].net, d.subnets[1].net);
}

#[test]
fn the_shared_api_server_subnet_caps_the_clusters_of_a_shape() {
    // The spoke with its API-server subnet fixed at the top /24 of the /22: the auto /26 (user),
    // /27 (endpoints) and /28 (system) go to 10.20.0.0/26, .64/27 and .96/28. Free: .112/28,
    // .128/25, 10.20.1.0/24, 10.20.2.0/24. Each more cluster needs a /26 and a /28: from the
    // two /24s and the /25, ten /26s; k copies take k of them and leave 4 · (10 − k) /28s plus
    // the free one for the k /28s: 41 − 4k ≥ k → k = 8 more, 9 clusters. A /24 for the API
    // servers (251 usable, 27 clusters at 9 each) does not limit that.
    let with_api = |prefix: &str, ips: &str| {
        let mut p = spoke();
        p.cluster.subnets[2].prefix = prefix.into();
        p.cluster.subnets[2].ips = ips.into();
        evaluate(&p)
    };
    let r = with_api("10.20.3.0/24", "");
    assert_eq!(
        r.design.clusters,
        Some(ClusterFit {
            count: 9,
            at_least: false,
            limited_by: None
        })
    );
    assert!(prefix_issues(&r, 2).is_empty());
    // A /26 (59 usable): 6 clusters (54), not 7 (63).
    let r = with_api("10.20.3.0/26", "");
    assert_eq!(
        r.design.clusters.map(|c| (c.count, c.limited_by)),
        Some((6, Some(2)))
    );
    // A /27: 27 usable, exactly 3 · 9.
    let r = with_api("10.20.3.0/27", "");
    assert_eq!(
        r.design.clusters.map(|c| (c.count, c.limited_by)),
        Some((3, Some(2)))
    );
    let issues = prefix_issues(&r, 2);
    assert_eq!(
        issues,
        [Issue::Subnet(SubnetIssue::LimitsClusters {
            name: "snet-apiserver".into(),
            usable: 27,
            clusters: 3,
        })]
    );
    assert_eq!(
        text::issue(&issues[0], Lang::En),
        "snet-apiserver limits how many clusters of this shape the VNet holds: each cluster reserves at least 9 of its 27 usable addresses, so it holds the API servers of 3 (derived: the docs allow several clusters to share it but give no number)."
    );
    // One more address planned in it besides this cluster's 9: 26 left, 2 clusters.
    let r = with_api("10.20.3.0/27", "1");
    assert_eq!(
        r.design.clusters.map(|c| (c.count, c.limited_by)),
        Some((2, Some(2)))
    );
    // Without API Server VNet Integration the subnet is not the cluster's: no cap from it.
    let mut p = spoke();
    p.cluster.subnets[2].prefix = "10.20.3.0/27".into();
    p.apply(Edit::ApiServerVnetIntegration(false));
    let r = evaluate(&p);
    assert_eq!(r.design.clusters.map(|c| c.limited_by), Some(None));
    assert!(r.design.clusters.unwrap().count > 3);
}

#[test]
fn growth_sizes_auto_subnets_for_room_to_grow() {
    let mut p = spoke();
    p.cluster.growth = "2".into();
    let r = evaluate(&p);
    // ×2: system 8 → /28, user 88 → /25, API server 18 → /27, endpoints 40 → /26.
    let wanted: Vec<Option<u8>> = r.design.subnets.iter().map(|s| s.wanted).collect();
    assert_eq!(wanted, [Some(28), Some(25), Some(27), Some(26)]);
    p.cluster.growth = "half".into();
    let r = evaluate(&p);
    assert!(matches!(
        at(&r, At::Cluster(ClusterField::Growth)).as_slice(),
        [Issue::Subnet(SubnetIssue::BadGrowth(_))]
    ));
    // The rest is still laid out, at ×1.
    assert_eq!(net(&r, 1), "10.20.0.0/26");
}

#[test]
fn a_design_that_does_not_fit_says_by_how_much() {
    // A /24 VNet with a fixed /25 and two auto /25-sized needs (100 endpoints each → /25):
    // 384 addresses for 256: 128 more than the VNet has; a /23 would hold them.
    let mut p = design(
        NetworkModel::Overlay,
        "10.30.0.0/24",
        vec![
            subnet("aks", "10.30.0.0/25", Purpose::Nodes),
            Subnet::auto("pe1", Purpose::PrivateEndpoints),
            Subnet::auto("pe2", Purpose::PrivateEndpoints),
        ],
    );
    p.cluster.subnets[1].ips = "100".into();
    p.cluster.subnets[2].ips = "100".into();
    let r = evaluate(&p);
    assert_eq!(net(&r, 1), "10.30.0.128/25");
    assert_eq!(
        prefix_issues(&r, 2),
        [Issue::Subnet(SubnetIssue::NoRoom {
            name: "pe2".into(),
            prefix: 25
        })]
    );
    let issues = at(&r, At::Cluster(ClusterField::Vnet));
    assert_eq!(
        issues,
        [Issue::Subnet(SubnetIssue::Shortfall {
            needed: 384,
            available: 256,
            vnet_prefix: Some(23),
        })]
    );
    assert_eq!(
        text::issue(&issues[0], Lang::En),
        "The subnets need 128 more addresses than the VNet has: a /23 VNet would hold it."
    );
    assert_eq!(r.design.clusters, None);
    // Everything else is still computed.
    assert_eq!(r.pools[0].node.unwrap().cpu.allocatable_m, 3860);
}

/// The Shortfall at the VNet field, if any.
fn shortfall(r: &Report) -> Option<(u128, u128, Option<u8>)> {
    at(r, At::Cluster(ClusterField::Vnet))
        .into_iter()
        .find_map(|i| match i {
            Issue::Subnet(SubnetIssue::Shortfall {
                needed,
                available,
                vnet_prefix,
            }) => Some((needed, available, vnet_prefix)),
            _ => None,
        })
}

#[test]
fn the_larger_vnet_suggested_is_found_by_laying_out_again() {
    // A /24 VNet, two fixed /26s at .64 and .192 and an auto subnet of 100 IPs (a /25): 128
    // addresses are free, in two /26s, so the /25 has no place. Before, the suggestion was
    // "a /24 VNet would hold it", the VNet's own size. Laid out again in 10.30.0.0/23, the /25
    // goes to 10.30.1.0/25: a /23.
    let base = |subnets: Vec<Subnet>| {
        let mut p = design(NetworkModel::Overlay, "10.30.0.0/24", subnets);
        p.cluster.service_cidr = "172.16.0.0/16".into();
        p.cluster.dns_service_ip = "172.16.0.10".into();
        p
    };
    let mut auto = Subnet::auto("a", Purpose::Other);
    auto.ips = "100".into();
    let p = base(vec![
        subnet("aks", "10.30.0.64/26", Purpose::Nodes),
        subnet("vm", "10.30.0.192/26", Purpose::Other),
        auto.clone(),
    ]);
    let r = evaluate(&p);
    assert_eq!(shortfall(&r), Some((256, 256, Some(23))));
    assert_eq!(
        text::issue(&at(&r, At::Cluster(ClusterField::Vnet))[0], Lang::En),
        "The subnets need 256 of the VNet's 256 addresses, but the fixed subnets and the ranges they must avoid split the free space so the rest does not fit: a /23 VNet would hold it."
    );
    // A fixed subnet outside the VNet (10.99.0.0/22) is not counted: 128 fixed + 128 placed +
    // 128 unplaced = 384, a /23 (before: 1,408 and a /21).
    let mut pe2 = auto.clone();
    pe2.name = "b".into();
    let p = base(vec![
        subnet("aks", "10.30.0.0/25", Purpose::Nodes),
        subnet("far", "10.99.0.0/22", Purpose::Other),
        auto.clone(),
        pe2.clone(),
    ]);
    let r = evaluate(&p);
    assert_eq!(net(&r, 2), "10.30.0.128/25");
    assert_eq!(shortfall(&r), Some((384, 256, Some(23))));
    // A peered range inside the VNet is avoided, and counted: 10.30.0.0/25 listed, one /25
    // placed above it, the other left: 384 of 256, a /23 (before: 256, "a /24").
    let mut p = base(vec![
        subnet("aks", "10.30.1.0/28", Purpose::Nodes),
        auto,
        pe2,
    ]);
    p.cluster.vnet = "10.30.0.0/24, 10.30.1.0/28".into();
    p.cluster.listed_ranges = "10.30.0.0/25".into();
    let r = evaluate(&p);
    assert_eq!(net(&r, 1), "10.30.0.128/25");
    assert_eq!(shortfall(&r), Some((128 + 128 + 128 + 16, 272, Some(23))));
}

#[test]
fn no_larger_vnet_is_suggested_when_that_is_not_the_fix() {
    // A /28 VNet inside the service CIDR 10.16.0.0/12, with its auto node subnet (4 IPs, a
    // /28): every supernet up to the /12 is inside the service CIDR too, and the first one
    // that is not, the /11, would only hold it in the part outside the VNet's range. Growing
    // the VNet is not the fix, so the page says by how much and suggests nothing (the service
    // CIDR's own error says what to change).
    let mut p = design(
        NetworkModel::Overlay,
        "10.16.0.0/28",
        vec![Subnet::auto("nodes", Purpose::Nodes)],
    );
    p.cluster.service_cidr = "10.16.0.0/12".into();
    p.cluster.dns_service_ip = "10.16.0.10".into();
    let r = evaluate(&p);
    assert_eq!(shortfall(&r), Some((32, 16, None)));
    assert_eq!(
        text::issue(&at(&r, At::Cluster(ClusterField::Vnet))[0], Lang::En),
        "The subnets need 16 more addresses than the VNet has."
    );
    assert!(
        at(&r, At::Cluster(ClusterField::ServiceCidr))
            .iter()
            .any(|i| matches!(i, Issue::Overlap { .. }))
    );
    // The same VNet with the service CIDR moved off it but a fixed /28 over it: a /27 holds
    // the auto one (10.16.0.16/28).
    p.cluster.service_cidr = "172.16.0.0/16".into();
    p.cluster.dns_service_ip = "172.16.0.10".into();
    p.cluster
        .subnets
        .push(subnet("vm", "10.16.0.0/28", Purpose::Other));
    let r = evaluate(&p);
    assert_eq!(shortfall(&r), Some((32, 16, Some(27))));
}

#[test]
fn a_listed_range_covering_the_vnet_is_named_not_a_missing_slash_28() {
    // AKS's default VNet 10.224.0.0/12 with the auto node subnet, and peered ranges
    // 10.0.0.0/8 and 10.100.0.0/16 (nested in it). The /8 covers the whole VNet, so nothing
    // can be placed: before, the nested /16 hid the /8 from the layout and the node subnet was
    // placed at 10.224.0.0/28, inside the /8; with the /8 alone the page said "No free /28" and
    // "a /28 VNet would hold it".
    let mut p = Plan::default();
    p.cluster.subnets[0].prefix = "auto".into();
    for listed in [
        "10.0.0.0/8, 10.100.0.0/16",
        "10.100.0.0/16, 10.0.0.0/8",
        "10.0.0.0/8",
    ] {
        p.cluster.listed_ranges = listed.into();
        let r = evaluate(&p);
        assert_eq!(r.design.subnets[0].net, None, "{listed}");
        assert_eq!(
            at(&r, At::Cluster(ClusterField::ListedRanges)),
            [Issue::Subnet(SubnetIssue::ListedCoversVnet {
                range: "10.0.0.0/8".into(),
                vnet: "10.224.0.0/12".into(),
            })],
            "{listed}"
        );
        assert!(prefix_issues(&r, 0).is_empty(), "no NoRoom: {listed}");
        assert!(
            at(&r, At::Cluster(ClusterField::Vnet))
                .iter()
                .all(|i| !matches!(i, Issue::Subnet(SubnetIssue::Shortfall { .. })))
        );
    }
    let r = evaluate(&p);
    assert_eq!(
        text::issue(
            &at(&r, At::Cluster(ClusterField::ListedRanges))[0],
            Lang::En
        ),
        "10.0.0.0/8, listed as a peered or on-premises range, covers the whole VNet (10.224.0.0/12): every subnet in the VNet would overlap it, so no subnet can be placed. Choose a VNet outside 10.0.0.0/8, or correct the listed ranges."
    );
    // A /13 over the VNet's lower half, with a /16 nested in it: the node subnet goes to the
    // upper half's first address, and the VNet is not covered.
    p.cluster.listed_ranges = "10.224.0.0/13, 10.224.0.0/16".into();
    let r = evaluate(&p);
    assert_eq!(net(&r, 0), "10.232.0.0/28");
    assert!(at(&r, At::Cluster(ClusterField::ListedRanges)).is_empty());
    // Two VNet prefixes: covered only when each one is. With the /8 over the first one and the
    // /16 nested in it, the node subnet goes to the second (before the fix: 10.224.0.0/28).
    p.cluster.vnet = "10.224.0.0/12, 172.16.0.0/24".into();
    p.cluster.listed_ranges = "10.0.0.0/8, 10.100.0.0/16".into();
    let r = evaluate(&p);
    assert_eq!(net(&r, 0), "172.16.0.0/28");
    assert!(at(&r, At::Cluster(ClusterField::ListedRanges)).is_empty());
    p.cluster.listed_ranges = "10.0.0.0/8, 172.16.0.0/12".into();
    let r = evaluate(&p);
    assert_eq!(
        at(&r, At::Cluster(ClusterField::ListedRanges)),
        [Issue::Subnet(SubnetIssue::ListedCoversVnet {
            range: "10.0.0.0/8".into(),
            vnet: "10.224.0.0/12, 172.16.0.0/24".into(),
        })]
    );
}

#[test]
fn bad_design_input_is_reported_at_its_field() {
    let mut p = design(
        NetworkModel::Overlay,
        "10.40.0.0/16",
        vec![
            subnet("aks", "10.40.0.1/24", Purpose::Nodes),
            subnet("AKS", "10.40.1.0/24", Purpose::Nodes),
            subnet("", "10.40.2.0/24", Purpose::Other),
        ],
    );
    p.cluster.subnets[2].ips = "many".into();
    p.pools[0].vnet_subnet = "nope".into();
    let r = evaluate(&p);
    // Host bits: the network meant is named, and used.
    assert!(prefix_issues(&r, 0).contains(&Issue::Address(
        crate::plan::ranges::AddressError::HostBits {
            typed: "10.40.0.1/24".into(),
            network: "10.40.0.0/24".into(),
        }
    )));
    assert_eq!(net(&r, 0), "10.40.0.0/24");
    assert_eq!(
        at(&r, At::Subnet(1, SubnetField::Name)),
        [Issue::Subnet(SubnetIssue::DuplicateName {
            name: "AKS".into()
        })]
    );
    assert_eq!(
        at(&r, At::Subnet(2, SubnetField::Name)),
        [Issue::Subnet(SubnetIssue::EmptyName)]
    );
    assert!(matches!(
        at(&r, At::Subnet(2, SubnetField::Ips)).as_slice(),
        [Issue::Subnet(SubnetIssue::BadIps(_))]
    ));
    assert_eq!(
        at(&r, At::Pool(0, PoolField::VnetSubnet)),
        [Issue::Subnet(SubnetIssue::NoSuchSubnet {
            name: "nope".into()
        })]
    );
    assert_eq!(r.pools[0].node.unwrap().cpu.allocatable_m, 3860);
}

#[test]
fn a_thousand_subnets_in_a_link_keep_the_first_hundred() {
    let link: String = (0..1000)
        .map(|i| {
            alloc::format!(
                "&subnet-name=s{i}&subnet-prefix=10.{}.{}.0/24",
                i / 256,
                i % 256
            )
        })
        .collect();
    let d = crate::formats::fragment::from_fragment(&alloc::format!(
        "v=2&vnet-address-prefixes=10.0.0.0/8{link}"
    ));
    assert_eq!(d.plan.cluster.subnets.len(), crate::plan::MAX_SUBNETS);
    assert_eq!(
        d.notices,
        [crate::formats::fragment::Notice::TooManySubnets]
    );
    let r = evaluate(&d.plan);
    assert_eq!(r.design.subnets.len(), 100);
    assert_eq!(r.design.node_subnet_of, [Some(0)]);
}

#[test]
fn the_private_cluster_endpoint_goes_to_the_first_pool_subnet_unless_vnet_integration() {
    let mut p = design(
        NetworkModel::Overlay,
        "10.50.0.0/16",
        vec![
            subnet("user", "10.50.1.0/24", Purpose::Nodes),
            subnet("system", "10.50.0.0/24", Purpose::Nodes),
            subnet("api", "10.50.2.0/28", Purpose::ApiServer),
        ],
    );
    // The system pool (the cluster's first) is in "system"; a user pool is listed first.
    p.pools[0].vnet_subnet = "system".into();
    p.apply(Edit::AddPool);
    p.pools[1].vnet_subnet = "user".into();
    p.pools.swap(0, 1);
    assert_eq!(p.pools[1].mode, PoolMode::System);
    p.apply(Edit::PrivateCluster(true));
    p.cluster.internal_lbs = "2".into();
    let r = evaluate(&p);
    // 3 nodes + 1 surge, 2 load-balancer frontends and the API server's endpoint.
    assert_eq!(r.design.subnets[1].need.upgrade, 4 + 2 + 1);
    assert_eq!(r.design.subnets[0].need.upgrade, 4);
    // With VNet integration the API server is in its own subnet: no endpoint among the nodes.
    p.apply(Edit::ApiServerVnetIntegration(true));
    let r = evaluate(&p);
    assert_eq!(r.design.subnets[1].need.upgrade, 4 + 2);
    assert_eq!(r.design.apiserver, Some(2));
}

#[test]
fn renaming_and_removing_a_subnet_carries_the_pools_along() {
    let mut p = spoke();
    p.apply(Edit::Subnet(
        1,
        SubnetEdit::Text(SubnetField::Name, "snet-apps".into()),
    ));
    assert_eq!(p.pools[1].vnet_subnet, "snet-apps");
    p.apply(Edit::RemoveSubnet(1));
    assert_eq!(p.pools[1].vnet_subnet, "");
    // Back in the first node subnet, with the system pool.
    assert_eq!(evaluate(&p).design.node_subnet_of, [Some(0), Some(0)]);
    // Switching to a pod-subnet model adds a pod subnet; switching back takes it away again.
    let before = p.cluster.subnets.clone();
    p.apply(Edit::Network(NetworkModel::PodSubnetDynamic));
    assert_eq!(
        p.cluster.subnets.last().map(|s| s.purpose),
        Some(Purpose::Pods)
    );
    p.apply(Edit::Network(NetworkModel::Overlay));
    assert_eq!(p.cluster.subnets, before);
}

mod layout_properties {
    use super::*;
    use crate::rules::address::overlaps;
    use ipnet::{IpNet, Ipv4Net};
    use proptest::prelude::*;

    /// A VNet of /16 to /22 at 10.64.0.0, up to eight subnets: fixed ones at random aligned
    /// places (they may overlap each other or leave the VNet: the layout must cope) and auto
    /// ones needing 0 to 600 addresses; sometimes a second prefix, 10.200.0.0/24; and up to
    /// three listed ranges from /8 to /26, at random
    /// aligned places in 10.0.0.0/8 or in the VNet, so they nest, overlap, end before the VNet,
    /// cover it or part of it.
    fn designs() -> impl Strategy<Value = Plan> {
        let listed = proptest::collection::vec((8u8..=26, 0u32..64, any::<bool>()), 0..=3);
        (plain_designs(), listed, any::<bool>()).prop_map(|(mut p, listed, second)| {
            let vnet: Ipv4Net = p.cluster.vnet.parse().unwrap();
            // A second address prefix, so a listed range can cover one prefix and not the other.
            if second {
                p.cluster.vnet = alloc::format!("{vnet}, 10.200.0.0/24");
            }
            let ranges: Vec<String> = listed
                .into_iter()
                .map(|(prefix, slot, near)| {
                    let size = 1u64 << (32 - prefix);
                    let (from, span) = if near {
                        (u32::from(vnet.network()), 1u64 << (32 - vnet.prefix_len()))
                    } else {
                        (0x0a00_0000, 1 << 24)
                    };
                    let start = u64::from(from) + (u64::from(slot) * size) % span.max(size);
                    Ipv4Net::new(u32::try_from(start).unwrap().into(), prefix)
                        .unwrap()
                        .trunc()
                        .to_string()
                })
                .collect();
            p.cluster.listed_ranges = ranges.join(", ");
            p
        })
    }

    fn plain_designs() -> impl Strategy<Value = Plan> {
        let one = (
            any::<bool>(),
            22u8..=29,
            0u32..64,
            0u64..600,
            prop::sample::select(vec![
                Purpose::Other,
                Purpose::PrivateEndpoints,
                Purpose::ApiServer,
            ]),
        );
        (16u8..=22, proptest::collection::vec(one, 1..=8)).prop_map(|(vnet, subnets)| {
            let base = 0x0a40_0000u32; // 10.64.0.0
            let vnet_net = Ipv4Net::new(base.into(), vnet).unwrap();
            let list = subnets
                .into_iter()
                .enumerate()
                .map(|(i, (fixed, prefix, slot, ips, purpose))| {
                    let size = 1u32 << (32 - prefix);
                    let start = base + (slot * size) % (1u32 << (32 - vnet)).max(size);
                    let mut s = Subnet::auto(&alloc::format!("s{i}"), purpose);
                    if fixed {
                        s.prefix = Ipv4Net::new(start.into(), prefix)
                            .unwrap()
                            .trunc()
                            .to_string();
                    } else {
                        s.ips = ips.to_string();
                    }
                    s
                })
                .collect();
            let mut p = design(NetworkModel::Overlay, &vnet_net.to_string(), list);
            // The pools' own subnet, fixed at the VNet's start: the layout goes around it.
            p.cluster.subnets.insert(
                0,
                subnet(
                    "nodes",
                    &Ipv4Net::new(base.into(), 28).unwrap().to_string(),
                    Purpose::Nodes,
                ),
            );
            p
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        #[test]
        fn placed_subnets_are_aligned_apart_inside_and_hold_their_need(plan in designs()) {
            let r = evaluate(&plan);
            let again = evaluate(&plan);
            prop_assert_eq!(&r.design, &again.design, "the same input gives the same layout");
            let vnets: Vec<IpNet> = plan.cluster.vnet.split(", ").map(|v| v.parse().unwrap()).collect();
            let placed: Vec<(usize, Ipv4Net)> = r.design.subnets.iter().enumerate()
                .filter(|(_, s)| s.placed)
                .map(|(i, s)| (i, s.net.unwrap()))
                .collect();
            for (i, s) in &r.design.subnets.iter().enumerate().collect::<Vec<_>>() {
                let typed = &plan.cluster.subnets[*i];
                if !typed.is_auto() {
                    // Fixed subnets never move.
                    prop_assert_eq!(s.net.map(|n| n.to_string()), Some(typed.prefix.clone()));
                    prop_assert!(!s.placed);
                }
            }
            let avoided: Vec<IpNet> = r.design.ranges.iter()
                .filter(|row| row.role != Role::Vnet)
                .map(|row| row.net)
                .collect();
            let listed: Vec<IpNet> = r.design.ranges.iter()
                .filter(|row| row.role == Role::Listed)
                .map(|row| row.net)
                .collect();
            // Every prefix of the VNet inside one listed range.
            let covered = vnets.iter().all(|v| listed.iter().any(|l| l.contains(v)));
            prop_assert_eq!(
                at(&r, At::Cluster(ClusterField::ListedRanges)).iter()
                    .any(|i| matches!(i, Issue::Subnet(SubnetIssue::ListedCoversVnet { .. }))),
                covered
            );
            if covered {
                prop_assert!(placed.is_empty());
            }
            for (i, net) in &placed {
                let s = &r.design.subnets[*i];
                for a in &avoided {
                    prop_assert!(!overlaps(&IpNet::V4(*net), a), "{net} overlaps the avoided {a}");
                }
                prop_assert_eq!(net.trunc(), *net, "aligned");
                prop_assert!(vnets.iter().any(|v| v.contains(&IpNet::V4(*net))), "inside the VNet");
                prop_assert_eq!(Some(net.prefix_len()), s.wanted);
                prop_assert!(s.fits() == Some(true), "holds its need: {:?}", s);
                for (j, other) in r.design.subnets.iter().enumerate() {
                    if let (true, Some(o)) = (j != *i, other.net) {
                        prop_assert!(!overlaps(&IpNet::V4(*net), &IpNet::V4(o)), "{net} overlaps {o}");
                    }
                }
            }
            // A larger VNet, when one is suggested, is larger than the VNet's first prefix.
            if let Some((_, _, Some(p))) = shortfall(&r) {
                prop_assert!(p < vnets[0].prefix_len(), "a /{} for a {}", p, vnets[0]);
            }
            // An auto subnet left without a place means the free space has no block of its size.
            for (i, s) in r.design.subnets.iter().enumerate() {
                if let (false, Some(p), false) = (s.placed, s.wanted, covered) {
                    prop_assert!(plan.cluster.subnets[i].is_auto());
                    let next = r.design.next_free.iter().find(|(q, _)| *q == p).and_then(|(_, n)| *n);
                    prop_assert_eq!(next, None, "/{} was free", p);
                }
            }
        }
    }
}
