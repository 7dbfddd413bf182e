//! The fixes: computed on the plan built from the error, each one's plan has no finding of the
//! error's kind left (evaluated with the page's rules) and no error the plan did not have.

use alloc::string::String;
use alloc::vec::Vec;

use super::fix::has_kind;
use super::*;
use crate::evaluate::evaluate;
use crate::plan::edit::Edit;
use crate::plan::{NetworkModel, Plan, PoolMode};
use crate::rules::subnet::Purpose;
use crate::text::Lang;

/// Explains `text` on `plan`; checks the plan built from it has the error and every fix's plan
/// does not. Returns the explanation.
fn fixed(text: &str, plan: &Plan) -> Explanation {
    let e = explain(text, plan, Lang::En);
    let found = e.found.clone().expect(text);
    let base = e.plan.clone().unwrap();
    assert!(
        has_kind(&found, &evaluate(&base)),
        "the plan built from {text} has the error"
    );
    for f in &e.fixes {
        let r = evaluate(&f.plan);
        assert!(!has_kind(&found, &r), "{}: {:?}", f.label, r.findings);
    }
    e
}

fn kinds(e: &Explanation) -> Vec<FixKind> {
    e.fixes.iter().map(|f| f.kind.clone()).collect()
}

fn s(text: &str) -> String {
    String::from(text)
}

#[test]
fn insufficient_subnet_size_old_format() {
    // (10 + 1 surge) × 31 = 341 today: a /23 holds 507; in the /24, 7 nodes + 1 surge = 8 × 31 =
    // 248 ≤ 251 (8 nodes would be 9 × 31 = 279). The system pool cannot drain in place.
    let e = fixed(
        "Pre-allocated IPs 310 exceeds IPs available in Subnet 251",
        &Plan::default(),
    );
    assert_eq!(
        kinds(&e),
        [
            FixKind::SubnetPrefix {
                subnet: s("snet-aks-nodes"),
                prefix: s("10.224.0.0/23"),
                usable: 507
            },
            FixKind::Nodes {
                pool: s("nodepool1"),
                count: 7,
                autoscale: false
            },
        ]
    );
    assert_eq!(
        e.fixes[0].label,
        "Subnet snet-aks-nodes: 10.224.0.0/23 (507 usable)"
    );
    assert_eq!(
        e.fixes[1].label,
        "Pool nodepool1: 7 nodes, the most that fit"
    );
    // Every fix keeps the rest of the plan: the pool's VM, the cluster's version.
    for f in &e.fixes {
        assert_eq!(f.plan.pools[0].vm_size, "Standard_D4s_v5");
        assert!(!evaluate(&f.plan).has_errors(), "{}", f.label);
    }
}

