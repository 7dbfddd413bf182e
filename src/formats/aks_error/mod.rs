//! "Explain an AKS error": reads what AKS printed (az, the portal, a pipeline log), builds the
//! plan it describes from the current plan, explains it with the page's own rules and computes
//! the fixes. Runs in the worker ([`super::jobs`]), so none of it is in the page's first load.
//!
//! - `scan`: cutting (100 KB), unescaping and matching patterns, linear and panic-free;
//! - `parse`: which error, with its numbers, ranges and names;
//! - `built`: the plan the error describes, and what had to be assumed;
//! - `explain`: the lines to show; `fix`: the fixes, each checked by evaluating its plan.
//!
//! Uses [`crate::evaluate`] for every figure (no formula is written twice), [`crate::plan`]
//! edits for every change, [`crate::text`] for the words.

use alloc::string::String;
use alloc::vec::Vec;

use crate::evaluate::evaluate;
use crate::plan::Plan;
use crate::text::{Lang, aks_error as words};

mod built;
mod explain;
mod fix;
mod parse;
mod scan;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_fix;

pub use built::Assumed;
pub use fix::FixKind;
pub use parse::{Found, Kind, RangeTarget, SubnetFormat};
pub use scan::MAX_INPUT;

/// What a line of the explanation is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    /// AKS's sentence as the page read it.
    Read,
    /// What AKS counts or checks.
    Counted,
    /// The formula with the numbers.
    Formula,
    /// What the text does not say and the page took from the plan or a default.
    Assumed,
    Note,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub kind: LineKind,
    pub text: String,
}

/// A fix, with its plan (the plan built from the error, with the fix's edits).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fixed {
    pub kind: FixKind,
    pub label: String,
    pub plan: Plan,
}

/// The whole answer to a pasted text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explanation {
    /// `None`: not an error this page knows.
    pub found: Option<Found>,
    pub title: String,
    pub lines: Vec<Line>,
    pub fixes: Vec<Fixed>,
    /// The plan built from the error.
    pub plan: Option<Plan>,
}

/// The text as the matcher sees it: unescaped, white space collapsed, cut at 100 KB.
///
/// # Examples
/// ```
/// use aks_calc::formats::aks_error::clean_text;
/// assert_eq!(clean_text("a\\nb  \\\"c\\\""), "a b \"c\"");
/// ```
pub fn clean_text(pasted: &str) -> String {
    scan::clean(pasted).text
}

/// Explains `pasted` against the `current` plan, in `lang`.
///
/// # Examples
/// ```
/// use aks_calc::formats::aks_error::{explain, Found};
/// use aks_calc::{plan::Plan, text::Lang};
/// let e = explain("Total node count 9 requires 72000 ports but only 64000 ports are available given 1 outbound public IPs", &Plan::default(), Lang::En);
/// assert!(matches!(e.found, Some(Found::Ports { nodes: 9, .. })));
/// assert!(!e.fixes.is_empty());
/// ```
pub fn explain(pasted: &str, current: &Plan, lang: Lang) -> Explanation {
    let cleaned = scan::clean(pasted);
    let mut lines = Vec::new();
    if cleaned.cut {
        lines.push(note(words::CUT.get(lang)));
    }
    let Some(found) = parse::recognise(&cleaned) else {
        return unknown(lines, lang);
    };
    let b = built::build(&found, current);
    let report = evaluate(&b.plan);
    lines.extend(explain::lines(&found, &b, &report, lang));
    let mut fixes = fix::fixes(&found, &b, &report);
    if let Found::DialingBackend { .. } = found {
        fixes.extend(fix::tunnel_fix(current, &b));
    }
    let has_kind = fix::has_kind(&found, &report);
    if has_kind && fixes.is_empty() {
        lines.push(note(words::NO_FIX.get(lang)));
    }
    if let (Found::SubnetFull { .. }, false) = (&found, has_kind) {
        lines.extend(explain::full_but_fits(&b, &report, lang));
    } else if !has_kind && !matches!(found, Found::DialingBackend { .. } | Found::CodeOnly(_)) {
        lines.push(note(words::NO_FINDING.get(lang)));
    }
    let fixes = fixes
        .into_iter()
        .map(|f| {
            let mut plan = b.plan.clone();
            for e in f.edits {
                plan.apply(e);
            }
            Fixed {
                label: explain::fix_label(&f.kind, lang),
                kind: f.kind,
                plan,
            }
        })
        .collect();
    Explanation {
        title: String::from(explain::title_of(&found).get(lang)),
        found: Some(found),
        lines,
        fixes,
        plan: Some(b.plan),
    }
}

fn note(text: &str) -> Line {
    Line {
        kind: LineKind::Note,
        text: String::from(text),
    }
}

/// Not an error this page knows: what it knows, with where AKS printed each.
fn unknown(mut lines: Vec<Line>, lang: Lang) -> Explanation {
    lines.push(note(words::KNOWS.get(lang)));
    for kind in Kind::ALL {
        lines.push(Line {
            kind: LineKind::Note,
            text: alloc::format!(
                "{} — {}",
                explain::kind_title(kind).get(lang),
                kind.source()
            ),
        });
    }
    Explanation {
        found: None,
        title: String::from(words::title::UNKNOWN.get(lang)),
        lines,
        fixes: Vec::new(),
        plan: None,
    }
}
