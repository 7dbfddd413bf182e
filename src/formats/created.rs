//! The Markdown export's "What AKS creates" section (aks-rules §11): the node resource group's
//! name and the resources it will hold for this plan, and how traffic leaves the cluster.

use alloc::format;
use alloc::string::String;
use core::fmt::Write;

use crate::evaluate::{Report, Resource};
use crate::plan::Plan;
use crate::text::egress::{self as words, label};
use crate::text::{self, Lang, int};

/// A Markdown table cell; `<id>` in a name must not read as an HTML tag.
fn cell(s: &str) -> String {
    s.replace('|', "\\|")
        .replace(['\n', '\r'], " ")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Appends the section to a Markdown document.
///
/// # Examples
/// ```
/// let md = aks_calc::formats::markdown::markdown(&aks_calc::plan::Plan::default(), "#", aks_calc::text::Lang::En);
/// assert!(md.contains("**Node resource group**: MC_rg-aks_aks-cluster_japaneast (31 characters"));
/// assert!(md.contains("| Standard load balancer (outbound rules and LoadBalancer services) | kubernetes | 1 |"));
/// ```
pub(crate) fn created_section(md: &mut String, plan: &Plan, r: &Report, lang: Lang) {
    let l = |t: text::T| t.get(lang);
    let c = &r.created;
    let _ = writeln!(md, "\n## {}\n", l(label::CREATED));
    let _ = writeln!(
        md,
        "**{}**: {}\n",
        l(label::NODE_RG),
        cell(&words::node_resource_group(c, lang))
    );
    let _ = writeln!(
        md,
        "| {} | {} | {} |\n|---|---|--:|",
        l(label::RESOURCE),
        l(label::NAME),
        l(label::COUNT)
    );
    for item in &c.resources {
        let what = match item.resource {
            Resource::ScaleSet(i) => format!(
                "{} · {}",
                l(words::resource(item.resource)),
                plan.pools.get(i).map_or("", |p| p.name.as_str())
            ),
            other => String::from(l(words::resource(other))),
        };
        let _ = writeln!(
            md,
            "| {} | {} | {} |",
            cell(&what),
            cell(&words::resource_name(&item.name, lang)),
            int(item.count)
        );
    }
    let o = &r.outbound;
    let _ = writeln!(
        md,
        "\n**{}**: {} — {}",
        l(text::outbound::outbound_field(
            crate::plan::field::OutboundField::Type
        )),
        l(text::outbound::outbound_type(o.outbound_type)),
        words::verdict(o, lang)
    );
}
