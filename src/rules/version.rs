//! Kubernetes versions, which decide several AKS rules (the memory rule, the surge default).

/// A Kubernetes minor version, e.g. 1.29.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct K8sVersion {
    pub major: u32,
    pub minor: u32,
}

impl K8sVersion {
    pub const fn new(major: u32, minor: u32) -> Self {
        K8sVersion { major, minor }
    }
}

/// The oldest minor version AKS still supports after the release of 2026-07-17 (1.31, as
/// long-term support): 1.28, 1.29 and 1.30 were deprecated on 2026-03-05, 2026-04-02 and
/// 2026-07-17 (aks-rules §2g). Older versions are planned with their own rules, as old pools.
pub const OLDEST_SUPPORTED: K8sVersion = K8sVersion::new(1, 31);

/// A month of AKS's release calendar; an end of life in a month means the end of that month
/// ("Unless an explicit date is provided, the End of Life (EOL) date is the last day of the
/// specified month", `supported-kubernetes-versions.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: u16,
    pub month: u8,
}

impl Month {
    pub const fn new(year: u16, month: u8) -> Self {
        Month { year, month }
    }
}

/// The date of the sources the rule set was checked against: the AKS docs as of 2026-08 (the
/// release notes up to 2026-07-17). What the calendar schedules after it is not verified.
pub const SOURCES_AS_OF: Month = Month::new(2026, 8);
/// The rule set's own date (`aks-rules 2026-12`).
pub const RULES_DATE: Month = Month::new(2026, 12);

/// One minor version in AKS's release calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lifecycle {
    pub minor: u32,
    pub preview: Month,
    pub ga: Month,
    /// The end of standard (community) support.
    pub end_of_life: Month,
    /// The end of long-term support (LTS, Premium tier).
    pub lts_end: Month,
}

const fn lifecycle(minor: u32, preview: Month, ga: Month, eol: Month, lts: Month) -> Lifecycle {
    Lifecycle {
        minor,
        preview,
        ga,
        end_of_life: eol,
        lts_end: lts,
    }
}

/// AKS's release calendar and its LTS table (`supported-kubernetes-versions.md`, ms.date
/// 08/05/2026). 1.30's end of life is Aug 22, 2025 and 1.31's Nov 1, 2025: both long past.
pub const CALENDAR: [Lifecycle; 9] = {
    const fn m(year: u16, month: u8) -> Month {
        Month::new(year, month)
    }
    [
        lifecycle(29, m(2024, 2), m(2024, 3), m(2025, 3), m(2026, 4)),
        lifecycle(30, m(2024, 6), m(2024, 7), m(2025, 8), m(2026, 7)),
        lifecycle(31, m(2024, 10), m(2024, 11), m(2025, 11), m(2026, 11)),
        lifecycle(32, m(2025, 2), m(2025, 4), m(2026, 3), m(2027, 3)),
        lifecycle(33, m(2025, 5), m(2025, 6), m(2026, 7), m(2027, 7)),
        lifecycle(34, m(2025, 10), m(2025, 11), m(2026, 11), m(2027, 11)),
        lifecycle(35, m(2026, 2), m(2026, 3), m(2027, 3), m(2028, 3)),
        lifecycle(36, m(2026, 5), m(2026, 6), m(2027, 6), m(2028, 6)),
        lifecycle(37, m(2026, 9), m(2026, 10), m(2027, 10), m(2028, 10)),
    ]
};

/// A version's line in the calendar, if it has one.
pub fn lifecycle_of(version: K8sVersion) -> Option<Lifecycle> {
    CALENDAR
        .into_iter()
        .find(|l| version.major == 1 && l.minor == version.minor)
}

/// Where a version stands as of the rule set's sources ([`SOURCES_AS_OF`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Support {
    /// Past its long-term support (or older than the calendar): no longer offered.
    Ended,
    /// Past standard support, still under LTS until `lts_end`: "Enabling LTS requires moving
    /// your cluster to the Premium tier and explicitly selecting the LTS support plan"
    /// (`long-term-support.md`). The release notes of 2026-07-17: "Kubernetes version 1.33 is
    /// now available only under long-term support (LTS)".
    LtsOnly { lts_end: Month },
    /// In standard support (LTS optional).
    Standard,
    /// Not generally available yet: in the calendar with its expected preview and GA months,
    /// or not in it at all.
    NotGa { planned: Option<(Month, Month)> },
}

