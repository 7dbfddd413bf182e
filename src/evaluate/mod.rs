//! `evaluate(&Plan) -> Report`: every figure and finding of a plan, in one pure pass.
//!
//! Uses [`crate::plan`] and [`crate::rules`]; findings carry data, and [`crate::text`] words them.
//!
//! A field that cannot be read yields a finding at that field and leaves only the figures that
//! depend on it blank; everything else is still computed.

use alloc::vec::Vec;

use crate::plan::Plan;
use crate::plan::PoolMode;
use crate::plan::field::{ClusterField, PoolField};
use crate::plan::quantity::parse_version;
use crate::rules::version::OLDEST_SUPPORTED;
use finding::{At, Finding, Issue, Severity};

mod addresses;
mod created;
mod design;
mod egress;
pub mod finding;
mod network;
mod outbound;
mod outbound_ctx;
mod outbound_issue;
mod outbound_report;
mod pools;
mod report;
mod snat;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_2026_12;
#[cfg(test)]
mod tests_2026_12_review;
#[cfg(test)]
mod tests_design;
#[cfg(test)]
mod tests_network;
#[cfg(test)]
mod tests_outbound;
#[cfg(test)]
mod tests_verdict;
mod verdict;
mod version;
mod virtual_nodes;

pub use pools::limits;
pub use report::*;

/// Computes every figure and finding of a plan.
///
/// # Examples
/// ```
/// let report = aks_calc::evaluate(&aks_calc::plan::Plan::default());
/// let node = report.pools[0].node.unwrap();
/// // Standard_D4s_v5: 4 vCPU → 140m reserved.
/// assert_eq!((node.cpu.reserved_m, node.cpu.allocatable_m), (140, 3860));
/// assert!(!report.has_errors());
/// ```
pub fn evaluate(plan: &Plan) -> Report {
    let mut findings = Vec::new();
    let at_version = At::Cluster(ClusterField::KubernetesVersion);
    let cluster_version = match parse_version(&plan.cluster.kubernetes_version) {
        Ok(v) => Some(v),
        Err(e) => {
            findings.push(Finding::error(at_version, Issue::Input(e)));
            None
        }
    };
    if let Some(version) = cluster_version.filter(|v| *v < OLDEST_SUPPORTED) {
        let issue = Issue::UnsupportedVersion { version };
        findings.push(Finding::warning(at_version, issue));
    }
    if let Some(version) = cluster_version {
        version::check(version, plan.cluster.tier, at_version, &mut findings);
    }

    let mut pools = Vec::with_capacity(plan.pools.len());
    for (index, pool) in plan.pools.iter().enumerate() {
        let mut ctx = pools::PoolCtx {
            index,
            findings: &mut findings,
        };
        pools.push(ctx.evaluate(plan, pool, cluster_version));
    }

    pools::check_pool_names(plan, &mut findings);
    if plan.pools.is_empty() {
        findings.push(Finding {
            severity: Severity::Error,
            at: None,
            issue: Issue::NoSystemPool,
        });
    } else if !plan.pools.iter().any(|p| p.mode == PoolMode::System) {
        findings.push(Finding {
            severity: Severity::Error,
            at: Some(At::Pool(0, PoolField::Mode)),
            issue: Issue::NoSystemPool,
        });
    }

    let virtual_nodes_v2 = virtual_nodes::count(plan, &mut findings);
    let (network, comparison, design) =
        network::evaluate(plan, &pools, virtual_nodes_v2, &mut findings);
    let (outbound, egress, created) =
        outbound::evaluate(plan, &pools, &network, &design, &mut findings);
    let totals = pools::totals(&pools, virtual_nodes_v2);
    // Errors first, then warnings, then notes, each in the order found. A partition rather than
    // a stable sort: the sort's code costs the page kilobytes for a list of a few dozen.
    let findings = [Severity::Error, Severity::Warning, Severity::Info]
        .iter()
        .flat_map(|&s| findings.iter().filter(move |f| f.severity == s).cloned())
        .collect::<Vec<_>>();
    let verdict = verdict::verdict(&findings, &design, &network);
    Report {
        pools,
        totals,
        network,
        design,
        comparison,
        findings,
        outbound,
        egress,
        created,
        verdict,
    }
}