#[test]
fn insufficient_subnet_size_of_a_user_pool_drains_in_place() {
    // A user pool of 8 nodes at maxPods 30 in the /24 with the system pool (3 nodes):
    // (3 + 1) × 31 + (8 + 1) × 31 = 124 + 279 = 403 > 251. Current message, counted exactly.
    let mut p = Plan::default();
    p.apply(Edit::Network(NetworkModel::NodeSubnet));
    p.cluster.subnets[0].prefix = "10.224.0.0/24".into();
    p.apply(Edit::AddPool);
    p.pools[1].node_count = "8".into();
    let e = fixed(
        "Pre-allocated IPs 403 exceeds IPs available 251 in Subnet Cidr 10.224.0.0/24, Subnet Name snet-aks-nodes.",
        &p,
    );
    let formula: Vec<&str> = e
        .lines
        .iter()
        .filter(|l| l.kind == LineKind::Formula)
        .map(|l| l.text.as_str())
        .collect();
    assert_eq!(
        formula,
        [
            "(3 nodes + 1 surge) × (30 + 1) + (8 nodes + 1 surge) × (30 + 1) = 403 > 251 usable in a /24"
        ]
    );
    assert!(
        e.lines
            .iter()
            .any(|l| l.text == "Your plan gives exactly the message's numbers.")
    );
    // The smallest subnet for 403 is a /23 (507). The system pool alone cannot make room (1 + 1
    // nodes still leave 341); the user pool can have 3 + 1 nodes: 124 + 124 = 248 ≤ 251. Draining
    // it in place is not enough: 124 + 8 × 31 = 372.
    assert_eq!(
        kinds(&e),
        [
            FixKind::SubnetPrefix {
                subnet: s("snet-aks-nodes"),
                prefix: s("10.224.0.0/23"),
                usable: 507
            },
            FixKind::Nodes {
                pool: s("userpool"),
                count: 3,
                autoscale: false
            },
        ]
    );

    // The same with the user pool first in its own subnet: 8 nodes + 1 surge = 279 > 251; at most
    // 7 nodes; maxUnavailable instead of surge: 8 × 31 = 248 fits.
    let mut p = Plan::default();
    p.apply(Edit::Network(NetworkModel::NodeSubnet));
    p.pools[0].mode = PoolMode::User;
    p.pools[0].name = "user".into();
    p.pools[0].node_count = "8".into();
    p.apply(Edit::AddPool);
    p.pools[1].mode = PoolMode::System;
    p.pools[1].name = "system".into();
    p.apply(Edit::AddSubnet(Purpose::Nodes));
    p.cluster.subnets[1].prefix = "10.225.0.0/24".into();
    p.pools[1].vnet_subnet = p.cluster.subnets[1].name.clone();
    let e = fixed(
        "Pre-allocated IPs 279 exceeds IPs available 251 in Subnet Cidr 10.224.0.0/24, Subnet Name user-nodes.",
        &p,
    );
    assert_eq!(
        kinds(&e),
        [
            FixKind::SubnetPrefix {
                subnet: s("user-nodes"),
                prefix: s("10.224.0.0/23"),
                usable: 507
            },
            FixKind::Nodes {
                pool: s("user"),
                count: 7,
                autoscale: false
            },
            FixKind::MaxUnavailable {
                pool: s("user"),
                surge: 1
            },
        ]
    );
    let drained = &e.fixes[2].plan.pools[0];
    assert_eq!(
        (drained.max_surge.as_str(), drained.max_unavailable.as_str()),
        ("0", "1")
    );
}

#[test]
fn autoscaled_pools_get_a_max_count() {
    // The autoscaler's max-count is what AKS counts: overlay, 1 address per node, 20 + 2 surge =
    // 22 > the /28's 11. A /27 (27) holds them; in the /28, max-count 10 + 1 surge = 11 fits
    // (11 would be 11 + 2 = 13).
    let mut p = Plan::default();
    p.pools[0].autoscale = true;
    p.pools[0].min_count = "3".into();
    p.pools[0].max_count = "20".into();
    let e = fixed(
        "Pre-allocated IPs 22 exceeds IPs available 11 in Subnet Cidr 10.224.0.0/28, Subnet Name snet-aks-nodes.",
        &p,
    );
    assert!(e.fixes.iter().any(|f| f.kind
        == FixKind::Nodes {
            pool: s("nodepool1"),
            count: 10,
            autoscale: true
        }));
    let f = e
        .fixes
        .iter()
        .find(|f| matches!(f.kind, FixKind::Nodes { .. }))
        .unwrap();
    assert_eq!(
        (
            f.plan.pools[0].max_count.as_str(),
            f.plan.pools[0].node_count.as_str()
        ),
        ("10", "3")
    );
    assert_eq!(f.label, "Pool nodepool1: max-count 10, the most that fit");
    assert!(e.fixes.iter().any(|f| f.kind
        == FixKind::SubnetPrefix {
            subnet: s("snet-aks-nodes"),
            prefix: s("10.224.0.0/27"),
            usable: 27
        }));
}

#[test]
fn the_pod_cidr_of_overlay_and_kubenet() {
    // Overlay (Azure/AKS-Construction#701): 5 nodes (+ 1 surge) need a /21 (8 blocks); widening
    // the /22 gives 10.240.96.0/21 (AKS's default 10.244.0.0/16, free too, is only the next
    // choice); 4 nodes pass AKS's check of the /22 (4 × 256 = 1,024, surge not counted).
    let e = fixed(
        "Pre-allocated IPs 1280 exceeds IPs available 1024 in Subnet Cidr 10.240.100.0/22, Subnet Name networkProfile.podCIDR.",
        &Plan::default(),
    );
    assert_eq!(
        kinds(&e),
        [
            FixKind::PodCidr {
                cidr: s("10.240.96.0/21"),
                nodes: 8
            },
            FixKind::Nodes {
                pool: s("nodepool1"),
                count: 4,
                autoscale: false
            },
        ]
    );
    // kubenet (Azure/AKS-Construction#357): 3 nodes (+ 1 surge) need a /22; one /24 passes
    // AKS's check with 1 node (1 × 256, surge not counted; the surge node is then a warning).
    let e = fixed(
        r#""code": "InsufficientPodCidr", "message": "Pre-allocated IPs 768 exceeds IPs available 256 in Pod Cidr 10.240.100.0/24""#,
        &Plan::default(),
    );
    assert_eq!(
        e.plan.as_ref().unwrap().cluster.network,
        NetworkModel::Kubenet
    );
    assert_eq!(
        kinds(&e),
        [
            FixKind::PodCidr {
                cidr: s("10.240.100.0/22"),
                nodes: 4
            },
            FixKind::Nodes {
                pool: s("nodepool1"),
                count: 1,
                autoscale: false
            },
        ]
    );
}

