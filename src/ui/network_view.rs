//! The IP address plan: what each situation needs against what the ranges hold, the node
//! subnet as a bar ([`network_view`], in the first module), the comparison of every network
//! model and the per-node pod CIDRs ([`comparison`], [`Allocation`], in the panels' module).

use yew::prelude::*;

use super::field::{Message, field_messages};
use super::figures::{bar, why_view};
use super::state::Shared;
use crate::evaluate::Report;
use crate::evaluate::finding::Severity;
use crate::evaluate::{NodeUse, Part};
use crate::plan::edit::Edit;
use crate::plan::quantity::parse_count;
use crate::rules::address::{node_block_v6, node_blocks_page};
use crate::rules::network::PodSpaceKind;
use crate::text::explain;
use crate::text::{self, Lang, int, label};

fn big(n: u128) -> String {
    int(u64::try_from(n).unwrap_or(u64::MAX))
}

fn prefix(p: Option<u8>) -> String {
    p.map_or_else(|| "—".to_owned(), |p| format!("/{p}"))
}

fn part_class(p: Part) -> &'static str {
    match p {
        Part::Reserved => "reserved-ip",
        Part::Nodes => "nodes",
        Part::Surge => "surge",
        Part::Pods => "pods",
        Part::Other => "other",
        Part::Free => "free",
    }
}

/// The IP address plan of the chosen model (in the first module: prerendered, and on screen
/// with the first result). A plain function, not a component: every edit changes the report it
/// shows, and a component of its own cost the first load 0.9 KB gzip.
pub fn network_view(report: &Report, pool_names: &[String], lang: Lang) -> Html {
    let n = &report.network;
    html! {
        <section class="ip-plan" aria-labelledby="ip-h" data-test="ip-plan">
            <h2 id="ip-h">{ label::IP_PLAN.get(lang) }{ " · " }{ text::network_model(n.model).get(lang) }</h2>
            { scenarios(report, lang) }
            <p class="hint">{ label::SCENARIO_HINT.get(lang) }</p>
            { facts(n, pool_names, lang) }
            if !n.layout.is_empty() {
                <h3 class="sub-h">{ text::field(crate::plan::field::PoolField::VnetSubnet).get(lang) }
                    { n.node_subnet.map(|s| format!(" {}", s.net)).unwrap_or_default() }</h3>
                { bar(&n.layout.iter().map(|s| (part_class(s.part), s.permille)).collect::<Vec<_>>(), &n.layout.iter().map(|s| format!("{} {}", text::part(s.part).get(lang), big(s.ips))).collect::<Vec<_>>().join(", ")) }
                <ul class="legend" data-test="layout">
                    { for n.layout.iter().map(|s| html! {
                        <li><span class={classes!("swatch", part_class(s.part))} aria-hidden="true"></span>
                            { format!("{}: {}", text::part(s.part).get(lang), big(s.ips)) }</li>
                    }) }
                </ul>
            }
            if n.pod_space.map(|p| p.kind) == Some(PodSpaceKind::StaticBlocks) {
                <p class="hint">{ label::STATIC_BLOCKS_NOTE.get(lang) }</p>
            }
        </section>
    }
}

