//! The words of the verdict: fits or not, the counts of problems, and the spaces' names.

use alloc::format;
use alloc::string::String;

use super::{Lang, T, int, permille};
use crate::evaluate::{Space, SpaceUnit, SpaceUse};

pub const FITS: T = T {
    en: "Fits",
    ja: "収まります",
};
pub const DOES_NOT_FIT: T = T {
    en: "Does not fit",
    ja: "収まりません",
};
pub const HEADING: T = T {
    en: "Verdict",
    ja: "判定",
};
pub const PER_NODE: T = T {
    en: "What a node offers pods",
    ja: "ノードあたりのポッド用リソース",
};
pub const SPACES: T = T {
    en: "Address space used",
    ja: "アドレス空間の使用量",
};
pub const SPACE: T = T {
    en: "Range",
    ja: "範囲",
};
pub const POD_CIDR: T = T {
    en: "Pod CIDR",
    ja: "ポッド CIDR",
};
pub const PODS_PER_NODE: T = T {
    en: "Pods per node",
    ja: "ノードあたりのポッド数",
};
pub const POOL: T = T {
    en: "Pool",
    ja: "プール",
};

/// "2 errors · 1 warning"; "No errors or warnings".
///
/// # Examples
/// ```
/// use aks_calc::text::{Lang, verdict::counts};
/// assert_eq!(counts(1, 0, Lang::En), "1 error · 0 warnings");
/// assert_eq!(counts(2, 1, Lang::En), "2 errors · 1 warning");
/// assert_eq!(counts(0, 0, Lang::En), "No errors or warnings");
/// assert_eq!(counts(2, 1, Lang::Ja), "エラー 2 件 · 警告 1 件");
/// assert_eq!(counts(0, 0, Lang::Ja), "エラー・警告なし");
/// ```
pub fn counts(errors: usize, warnings: usize, lang: Lang) -> String {
    let plural = |n: usize, one: &str, many: &str| {
        format!("{} {}", int(n as u64), if n == 1 { one } else { many })
    };
    match (errors, warnings, lang) {
        (0, 0, Lang::En) => "No errors or warnings".into(),
        (0, 0, Lang::Ja) => "エラー・警告なし".into(),
        (e, w, Lang::En) => format!(
            "{} · {}",
            plural(e, "error", "errors"),
            plural(w, "warning", "warnings")
        ),
        (e, w, Lang::Ja) => format!("エラー {} 件 · 警告 {} 件", int(e as u64), int(w as u64)),
    }
}

/// "and 3 more in Findings".
pub fn more(n: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!("and {} more in Findings", int(n as u64)),
        Lang::Ja => format!("ほか {} 件は「指摘事項」を参照", int(n as u64)),
    }
}

/// A count of a space's unit, with separators.
pub fn number(n: u128) -> String {
    int(u64::try_from(n).unwrap_or(u64::MAX))
}

/// A share in thousandths as a percentage: `2100` → "210.0 %".
///
/// # Examples
/// ```
/// use aks_calc::text::verdict::percent;
/// assert_eq!(percent(2100), "210.0 %");
/// assert_eq!(percent(1), "0.1 %");
/// ```
pub fn percent(permille_of: u128) -> String {
    permille(u64::try_from(permille_of).unwrap_or(u64::MAX))
}

/// What a space holds, in its unit: "65,531 IPs", "4,094 /28 blocks", "256 nodes (/24 each)".
pub fn capacity(s: &SpaceUse, lang: Lang) -> String {
    let n = int(u64::try_from(s.capacity).unwrap_or(u64::MAX));
    match (s.unit, lang) {
        (SpaceUnit::Ips, Lang::En) => format!("{n} IPs"),
        (SpaceUnit::Ips, Lang::Ja) => format!("{n} IP"),
        (SpaceUnit::Blocks, Lang::En) => format!("{n} /28 blocks"),
        (SpaceUnit::Blocks, Lang::Ja) => format!("/28 ブロック {n} 個"),
        (SpaceUnit::Nodes, Lang::En) => format!("{n} nodes (a /24 each)"),
        (SpaceUnit::Nodes, Lang::Ja) => format!("{n} ノード(各 /24)"),
    }
}

/// The space's name: the subnet's own name, or "Pod CIDR".
pub fn space_name(s: &SpaceUse, subnet_names: &[String], lang: Lang) -> String {
    match s.space {
        Space::NodeSubnet(i) | Space::PodSubnet(i) => {
            subnet_names.get(i).cloned().unwrap_or_default()
        }
        Space::PodCidr => POD_CIDR.get(lang).into(),
    }
}