#[test]
fn subnet_is_full() {
    // azure-docs#88211: a /24 with no room for 1 more. The plan's 3 + 1 nodes fit it, so the rest
    // is used by something the plan does not list; a subnet with 251 + 1 usable is a /23.
    let e = explain(
        "Subnet Subnet1 with address prefix 10.0.0.0/24 does not have enough capacity for 1 IP addresses.",
        &Plan::default(),
        Lang::En,
    );
    assert_eq!(
        kinds(&e),
        [FixKind::SubnetPrefix {
            subnet: s("Subnet1"),
            prefix: s("10.0.0.0/23"),
            usable: 507
        }]
    );
    assert!(
        e.lines.iter().any(|l| l.text.starts_with(
            "The pools of your plan need 4 of its 251 usable addresses at their most"
        ))
    );
    // Azure/AKS#2531: a /26 (59 usable) and 30 more: 89 → a /25.
    let e = explain(
        "Subnet sn-aks-dev with address prefix 10.133.123.0/26 does not have enough capacity for 30 IP addresses.",
        &Plan::default(),
        Lang::En,
    );
    assert_eq!(
        kinds(&e),
        [FixKind::SubnetPrefix {
            subnet: s("sn-aks-dev"),
            prefix: s("10.133.123.0/25"),
            usable: 123
        }]
    );
    assert!(!evaluate(&e.fixes[0].plan).has_errors());
}

#[test]
fn the_snat_check() {
    // The docs' example: 9 = 8 nodes + 1 surge, × 8,000 = 72,000 > 64,000. 2 IPs hold 128,000;
    // 64,000 / 9 = 7,111 → 7,104 ports (a multiple of 8); 64,000 / 8,000 = 8 nodes = 7 + 1 surge.
    let e = fixed(
        "Load balancer profile allocated ports 8000 is not in an allowable range given the number of nodes and IPs provisioned. Total node count 9 requires 72000 ports but only 64000 ports are available given 1 outbound public IPs. Refer to https://aka.ms/aks/slb-ports for more details.",
        &Plan::default(),
    );
    assert_eq!(
        kinds(&e),
        [
            FixKind::OutboundIps { ips: 2, own: false },
            FixKind::Ports { ports: 7104 },
            FixKind::Nodes {
                pool: s("nodepool1"),
                count: 7,
                autoscale: false
            },
        ]
    );
    assert_eq!(e.fixes[0].label, "2 managed outbound IPs");
    let plan = &e.fixes[0].plan;
    assert_eq!(plan.cluster.outbound.lb_managed_ips, "2");
    assert_eq!(plan.cluster.outbound.lb_ports, "8000");
    assert_eq!(plan.pools[0].node_count, "8");
    for f in &e.fixes {
        assert!(!evaluate(&f.plan).has_errors(), "{}", f.label);
    }

    // azure-cli#22374: --node-count 3 → 4 counted, × 21,000 = 84,000: 2 IPs; 16,000 ports each;
    // 64,000 / 21,000 = 3 nodes = 2 + 1 surge.
    let e = fixed(
        "(InvalidLoadBalancerProfileAllocatedOutboundPorts) Load balancer profile allocated ports 21000 is not in an allowable range given the number of nodes and IPs provisioned. Total node count 4 requires 84000 ports but only 64000 ports are available given 1 outbound public IPs.",
        &Plan::default(),
    );
    assert!(
        e.lines
            .iter()
            .any(|l| l.text == "Your plan gives exactly the message's numbers.")
    );
    assert_eq!(
        kinds(&e),
        [
            FixKind::OutboundIps { ips: 2, own: false },
            FixKind::Ports { ports: 16000 },
            FixKind::Nodes {
                pool: s("nodepool1"),
                count: 2,
                autoscale: false
            },
        ]
    );

    // Your own outbound IPs: the fix adds to them.
    let mut p = Plan::default();
    p.cluster.outbound.lb_own_ips = "1".into();
    let e = fixed(
        "Total node count 9 requires 72000 ports but only 64000 ports are available given 1 outbound public IPs.",
        &p,
    );
    assert_eq!(e.fixes[0].kind, FixKind::OutboundIps { ips: 2, own: true });
    assert_eq!(e.fixes[0].plan.cluster.outbound.lb_own_ips, "2");
}