/// Nodes, pods, the first pool's node subnet and the pod space, now / scaled / upgrading.
fn scenarios(report: &Report, lang: Lang) -> Html {
    let n = &report.network;
    let row = |name: &str, test: &'static str, values: [String; 3], why: Option<explain::Why>| {
        html! {
            <tr data-test={test}>
                <th scope="row">{ name.to_owned() }
                    if let Some(why) = why { { " " }{ why_view(&why, name, lang) } }</th>
                { for values.into_iter().map(|v| html! { <td class="num">{ v }</td> }) }
            </tr>
        }
    };
    let max_pods: Vec<u64> = report
        .pools
        .iter()
        .filter_map(|p| p.max_pods.map(u64::from))
        .collect();
    html! {
        <div class="table-scroll" tabindex="0">
        <table class="breakdown scenarios">
            <thead>
                <tr>
                    <td></td>
                    <th scope="col" class="num">{ label::SCENARIO_NOW.get(lang) }</th>
                    <th scope="col" class="num">{ label::SCENARIO_SCALED.get(lang) }</th>
                    <th scope="col" class="num">{ label::SCENARIO_UPGRADE.get(lang) }</th>
                </tr>
            </thead>
            <tbody>
                { row(label::NODES.get(lang), "nodes", [int(n.nodes.now), int(n.nodes.scaled), int(n.nodes.upgrade)], None) }
                { row(label::PODS.get(lang), "pods", [int(n.pods.now), int(n.pods.scaled), int(n.pods.upgrade)], None) }
                if let Some(s) = n.node_subnet {
                    { row(&format!("{} ({} {})", label::NODE_SUBNET_IPS.get(lang), label::NEEDED.get(lang), s.net), "node-ips",
                        [big(s.needed.now), big(s.needed.scaled), big(s.needed.upgrade)], explain::node_subnet_needed(n, &max_pods, lang)) }
                    { row(&format!("{} ({})", label::NODE_SUBNET_IPS.get(lang), label::AVAILABLE.get(lang)), "node-usable",
                        [big(s.usable), big(s.usable), big(s.usable)], explain::node_subnet_usable(n, lang)) }
                }
                if let Some(p) = n.pod_space {
                    { row(&format!("{} ({})", text::pod_space(p.kind).get(lang), label::NEEDED.get(lang)), "pod-needed",
                        [big(p.needed.now), big(p.needed.scaled), big(p.needed.upgrade)], None) }
                    if let Some(c) = p.capacity {
                        { row(&format!("{} ({})", text::pod_space(p.kind).get(lang), label::AVAILABLE.get(lang)), "pod-capacity",
                            [big(c), big(c), big(c)], explain::pod_space(n, lang)) }
                    }
                }
            </tbody>
        </table>
        </div>
    }
}

/// The smallest ranges that fit, how many nodes the network holds, and each pool's room to grow.
fn facts(n: &crate::evaluate::NetworkReport, pool_names: &[String], lang: Lang) -> Html {
    html! {
        <dl class="facts">
            <dt>{ label::SMALLEST.get(lang) }</dt>
            <dd>
                { text::field(crate::plan::field::PoolField::VnetSubnet).get(lang) }{ ": " }
                <strong data-test="smallest-node-subnet">{ prefix(n.node_subnet.and_then(|s| s.smallest)) }</strong>
                if let Some(p) = n.pod_space {
                    { " · " }{ text::pod_space(p.kind).get(lang) }{ ": " }
                    <strong data-test="smallest-pod-range">{ prefix(p.smallest) }</strong>
                }
            </dd>
            <dt>{ label::HOLDS.get(lang) }</dt>
            <dd>
                <strong data-test="capacity-nodes">{ n.capacity_nodes.map(int).unwrap_or_else(|| "—".into()) }</strong>
                { format!(" {} ", label::NODES.get(lang).to_ascii_lowercase()) }
                { n.capacity_pods.map(|p| format!("({} {})", int(p), label::PODS.get(lang).to_ascii_lowercase())).unwrap_or_default() }
                <span class="hint">{ format!(" — {}", label::HOLDS_HINT.get(lang)) }</span>
            </dd>
            <dt>{ label::MORE_NODES.get(lang) }</dt>
            <dd data-test="more-nodes">
                { for n.more_nodes.iter().zip(pool_names).map(|(m, name)| html! {
                    <span class="more">{ format!("{name}: {}", m.map(int).unwrap_or_else(|| "—".into())) }</span>
                }) }
            </dd>
        </dl>
    }
}

