//! Every word the calculator shows, in English and Japanese.
//!
//! Uses the types whose words it holds ([`crate::evaluate`], [`crate::plan`], [`crate::rules`]),
//! never a format or the page: formats word their own notices through the tables here.
//!
//! A fixed text is a [`T`], whose two fields are both required: a missing translation does not
//! compile. Messages with numbers are functions that match on the language.
//!
//! Where the words are, by what they are about (the public names are all re-exported here, so
//! callers write `text::field(…)`, `text::issue(…)`, `text::label::TITLE`):
//! - [`label`]: the page's headings, buttons and column names;
//! - `fields`: the names of the plan's fields and the hints under them ([`field`],
//!   [`cluster_field`]);
//! - `names`: the names of choices and parts: tiers, network models, memory rules ([`tier`],
//!   [`network_model`], [`rule`]);
//! - `issues`: [`issue`], which words every finding, and the findings about pools and input;
//! - `network`: the findings about ranges, subnets, limits and network models;
//! - `messages`: sentences with numbers ([`totals`], [`long_link`]);
//! - `reservations`, `upgrades`: the findings about memory rules and custom reservations, and
//!   about upgrades and OS images;
//! - `sources`: the public sources behind a finding ([`sources`]), both of them where they
//!   disagree;
//! - [`explain`]: the "why this number" formulas; [`io`]: links, exports and imports;
//! - [`outbound`]: outbound fields, types and findings; [`egress`]: the egress rules, the
//!   control-plane path and what AKS creates.
//! - [`aks_error`]: "Explain an AKS error": titles, what AKS counted, formulas, assumptions,
//!   fixes and the panel's labels.

use alloc::format;
use alloc::string::String;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Ja,
}

/// A fixed text in every language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct T {
    pub en: &'static str,
    pub ja: &'static str,
}

impl T {
    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Ja => self.ja,
        }
    }
}

/// A [`T`] from its two texts, for the tables.
pub(crate) const fn t(en: &'static str, ja: &'static str) -> T {
    T { en, ja }
}

/// Formats a whole number with thousands separators, as both languages write it: `1,581`.
///
/// # Examples
/// ```
/// assert_eq!(aks_calc::text::int(1581), "1,581");
/// assert_eq!(aks_calc::text::int(999), "999");
/// assert_eq!(aks_calc::text::int(65536), "65,536");
/// ```
pub fn int(n: u64) -> String {
    let digits = format!("{n}");
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Tenths of a percent as `12.3 %`.
pub fn permille(p: u64) -> String {
    format!("{}.{} %", p / 10, p % 10)
}

/// MiB as GiB with up to two decimals, without trailing zeros: `16`, `3.5`, `7.25`.
pub fn gib(mib: u64) -> String {
    let hundredths = mib * 100 / 1024;
    let (whole, frac) = (hundredths / 100, hundredths % 100);
    match frac {
        0 => format!("{whole}"),
        f if f % 10 == 0 => format!("{whole}.{}", f / 10),
        f => format!("{whole}.{f:02}"),
    }
}

pub mod aks_error;
pub mod design;
pub mod egress;
pub mod explain;
mod fields;
mod input;
pub mod io;
mod issues;
pub mod label;
mod messages;
mod names;
mod network;
pub mod outbound;
mod reservations;
mod sources;
mod upgrades;
pub mod verdict;
mod versions;

pub use fields::{cluster_field, cluster_hint, field, field_hint};
pub use issues::issue;
pub use messages::{available, long_link, no_such_node, totals, virtual_nodes_take};
pub use names::{
    blocker, dataplane_note, network_model, network_model_note, os_sku, part, pod_space, role,
    rule, rule_short, rule_source, tier,
};
pub use sources::sources;
pub use versions::month;

#[cfg(test)]
mod tests;

#[cfg(test)]
mod unit_tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(int(0), "0");
        assert_eq!(int(1000), "1,000");
        assert_eq!(int(27610), "27,610");
        assert_eq!(int(u64::MAX), "18,446,744,073,709,551,615");
        assert_eq!(gib(8192), "8");
        assert_eq!(gib(3584), "3.5");
        assert_eq!(gib(7424), "7.25");
        assert_eq!(permille(906), "90.6 %");
    }
}
