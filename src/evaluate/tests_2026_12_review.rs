//! The 2026-12 rules where the review of issue 13 found the page wrong: each test has the
//! values worked out by hand from the source it names.

use super::*;
use crate::evaluate::finding::UpgradeIssue;
use crate::plan::Plan;
use crate::plan::edit::{Edit, PoolEdit};
use crate::plan::field::PoolField;
use crate::rules::network::Surge;
use alloc::string::ToString;
use alloc::vec::Vec;

fn pool_issues(r: &Report, index: usize, field: PoolField) -> Vec<Issue> {
    r.at(At::Pool(index, field))
        .map(|f| f.issue.clone())
        .collect()
}

/// The default plan (a system pool of 3 on 1.35) with a user pool added, its fields set.
fn with_user_pool(fields: &[(PoolField, &str)]) -> Plan {
    let mut plan = Plan::default();
    plan.apply(Edit::AddPool);
    set(&mut plan, 1, fields);
    plan
}

fn set(plan: &mut Plan, index: usize, fields: &[(PoolField, &str)]) {
    for (field, value) in fields {
        plan.apply(Edit::Pool(index, PoolEdit::Text(*field, value.to_string())));
    }
}

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