#[test]
fn ranges_move_to_free_private_space() {
    // AKS-Construction#403: the pod CIDR inside the VNet 10.240.0.0/16 → AKS's default pod CIDR.
    let e = fixed(
        r#""code": "NetworkProfileCIDROverlapVNET", "message": "NetworkProfile CIDR 10.240.100.0/24 overlaps with reserved VNET CIDR 10.240.0.0/16", "target": "networkProfile.podCIDR""#,
        &Plan::default(),
    );
    assert_eq!(
        kinds(&e),
        [FixKind::PodCidr {
            cidr: s("10.244.0.0/16"),
            nodes: 256
        }]
    );
    assert!(!evaluate(&e.fixes[0].plan).has_errors());

    // azure-cli#20810: the service CIDR over the subnet; AKS's default 10.0.0.0/16 is the
    // overlapping one, the next free /16 is 10.1.0.0/16, DNS at its .10.
    let e = fixed(
        "(ServiceCidrOverlapExistingSubnetsCidr) The specified service CIDR 10.0.0.0/16 is conflicted with an existing subnet CIDR 10.0.239.0/24",
        &Plan::default(),
    );
    assert_eq!(
        kinds(&e),
        [FixKind::ServiceCidr {
            cidr: s("10.1.0.0/16"),
            dns: s("10.1.0.10")
        }]
    );
    assert_eq!(
        e.fixes[0].label,
        "Service CIDR 10.1.0.0/16, DNS service IP 10.1.0.10"
    );
    assert!(!evaluate(&e.fixes[0].plan).has_errors());

    // A plan with its own VNet keeps it and gets the subnet's range added.
    let mut p = Plan::default();
    p.cluster.vnet = "10.50.0.0/16".into();
    p.cluster.subnets[0].prefix = "10.50.0.0/24".into();
    let e = fixed(
        "The specified service CIDR 10.0.0.0/16 is conflicted with an existing subnet CIDR 10.0.239.0/24",
        &p,
    );
    assert_eq!(
        e.plan.as_ref().unwrap().cluster.vnet,
        "10.50.0.0/16, 10.0.239.0/24"
    );
    assert_eq!(
        kinds(&e),
        [FixKind::ServiceCidr {
            cidr: s("10.1.0.0/16"),
            dns: s("10.1.0.10")
        }]
    );

    // The DNS service IP: the .10 of the service CIDR.
    let e = fixed(
        "(DnsServiceIpOutOfServiceCidr) The DNS service IP 10.0.0.10 is out of the range defined by service CIDR 10.200.0.0/16.",
        &Plan::default(),
    );
    assert_eq!(
        kinds(&e),
        [FixKind::DnsIp {
            ip: s("10.200.0.10")
        }]
    );

    // A reserved range: the service CIDR back to AKS's default.
    let e = fixed(
        "--service-cidr 172.30.0.0/16 --dns-service-ip 172.30.0.10",
        &Plan::default(),
    );
    assert_eq!(
        kinds(&e),
        [FixKind::ServiceCidr {
            cidr: s("10.0.0.0/16"),
            dns: s("10.0.0.10")
        }]
    );
}

