//! The verdict: fits or not, the problems in order, and how full each space is, with the shares
//! worked out by hand (thousandths, rounded up).

use super::*;
use crate::plan::edit::{Edit, PoolEdit};
use crate::plan::field::PoolField;
use crate::plan::{NetworkModel, Subnet};
use crate::rules::network::Scenarios;
use crate::rules::subnet::Purpose;
use alloc::string::{String, ToString};
use alloc::vec;

fn s(now: u128, scaled: u128, upgrade: u128) -> Scenarios<u128> {
    Scenarios {
        now,
        scaled,
        upgrade,
    }
}

#[test]
fn the_default_plan_fits_and_shows_its_node_subnet_and_pod_cidr() {
    // Overlay, 3 × Standard_D4s_v5, surge 10 % → 1 node: 3 / 3 / 4 nodes.
    // Node subnet 10.224.0.0/16: 65,531 usable; 4,000 / 65,531 → 1 ‰ (rounded up).
    // Pod CIDR 10.244.0.0/16: 256 /24s; 3,000 / 256 = 11.7 → 12 ‰, 4,000 / 256 = 15.6 → 16 ‰.
    let r = evaluate(&Plan::default());
    let v = &r.verdict;
    assert!(v.fits());
    assert_eq!((v.errors, v.warnings), (0, 0));
    assert_eq!(v.spaces.len(), 2);
    let node = &v.spaces[0];
    assert_eq!(node.space, Space::NodeSubnet(0));
    assert_eq!(node.net.to_string(), "10.224.0.0/16");
    assert_eq!(
        (node.unit, node.need, node.capacity),
        (SpaceUnit::Ips, s(3, 3, 4), 65_531)
    );
    assert_eq!(node.permille, Some(s(1, 1, 1)));
    let pods = &v.spaces[1];
    assert_eq!(pods.space, Space::PodCidr);
    assert_eq!(pods.net.to_string(), "10.244.0.0/16");
    assert_eq!(
        (pods.unit, pods.need, pods.capacity),
        (SpaceUnit::Nodes, s(3, 3, 4), 256)
    );
    assert_eq!(pods.permille, Some(s(12, 12, 16)));
}

#[test]
fn a_full_subnet_is_an_error_first_and_over_a_thousand_thousandths() {
    // Azure CNI node subnet, 10 + 5 nodes at maxPods 30 in a /24: 465 / 465 / 527 of 251 IPs →
    // 1,853 ‰ (465,000 / 251 = 1,852.6) and 2,100 ‰ (527,000 / 251 = 2,099.6).
    let mut p = Plan::default();
    p.apply(Edit::Network(NetworkModel::NodeSubnet));
    p.cluster.vnet = "10.10.0.0/16".into();
    p.cluster.subnets = vec![Subnet {
        name: "aks-nodes".into(),
        prefix: "10.10.0.0/24".into(),
        purpose: Purpose::Nodes,
        ips: String::new(),
    }];
    p.apply(Edit::Pool(
        0,
        PoolEdit::Text(PoolField::NodeCount, "10".to_string()),
    ));
    p.apply(Edit::AddPool);
    p.apply(Edit::Pool(
        1,
        PoolEdit::Text(PoolField::NodeCount, "5".to_string()),
    ));
    let r = evaluate(&p);
    let v = &r.verdict;
    assert!(!v.fits());
    assert!(v.errors >= 1);
    // Errors come first, and every problem points at a finding that is not a note.
    let first = v.problems.first().and_then(|&i| r.findings.get(i));
    assert_eq!(first.map(|f| f.severity), Some(Severity::Error));
    assert_eq!(v.problems.len(), v.errors + v.warnings);
    assert!(
        v.problems
            .iter()
            .all(|&i| r.findings[i].severity != Severity::Info)
    );
    let node = &v.spaces[0];
    assert_eq!((node.need, node.capacity), (s(465, 465, 527), 251));
    assert_eq!(node.permille, Some(s(1853, 1853, 2100)));
    // Azure CNI node subnet has no pod space of its own.
    assert_eq!(v.spaces.len(), 1);
}

#[test]
fn a_pod_subnet_counts_in_its_own_unit() {
    // Static block, maxPods 250: each node takes ceil(251 / 16) = 16 /28 blocks; 3 / 3 / 4 nodes
    // → 48 / 48 / 64 blocks. The default pod subnet 10.225.0.0/16 has 4,096 /28s, less the first
    // and the last: 4,094. 48,000 / 4,094 = 11.7 → 12 ‰; 64,000 / 4,094 = 15.6 → 16 ‰.
    let mut p = Plan::default();
    p.apply(Edit::Network(NetworkModel::PodSubnetStatic));
    let r = evaluate(&p);
    let pods = r
        .verdict
        .spaces
        .iter()
        .find(|x| matches!(x.space, Space::PodSubnet(_)));
    let pods = pods.expect("the pod subnet is a space of the verdict");
    assert_eq!(
        (pods.unit, pods.need, pods.capacity),
        (SpaceUnit::Blocks, s(48, 48, 64), 4094)
    );
    assert_eq!(pods.permille, Some(s(12, 12, 16)));
}

#[test]
fn an_unreadable_node_subnet_leaves_no_space_and_does_not_fit() {
    let mut p = Plan::default();
    if let Some(s) = p.cluster.subnets.first_mut() {
        s.prefix = "10.224.0.0/33".into();
    }
    let r = evaluate(&p);
    assert!(!r.verdict.fits());
    assert!(
        !r.verdict
            .spaces
            .iter()
            .any(|x| x.space == Space::NodeSubnet(0))
    );
}