/// Every network model side by side for the same pools, each a click away (not `readonly`).
pub fn comparison(report: &Report, onedit: &Callback<Edit>, readonly: bool, lang: Lang) -> Html {
    let current = report.network.model;
    html! {
        <section class="comparison" aria-labelledby="compare-h" data-test="comparison">
            <h2 id="compare-h">{ label::COMPARE.get(lang) }</h2>
            <div class="table-scroll" tabindex="0">
            <table class="breakdown">
                <thead>
                    <tr>
                        <th scope="col">{ label::MODEL.get(lang) }</th>
                        <th scope="col" class="num">{ label::NODE_SUBNET_IPS.get(lang) }</th>
                        <th scope="col" class="num">{ label::SMALLEST.get(lang) }</th>
                        <th scope="col">{ label::POD_RANGE.get(lang) }</th>
                        <th scope="col" class="num">{ label::SMALLEST.get(lang) }</th>
                        <th scope="col" class="num">{ label::HOLDS.get(lang) }</th>
                        <th scope="col">{ label::FITS.get(lang) }</th>
                        <th scope="col"><span class="visually-hidden">{ label::USE_MODEL.get(lang) }</span></th>
                    </tr>
                </thead>
                <tbody>
                    { for report.comparison.iter().map(|m| {
                        let fits = match m.fits() {
                            Some(true) => label::YES.get(lang),
                            Some(false) => label::NO.get(lang),
                            None => label::UNKNOWN.get(lang),
                        };
                        let pod = match m.pod_kind {
                            Some(kind) => format!("{}: {} / {}", text::pod_space(kind).get(lang), big(m.pod_needed), m.pod_capacity.map(big).unwrap_or_else(|| "—".into())),
                            None => label::NO_POD_SPACE.get(lang).to_owned(),
                        };
                        let model = m.model;
                        let onedit = onedit.clone();
                        let onclick = Callback::from(move |_| onedit.emit(Edit::Network(model)));
                        html! {
                            <tr data-test={format!("compare-{}", model.id())} class={classes!((model == current).then_some("current"))}>
                                <th scope="row">{ text::network_model(model).get(lang) }
                                    if model == current { <span class="badge">{ label::CURRENT.get(lang) }</span> }</th>
                                <td class="num">{ format!("{} / {}", big(m.node_ips), m.node_usable.map(big).unwrap_or_else(|| "—".into())) }</td>
                                <td class="num">{ prefix(m.smallest_node) }</td>
                                <td>{ pod }</td>
                                <td class="num">{ if m.pod_kind.is_some() { prefix(m.smallest_pod) } else { "—".to_owned() } }</td>
                                <td class="num">{ m.capacity_nodes.map(int).unwrap_or_else(|| "—".into()) }</td>
                                <td data-test="fits" class={classes!(if m.fits() == Some(true) { "ok" } else { "bad" })}>
                                    { fits }
                                    { for m.blockers.iter().map(|b| html! { <span class="blocker">{ format!(" ({})", text::blocker(*b).get(lang)) }</span> }) }
                                </td>
                                <td>
                                    if model != current && !readonly {
                                        <button type="button" {onclick} aria-label={format!("{} {}", label::USE_MODEL.get(lang), text::network_model(model).get(lang))}>{ label::USE_MODEL.get(lang) }</button>
                                    }
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            </div>
        </section>
    }
}

/// One page of the per-node /24s, each with what the plan uses it for.
fn allocation_table(
    n: &crate::evaluate::NetworkReport,
    rows: &[(u64, ipnet::Ipv4Net)],
    lang: Lang,
) -> Html {
    let use_label = |u: NodeUse| match u {
        NodeUse::Now => label::IN_USE,
        NodeUse::ScaleOut => label::FOR_SCALE,
        NodeUse::Surge => label::FOR_SURGE,
        NodeUse::Spare => label::SPARE,
    };
    let use_class = |u: NodeUse| match u {
        NodeUse::Now => "use-now",
        NodeUse::ScaleOut => "use-scale",
        NodeUse::Surge => "use-surge",
        NodeUse::Spare => "use-spare",
    };
    // Dual-stack: each node's /80 of the IPv6 pod range beside its /24.
    let v6 = n.pod_cidr_v6;
    html! {
        <table class="breakdown alloc-table">
            <thead>
                <tr>
                    <th scope="col" class="num">{ label::NODE_INDEX.get(lang) }</th>
                    <th scope="col">{ label::POD_RANGE.get(lang) }</th>
                    if v6.is_some() { <th scope="col">{ label::POD_RANGE_V6.get(lang) }</th> }
                    <th scope="col">{ label::STATE.get(lang) }</th>
                </tr>
            </thead>
            <tbody>
                { for rows.iter().map(|(i, block)| {
                    let u = n.node_use(*i);
                    html! {
                        <tr key={*i} class={use_class(u)}>
                            <td class="num">{ int(*i) }</td>
                            <td class="mono">{ block.to_string() }</td>
                            if let Some(v6) = v6 {
                                <td class="mono" data-test="pod-range-v6">{ node_block_v6(v6, *i).map_or_else(|| "—".to_owned(), |b| b.to_string()) }</td>
                            }
                            <td>{ use_label(u).get(lang) }</td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}

/// Rows per page of the per-node pod CIDR list.
const PER_PAGE: u64 = 32;

#[derive(Properties, PartialEq)]
pub struct AllocationProps {
    pub report: Shared<Report>,
}

/// The /24 each node gets from the pod CIDR, a page at a time.
#[component]
pub fn Allocation(props: &AllocationProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let page = use_state(|| 0u64);
    let goto = use_state(String::new);
    // The last "go to" named no node of the list.
    let goto_bad = use_state(|| false);
    let n = &props.report.network;
    let Some(pod_cidr) = n.pod_cidr_v4.filter(|_| n.model.uses_pod_cidr()) else {
        return html! {};
    };
    let blocks = crate::rules::address::node_blocks(pod_cidr);
    let pages = blocks.div_ceil(PER_PAGE).max(1);
    let current = (*page).min(pages - 1);
    let rows = node_blocks_page(pod_cidr, current, PER_PAGE);
    let set_page = |p: u64| {
        let page = page.clone();
        Callback::from(move |_| page.set(p))
    };
    let on_goto_input = {
        let goto = goto.clone();
        Callback::from(move |e: InputEvent| {
            goto.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    let on_goto = {
        let page = page.clone();
        let goto = goto.clone();
        let goto_bad = goto_bad.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match parse_count(&goto) {
                Ok(node) if node < blocks => {
                    page.set(node / PER_PAGE);
                    goto_bad.set(false);
                }
                _ => goto_bad.set(true),
            }
        })
    };
    let goto_messages = if *goto_bad {
        vec![Message {
            severity: Severity::Error,
            text: text::no_such_node(blocks, lang),
        }]
    } else {
        Vec::new()
    };
    let pager = html! {
        <div class="pager">
            <button type="button" onclick={set_page(current.saturating_sub(1))} disabled={current == 0}>{ label::PREVIOUS.get(lang) }</button>
            <span data-test="page">{ format!("{} {} {}", int(current + 1), label::OF_TOTAL.get(lang), int(pages)) }</span>
            <button type="button" onclick={set_page((current + 1).min(pages - 1))} disabled={current + 1 >= pages}>{ label::NEXT.get(lang) }</button>
            <form class="goto" onsubmit={on_goto}>
                <label for="alloc-goto">{ label::GO_TO_NODE.get(lang) }</label>
                <input id="alloc-goto" type="text" inputmode="numeric" autocomplete="off" value={(*goto).clone()} oninput={on_goto_input}
                    aria-invalid={goto_bad.then_some("true")} aria-describedby={goto_bad.then_some("alloc-goto-msg")} />
                <button type="submit">{ "→" }</button>
                { field_messages("alloc-goto-msg", &goto_messages, lang) }
            </form>
        </div>
    };
    html! {
        <section class="allocation" aria-labelledby="alloc-h" data-test="allocation">
            <h2 id="alloc-h">{ label::ALLOCATION.get(lang) }{ format!(" · {pod_cidr}") }</h2>
            <p class="hint">{ label::ALLOCATION_HINT.get(lang) }{ format!(" {} × /24.", int(blocks)) }
                if n.pod_cidr_v6.is_some() { { " " }{ label::ALLOCATION_HINT_V6.get(lang) } }</p>
            if blocks == 0 {
                <p>{ "—" }</p>
            } else {
                { pager }
                { allocation_table(n, &rows, lang) }
            }
        </section>
    }
}