#[test]
fn pools_and_their_sizes() {
    // maxPods 300 → 250.
    let e = fixed(
        "--max-pods 300\nThe value of parameter maxPods is invalid.",
        &Plan::default(),
    );
    assert_eq!(
        kinds(&e),
        [FixKind::MaxPods {
            pool: s("nodepool1"),
            value: 250
        }]
    );
    // maxPods 20 on a 1-node pool: 20 pods < 30 → maxPods 30, or 2 nodes (40 pods).
    let mut p = Plan::default();
    p.pools[0].node_count = "1".into();
    let e = fixed(
        "\"maxPods\": 20 … The value of parameter maxPods is invalid.",
        &p,
    );
    assert_eq!(
        kinds(&e),
        [
            FixKind::MaxPods {
                pool: s("nodepool1"),
                value: 30
            },
            FixKind::MinNodes {
                pool: s("nodepool1"),
                count: 2
            },
        ]
    );

    // SystemPoolSkuTooLow with Standard_DS1_v2 (1 vCPU): the smallest Dsv2 size with 4 vCPUs.
    let e = fixed(
        r#"Code="SystemPoolSkuTooLow" Message="System node pool must use VM sku with more than 2 cores and 4GB memory. Nodepool name: agentpool." vm_size = "Standard_DS1_v2""#,
        &Plan::default(),
    );
    assert_eq!(
        kinds(&e),
        [FixKind::VmSize {
            pool: s("nodepool1"),
            vm: "Standard_DS3_v2"
        }]
    );

    // No system pool left: the first pool that can be one becomes it.
    let e = fixed(
        "Details: There has to be at least one system agent pool.",
        &Plan::default(),
    );
    assert_eq!(
        kinds(&e),
        [FixKind::SystemMode {
            pool: s("nodepool1")
        }]
    );

    // A count below AKS's minimum.
    let e = fixed(
        "agentPoolProfile.count was 0. It must be greater or equal to minCount:1 and less than or equal to maxCount:1000.",
        &Plan::default(),
    );
    assert_eq!(
        kinds(&e),
        [FixKind::Nodes {
            pool: s("nodepool1"),
            count: 1,
            autoscale: false
        }]
    );
    // Above AKS's maximum: 909 + 91 surge = 1,000 is the most one pool takes through an upgrade;
    // or 1,200 in two pools of 600 (+ 60 surge each).
    let mut p = Plan::default();
    p.cluster.tier = crate::plan::Tier::Standard;
    let e = fixed(
        "agentPoolProfile.count was 1200. It must be greater or equal to minCount:1 and less than or equal to maxCount:1000.",
        &p,
    );
    assert_eq!(
        kinds(&e),
        [
            FixKind::Nodes {
                pool: s("nodepool1"),
                count: 909,
                autoscale: false
            },
            FixKind::SplitPool {
                pool: s("nodepool1"),
                pools: 2,
                each: 600
            },
        ]
    );
    assert_eq!(
        e.fixes[1].label,
        "Split pool nodepool1 into 2 pools of 600 nodes"
    );
}

#[test]
fn a_pool_over_1000_nodes_with_surge() {
    // A user pool of 950: 950 + 95 surge = 1,045 > 1,000. At most 909 (909 + 91 = 1,000); or two
    // pools of 475; or maxSurge 50; or maxUnavailable (no surge).
    let mut p = Plan::default();
    p.apply(Edit::AddPool);
    p.pools[1].node_count = "950".into();
    p.cluster.tier = crate::plan::Tier::Standard;
    let e = fixed(
        "If a node pool's current size plus the calculated surge count would exceed 1,000 instances, AKS rejects the upgrade before it starts.",
        &p,
    );
    let formula: Vec<&str> = e
        .lines
        .iter()
        .filter(|l| l.kind == LineKind::Formula)
        .map(|l| l.text.as_str())
        .collect();
    assert_eq!(formula, ["userpool: 950 nodes + 95 surge = 1,045 > 1,000"]);
    assert_eq!(
        kinds(&e),
        [
            FixKind::Nodes {
                pool: s("userpool"),
                count: 909,
                autoscale: false
            },
            FixKind::SplitPool {
                pool: s("userpool"),
                pools: 2,
                each: 475
            },
            FixKind::MaxSurge {
                pool: s("userpool"),
                surge: 50
            },
            FixKind::MaxUnavailable {
                pool: s("userpool"),
                surge: 95
            },
        ]
    );
    let split = &e.fixes[1].plan;
    assert_eq!(split.pools.len(), 3);
    assert_eq!(
        (
            split.pools[1].node_count.as_str(),
            split.pools[2].node_count.as_str()
        ),
        ("475", "475")
    );
    // With no pool that large, the sentence has nothing to fix in the plan.
    let e = explain(
        "If a node pool's current size plus the calculated surge count would exceed 1,000 instances, AKS rejects the upgrade before it starts.",
        &Plan::default(),
        Lang::En,
    );
    assert!(e.fixes.is_empty());
}

