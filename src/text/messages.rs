//! Sentences of the page with numbers in them: the cluster totals, what a range has available,
//! a link's length, a node the allocation list does not have.

use alloc::format;
use alloc::string::String;

use super::{Lang, int};

/// The cluster totals as a sentence.
pub fn totals(t: &crate::evaluate::Totals, lang: Lang) -> String {
    let mi = |ki: u64| int(ki / 1024);
    let mut out = match lang {
        Lang::En => format!(
            "{} nodes with {}m CPU and {} Mi memory allocatable",
            int(t.nodes),
            int(t.cpu_m),
            mi(t.memory_ki)
        ),
        Lang::Ja => format!(
            "{} ノード、割り当て可能な CPU {}m・メモリ {} Mi",
            int(t.nodes),
            int(t.cpu_m),
            mi(t.memory_ki)
        ),
    };
    if t.nodes_at_max != t.nodes {
        out.push_str(&match lang {
            Lang::En => format!(
                " (at the autoscaler maximum: {} nodes, {}m CPU, {} Mi)",
                int(t.nodes_at_max),
                int(t.cpu_m_at_max),
                mi(t.memory_ki_at_max)
            ),
            Lang::Ja => format!(
                "(オートスケーラー最大時: {} ノード、CPU {}m・メモリ {} Mi)",
                int(t.nodes_at_max),
                int(t.cpu_m_at_max),
                mi(t.memory_ki_at_max)
            ),
        });
    }
    if t.virtual_nodes > 0 {
        out.push_str(&match lang {
            Lang::En => format!(
                ", after {} Virtual Nodes v2 take {}m CPU and {} Mi on real nodes",
                int(t.virtual_nodes),
                int(t.virtual_nodes_cpu_m),
                mi(t.virtual_nodes_memory_ki)
            ),
            Lang::Ja => format!(
                "(Virtual Nodes v2 {} 台が実ノード上で使う CPU {}m・メモリ {} Mi を差し引き済み)",
                int(t.virtual_nodes),
                int(t.virtual_nodes_cpu_m),
                mi(t.virtual_nodes_memory_ki)
            ),
        });
    }
    out.push_str(match lang {
        Lang::En => ".",
        Lang::Ja => "。",
    });
    out
}

/// What Virtual Nodes v2 take on real nodes, for the totals table (already out of its figures).
///
/// # Examples
/// ```
/// let t = aks_calc::evaluate::Totals {
///     virtual_nodes: 2, virtual_nodes_cpu_m: 6000, virtual_nodes_memory_ki: 24 << 20,
///     ..Default::default()
/// };
/// assert_eq!(
///     aks_calc::text::virtual_nodes_take(&t, aks_calc::text::Lang::En),
///     "2 virtual nodes take 6,000m CPU and 24,576 Mi on real nodes, already out of the figures above."
/// );
/// ```
pub fn virtual_nodes_take(t: &crate::evaluate::Totals, lang: Lang) -> String {
    let (n, cpu, mi) = (
        int(t.virtual_nodes),
        int(t.virtual_nodes_cpu_m),
        int(t.virtual_nodes_memory_ki / 1024),
    );
    match lang {
        Lang::En => format!(
            "{n} virtual node{} take{} {cpu}m CPU and {mi} Mi on real nodes, already out of the figures above.",
            if t.virtual_nodes == 1 { "" } else { "s" },
            if t.virtual_nodes == 1 { "s" } else { "" }
        ),
        Lang::Ja => format!(
            "仮想ノード {n} 台が実ノード上で CPU {cpu}m・メモリ {mi} Mi を使用します(上の数値から差し引き済み)。"
        ),
    }
}

/// "10.10.0.0/22: 1,019 available"; the range may be empty.
pub fn available(range: &str, count: &str, lang: Lang) -> String {
    match (lang, range.is_empty()) {
        (Lang::En, true) => format!("{count} available"),
        (Lang::En, false) => format!("{range}: {count} available"),
        (Lang::Ja, true) => format!("使用可能 {count}"),
        (Lang::Ja, false) => format!("{range}、使用可能 {count}"),
    }
}

/// A link's length, when it may be too long to pass around.
pub fn long_link(len: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "This link is {} characters long; some chat tools and wikis cut links past 2,000.",
            int(len as u64)
        ),
        Lang::Ja => format!(
            "このリンクは {} 文字あります。チャットツールや Wiki によっては 2,000 文字を超えるリンクが切れることがあります。",
            int(len as u64)
        ),
    }
}

/// The allocation list's "go to node" got something that is not one of its nodes.
pub fn no_such_node(blocks: u64, lang: Lang) -> String {
    let last = int(blocks.saturating_sub(1));
    match lang {
        Lang::En => format!("Enter a node number from 0 to {last}."),
        Lang::Ja => format!("0 から {last} までのノード番号を入力してください。"),
    }
}