/// Where `version` stands as of the sources: 1.34–1.36 standard, 1.31–1.33 LTS only, 1.30 and
/// older ended, 1.37 not GA (expected October 2026) (rules-check E20).
///
/// # Examples
/// ```
/// use aks_calc::rules::version::{K8sVersion, Month, Support, support};
/// let v = |minor| support(K8sVersion::new(1, minor));
/// assert_eq!(v(30), Support::Ended);
/// assert_eq!(v(31), Support::LtsOnly { lts_end: Month::new(2026, 11) });
/// assert_eq!(v(33), Support::LtsOnly { lts_end: Month::new(2027, 7) });
/// assert_eq!((v(34), v(36)), (Support::Standard, Support::Standard));
/// assert_eq!(v(37), Support::NotGa { planned: Some((Month::new(2026, 9), Month::new(2026, 10))) });
/// assert_eq!(v(38), Support::NotGa { planned: None });
/// assert_eq!(v(20), Support::Ended);
/// ```
pub fn support(version: K8sVersion) -> Support {
    let Some(l) = lifecycle_of(version) else {
        let newest = CALENDAR.iter().map(|l| l.minor).max().unwrap_or(0);
        return if version.major > 1 || (version.major == 1 && version.minor > newest) {
            Support::NotGa { planned: None }
        } else {
            Support::Ended
        };
    };
    if l.ga > SOURCES_AS_OF {
        Support::NotGa {
            planned: Some((l.preview, l.ga)),
        }
    } else if l.end_of_life >= SOURCES_AS_OF {
        Support::Standard
    } else if l.lts_end >= SOURCES_AS_OF {
        Support::LtsOnly { lts_end: l.lts_end }
    } else {
        Support::Ended
    }
}

/// The support the calendar ends before the rule set's own date ([`RULES_DATE`]), for a version
/// still supported as of the sources: its LTS (`true`, 1.31 in November 2026) or its standard
/// support (`false`, 1.34 in November 2026, LTS only after).
///
/// # Examples
/// ```
/// use aks_calc::rules::version::{K8sVersion, Month, ends_before_rules};
/// let v = |minor| ends_before_rules(K8sVersion::new(1, minor));
/// assert_eq!(v(31), Some((Month::new(2026, 11), true)));
/// assert_eq!(v(34), Some((Month::new(2026, 11), false)));
/// assert_eq!((v(32), v(35), v(30)), (None, None, None));
/// ```
pub fn ends_before_rules(version: K8sVersion) -> Option<(Month, bool)> {
    let l = lifecycle_of(version)?;
    match support(version) {
        Support::Standard if l.end_of_life < RULES_DATE => Some((l.end_of_life, false)),
        Support::LtsOnly { lts_end } if lts_end < RULES_DATE => Some((lts_end, true)),
        _ => None,
    }
}

/// The versions in standard support as of the sources, oldest and newest (1.34, 1.36).
pub fn standard_support() -> Option<(K8sVersion, K8sVersion)> {
    let mut standard = CALENDAR
        .iter()
        .map(|l| K8sVersion::new(1, l.minor))
        .filter(|v| support(*v) == Support::Standard);
    let first = standard.next()?;
    Some((first, standard.next_back().unwrap_or(first)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_calendar_agrees_with_the_release_notes() {
        // 1.28–1.30 deprecated by 2026-07-17: below OLDEST_SUPPORTED is exactly "ended".
        for minor in 0..=45 {
            let v = K8sVersion::new(1, minor);
            assert_eq!(
                support(v) == Support::Ended,
                v < OLDEST_SUPPORTED,
                "1.{minor}"
            );
        }
        assert_eq!(
            standard_support(),
            Some((K8sVersion::new(1, 34), K8sVersion::new(1, 36)))
        );
        // The boundaries: 1.33's standard support ended in July 2026 (< August), 1.34's ends in
        // November; 1.36 went GA in June, 1.37 is expected in October.
        let l33 = lifecycle_of(K8sVersion::new(1, 33)).unwrap();
        assert!(l33.end_of_life < SOURCES_AS_OF);
        let l37 = lifecycle_of(K8sVersion::new(1, 37)).unwrap();
        assert!(l37.ga > SOURCES_AS_OF && l37.ga < RULES_DATE);
        assert!(Month::new(2026, 12) > Month::new(2026, 11));
        assert!(Month::new(2027, 1) > Month::new(2026, 12));
    }
}