#[test]
fn a_delegated_subnet_moves_the_pool_to_a_subnet_of_its_own() {
    let mut p = Plan::default();
    p.apply(Edit::AddSubnet(Purpose::ApiServer));
    p.cluster.subnets[1].name = "test".into();
    p.cluster.subnets[1].prefix = "10.225.0.0/28".into();
    p.pools[0].vnet_subnet = "test".into();
    let e = fixed(
        "AgentPoolProfile.VnetSubnetID /subscriptions/*/subnets/test cannot be used as it's a delegated subnet.",
        &p,
    );
    let [
        Fixed {
            kind: FixKind::NodeSubnet { subnet, prefix },
            plan,
            ..
        },
    ] = e.fixes.as_slice()
    else {
        panic!("{:?}", e.fixes)
    };
    assert_eq!(
        (subnet.as_str(), prefix.as_str()),
        ("snet-aks-nodes-2", "10.225.0.16/28")
    );
    // 3 + 1 nodes need a /28, placed after the API server's /28 (10.225.0.0/28).
    assert_eq!(plan.pools[0].vnet_subnet, "snet-aks-nodes-2");
    // A plan without the subnet: said, nothing to fix.
    let e = explain(
        "AgentPoolProfile.VnetSubnetID /subscriptions/*/subnets/other cannot be used as it's a delegated subnet.",
        &Plan::default(),
        Lang::En,
    );
    assert!(e.fixes.is_empty());
    assert!(e.lines.iter().any(|l| l.text
        == "Your plan has no subnet named other: add it (with its purpose) to see it checked."));
}

#[test]
fn error_dialing_backend_names_the_tunnel_and_its_rules() {
    let e = explain(
        "Error from server: error dialing backend: dial tcp 10.224.0.4:10250: i/o timeout",
        &Plan::default(),
        Lang::En,
    );
    assert_eq!(
        e.found,
        Some(Found::DialingBackend {
            node: Some("10.224.0.4".parse().unwrap()),
            legacy: None
        })
    );
    let counted: Vec<&str> = e
        .lines
        .iter()
        .filter(|l| l.kind == LineKind::Counted)
        .map(|l| l.text.as_str())
        .collect();
    assert!(
        counted.contains(&"*.hcp.japaneast.azmk8s.io HTTPS 443"),
        "{counted:?}"
    );
    assert!(e.fixes.is_empty());
    // tunnelfront named in the text (seed 003): the fix opens the plan with the old tunnel and its
    // UDP 1194 / TCP 9000 rules.
    let e = explain(
        "kube-system tunnelfront-7d9f8 0/1 CrashLoopBackOff\nError from server: error dialing backend: dial tcp 10.240.0.4:10250: i/o timeout",
        &Plan::default(),
        Lang::En,
    );
    assert_eq!(kinds(&e), [FixKind::Tunnel { legacy: true }]);
    assert!(e.fixes[0].plan.cluster.outbound.legacy_tunnel);
    let r = evaluate(&e.fixes[0].plan);
    assert!(r.egress.rules.iter().any(|rule| rule.port == 1194));
}

#[test]
fn every_fix_of_every_message_leaves_no_finding_of_its_kind() {
    // On the default plan and on an Azure CNI node subnet plan, in both languages.
    let mut node_subnet = Plan::default();
    node_subnet.apply(Edit::Network(NetworkModel::NodeSubnet));
    let mut offered = 0;
    for plan in [Plan::default(), node_subnet] {
        for (source, text, _) in super::tests::messages() {
            for lang in [Lang::En, Lang::Ja] {
                let e = explain(text, &plan, lang);
                let found = e.found.clone().expect(source);
                for f in &e.fixes {
                    assert!(
                        !has_kind(&found, &evaluate(&f.plan)),
                        "{source}: {}",
                        f.label
                    );
                    assert!(!f.label.is_empty());
                    offered += 1;
                }
            }
        }
    }
    // 49 fixes on the two plans, each offered in both languages.
    assert_eq!(offered, 98, "{offered} fixes");
}
