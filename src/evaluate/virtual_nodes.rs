//! Virtual Nodes v2 (preview, aks-rules §2g, §8): how many the plan has, what they need of the
//! network model and of the pools that host them. Their CPU and memory come off the totals in
//! `pools.rs`.
//!
//! Uses [`crate::plan`] and [`crate::rules`] like the rest of [`super`].

use alloc::vec::Vec;

use super::finding::{At, Finding, Issue, VirtualNodesV2Issue};
use super::report::PoolReport;
use crate::plan::field::ClusterField;
use crate::plan::quantity::parse_count;
use crate::plan::{Dataplane, NetworkModel, Plan};
use crate::rules::limits::virtual_nodes_v2 as vn2;
use crate::rules::typed::Trimmed;

/// The number of Virtual Nodes v2; empty: none, unreadable: none and an error at the field.
pub(super) fn count(plan: &Plan, findings: &mut Vec<Finding>) -> u64 {
    let text = &plan.cluster.virtual_nodes_v2;
    if text.trimmed().is_empty() {
        return 0;
    }
    parse_count(text).unwrap_or_else(|e| {
        let at = At::Cluster(ClusterField::VirtualNodesV2);
        findings.push(Finding::error(at, Issue::Input(e)));
        0
    })
}

/// What `count` virtual nodes need: Azure CNI in node-subnet mode, no IPv6, no Cilium, and a
/// pool of VMs with at least 4 vCPUs and 16 GiB to run on.
pub(super) fn check(
    plan: &Plan,
    pools: &[PoolReport],
    count: u64,
    dual_stack: bool,
    findings: &mut Vec<Finding>,
) {
    if count == 0 {
        return;
    }
    let c = &plan.cluster;
    let mut push = |field: ClusterField, issue: VirtualNodesV2Issue| {
        findings.push(Finding {
            severity: issue.severity(),
            at: Some(At::Cluster(field)),
            issue: Issue::VirtualNodesV2(issue),
        });
    };
    if c.network != NetworkModel::NodeSubnet {
        push(ClusterField::Network, VirtualNodesV2Issue::NeedsNodeSubnet);
    }
    if dual_stack {
        push(ClusterField::ServiceCidr, VirtualNodesV2Issue::NoIpv6);
    }
    if c.dataplane == Dataplane::Cilium {
        push(ClusterField::Dataplane, VirtualNodesV2Issue::NoCilium);
    }
    let host = pools.iter().zip(&plan.pools).any(|(r, p)| {
        p.os == crate::plan::OsType::Linux
            && r.vm.is_some_and(|vm| {
                vm.vcpu >= vn2::POOL_MIN_VCPU && vm.memory_mib >= vn2::POOL_MIN_MEMORY_MIB
            })
    });
    if !host {
        push(
            ClusterField::VirtualNodesV2,
            VirtualNodesV2Issue::NoHostPool,
        );
    }
    push(
        ClusterField::VirtualNodesV2,
        VirtualNodesV2Issue::Planned { count },
    );
}
