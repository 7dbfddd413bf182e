//! Findings about a Kubernetes version's support in AKS: LTS only, support ending before the
//! rule set's date, not generally available yet (rules-check E20).
//!
//! [`super::issue`] routes these findings here.

use alloc::format;
use alloc::string::String;

use super::Lang;
use crate::evaluate::finding::VersionIssue;
use crate::rules::version::{CALENDAR, K8sVersion, Month, RULES_DATE, standard_support};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A month of the calendar: `November 2026`, `2026 年 11 月`.
///
/// # Examples
/// ```
/// use aks_calc::rules::version::Month;
/// use aks_calc::text::{Lang, month};
/// assert_eq!(month(Month::new(2026, 11), Lang::En), "November 2026");
/// assert_eq!(month(Month::new(2026, 11), Lang::Ja), "2026 年 11 月");
/// ```
pub fn month(m: Month, lang: Lang) -> String {
    match lang {
        Lang::En => {
            let name = usize::from(m.month)
                .checked_sub(1)
                .and_then(|i| MONTHS.get(i))
                .copied()
                .unwrap_or("?");
            format!("{name} {}", m.year)
        }
        Lang::Ja => format!("{} 年 {} 月", m.year, m.month),
    }
}

fn v(version: &K8sVersion) -> String {
    format!("{}.{}", version.major, version.minor)
}

/// The versions in standard support, `1.34` and `1.36`.
fn standard() -> (String, String) {
    standard_support().map_or_else(
        || (String::from("?"), String::from("?")),
        |(a, b)| (v(&a), v(&b)),
    )
}

/// A version's support, worded.
pub(super) fn version(issue: &VersionIssue, lang: Lang) -> String {
    let en = lang == Lang::En;
    match issue {
        VersionIssue::LtsOnly {
            version,
            lts_end,
            premium,
        } => {
            let (ver, end, (a, b)) = (v(version), month(*lts_end, lang), standard());
            match (premium, en) {
                (false, true) => format!(
                    "Kubernetes {ver} is available only with long-term support (LTS, until the end of {end}); standard support covers {a} to {b}. LTS needs the Premium tier and the LTS support plan (az aks create --tier premium --k8s-support-plan AKSLongTermSupport): choose the Premium tier, or a version from {a} to {b}."
                ),
                (false, false) => format!(
                    "Kubernetes {ver} は長期サポート(LTS、{end}末まで)でのみ利用できます。標準サポートの対象は {a}〜{b} です。LTS には Premium 価格レベルと LTS サポートプランが必要です(az aks create --tier premium --k8s-support-plan AKSLongTermSupport)。Premium 価格レベルにするか、{a}〜{b} のバージョンを選んでください。"
                ),
                (true, true) => format!(
                    "Kubernetes {ver} is available only with long-term support (LTS, until the end of {end}): on the Premium tier the cluster needs the LTS support plan, which the exports set (--k8s-support-plan AKSLongTermSupport)."
                ),
                (true, false) => format!(
                    "Kubernetes {ver} は長期サポート(LTS、{end}末まで)でのみ利用できます。Premium 価格レベルのクラスターでは LTS サポートプランが必要なため、エクスポートで設定しています(--k8s-support-plan AKSLongTermSupport)。"
                ),
            }
        }
        VersionIssue::EndsBeforeRules { version, end, lts } => {
            let (ver, end, rules) = (v(version), month(*end, lang), month(RULES_DATE, lang));
            match (lts, en) {
                (true, true) => format!(
                    "AKS's release calendar ends long-term support for Kubernetes {ver} in {end}, before this rule set's date ({rules}): by then AKS no longer offers it. Plan a newer version."
                ),
                (true, false) => format!(
                    "AKS のリリースカレンダーでは、Kubernetes {ver} の長期サポートはこのルールセットの日付({rules})より前の {end}に終了します。それ以降、AKS はこのバージョンを提供しません。新しいバージョンで計画してください。"
                ),
                (false, true) => format!(
                    "AKS's release calendar ends standard support for Kubernetes {ver} in {end}, before this rule set's date ({rules}): after that it is available only with long-term support (Premium tier)."
                ),
                (false, false) => format!(
                    "AKS のリリースカレンダーでは、Kubernetes {ver} の標準サポートはこのルールセットの日付({rules})より前の {end}に終了します。それ以降は長期サポート(LTS、Premium 価格レベル)でのみ利用できます。"
                ),
            }
        }
        VersionIssue::NotGa { version, planned } => {
            let ver = v(version);
            match (planned, en) {
                (Some((preview, ga)), true) => format!(
                    "Kubernetes {ver} is not generally available in this rule set's sources (the AKS docs as of August 2026, the release notes up to 2026-07-17): AKS's release calendar expects its preview in {} and GA in {}. Check az aks get-versions --location <region> before planning with it.",
                    month(*preview, lang),
                    month(*ga, lang)
                ),
                (Some((preview, ga)), false) => format!(
                    "Kubernetes {ver} は、このルールセットの情報源(2026 年 8 月時点の AKS ドキュメント、2026-07-17 までのリリースノート)では一般提供されていません。AKS のリリースカレンダーではプレビューが {}、一般提供が {} の予定です。計画に使う前に az aks get-versions --location <リージョン> で確認してください。",
                    month(*preview, lang),
                    month(*ga, lang)
                ),
                (None, _) => {
                    let newest = CALENDAR.last().map_or(0, |l| l.minor);
                    if en {
                        format!(
                            "Kubernetes {ver} is not in AKS's release calendar, whose newest version is 1.{newest}: AKS does not offer it in this rule set's sources. Check az aks get-versions --location <region>."
                        )
                    } else {
                        format!(
                            "Kubernetes {ver} は AKS のリリースカレンダーにありません(最新は 1.{newest})。このルールセットの情報源では AKS はこのバージョンを提供していません。az aks get-versions --location <リージョン> で確認してください。"
                        )
                    }
                }
            }
        }
    }
}
