//! What the outbound evaluation (`snat`, `egress`, `created`) shares: findings at its fields and
//! the reading of its number fields.

use alloc::format;
use alloc::vec::Vec;

use super::finding::{At, Finding, Issue, Severity};
use super::outbound_issue::OutboundIssue;
use crate::plan::field::{ClusterField, NameField, OutboundField};
use crate::plan::quantity::{InputError, parse_count, shown};
use crate::rules::typed::Trimmed;

pub(super) struct OutCtx<'a> {
    pub findings: &'a mut Vec<Finding>,
}

impl OutCtx<'_> {
    pub fn at(&mut self, severity: Severity, at: At, issue: Issue) {
        self.findings.push(Finding {
            severity,
            at: Some(at),
            issue,
        });
    }

    pub fn push(&mut self, severity: Severity, field: OutboundField, issue: OutboundIssue) {
        let at = At::Cluster(ClusterField::Outbound(field));
        self.at(severity, at, Issue::Outbound(issue));
    }

    pub fn name(&mut self, severity: Severity, field: NameField, issue: OutboundIssue) {
        let at = At::Cluster(ClusterField::Names(field));
        self.at(severity, at, Issue::Outbound(issue));
    }

    pub fn input(&mut self, field: OutboundField, error: Issue) {
        let at = At::Cluster(ClusterField::Outbound(field));
        self.at(Severity::Error, at, error);
    }

    /// Reads a count: empty gives `default` (no finding); what cannot be read, or lies outside
    /// `min..=max`, is an error at the field and gives `None`.
    pub fn count(
        &mut self,
        field: OutboundField,
        text: &str,
        default: Option<u64>,
        (min, max): (u64, u64),
    ) -> Option<u64> {
        if text.trimmed().is_empty() {
            return default;
        }
        match parse_count(text) {
            Ok(n) if (min..=max).contains(&n) => Some(n),
            Ok(_) => {
                let e = InputError::OutOfRange {
                    typed: shown(text),
                    min: format!("{min}"),
                    max: format!("{max}"),
                };
                self.input(field, Issue::Input(e));
                None
            }
            Err(e) => {
                self.input(field, Issue::Input(e));
                None
            }
        }
    }
}

/// No upper bound: counts stop at [`crate::plan::quantity::MAX_COUNT`] anyway.
pub(super) const NO_MAX: u64 = crate::plan::quantity::MAX_COUNT;
