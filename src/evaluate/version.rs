//! The Kubernetes version against AKS's support calendar (aks-rules §2g, rules-check E20): LTS-only
//! versions and the tier they need, support that ends before the rule set's date, and versions
//! not generally available yet. Uses `rules::version` and the plan's tier.

use alloc::vec::Vec;

use super::finding::{At, Finding, Issue, VersionIssue};
use crate::plan::Tier;
use crate::rules::version::{K8sVersion, Support, ends_before_rules, support};

/// The findings for `version`, read at `at` (the cluster's or a pool's version field).
pub(super) fn check(version: K8sVersion, tier: Tier, at: At, findings: &mut Vec<Finding>) {
    let mut issues = Vec::new();
    match support(version) {
        Support::LtsOnly { lts_end } => issues.push(VersionIssue::LtsOnly {
            version,
            lts_end,
            premium: tier == Tier::Premium,
        }),
        Support::NotGa { planned } => issues.push(VersionIssue::NotGa { version, planned }),
        // Ended versions have their own finding (UnsupportedVersion).
        Support::Ended | Support::Standard => {}
    }
    if let Some((end, lts)) = ends_before_rules(version) {
        issues.push(VersionIssue::EndsBeforeRules { version, end, lts });
    }
    for issue in issues {
        findings.push(Finding {
            severity: issue.severity(),
            at: Some(at),
            issue: Issue::Version(issue),
        });
    }
}
