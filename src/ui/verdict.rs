//! The verdict strip: the page's first answer. Fits or not, the errors and warnings (each a link
//! to its field), and the figures a design meeting asks for: what a node of each pool offers
//! pods, how full each address space is now, scaled out and upgrading, and how many nodes the
//! network holds. Every figure is the report's and keeps its "why".

use yew::prelude::*;

use super::field::{severity_class, severity_label};
use super::figures::why_view;
use super::findings::{anchor, link_to, place};
use super::state::Shared;
use crate::evaluate::{NodeFigures, Report, Space, SpaceUse, SubnetReport};
use crate::plan::NetworkModel;
use crate::text::explain;
use crate::text::verdict as words;
use crate::text::{self, Lang, int, label};

/// Problems listed in the strip; the rest are counted and left to the findings list.
const SHOWN: usize = 4;

#[derive(Properties, PartialEq)]
pub struct VerdictProps {
    pub report: Shared<Report>,
    pub pool_names: Vec<String>,
    pub subnet_names: Vec<String>,
    pub network: NetworkModel,
}

#[component]
pub fn Verdict(props: &VerdictProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let r = &props.report;
    let v = &r.verdict;
    let (class, mark, status) = if v.fits() {
        ("ok", "✓", words::FITS)
    } else {
        ("bad", "✕", words::DOES_NOT_FIT)
    };
    html! {
        <section class={classes!("verdict", class)} id="verdict" aria-labelledby="verdict-h" data-test="verdict">
            <div class="verdict-head" aria-live="polite" aria-atomic="true">
                <h2 id="verdict-h">
                    <span class="visually-hidden">{ words::HEADING.get(lang) }{ ": " }</span>
                    <span class="verdict-mark" aria-hidden="true">{ mark }</span>
                    <span data-test="verdict-status">{ status.get(lang) }</span>
                </h2>
                <p class="verdict-counts" data-test="verdict-counts">{ words::counts(v.errors, v.warnings, lang) }</p>
            </div>
            { problems(props, lang) }
            <div class="verdict-figures">
                { per_node(props, lang) }
                { spaces(props, lang) }
            </div>
        </section>
    }
}

/// The first errors and warnings, each a link to its field.
fn problems(props: &VerdictProps, lang: Lang) -> Html {
    let r = &props.report;
    let problems = &r.verdict.problems;
    if problems.is_empty() {
        return html! {};
    }
    html! {
        <ul class="verdict-problems" data-test="verdict-problems">
            { for problems.iter().take(SHOWN).filter_map(|&i| r.findings.get(i)).map(|f| html! {
                <li class={severity_class(f.severity)}>
                    { link_to(anchor(f.at), html! {
                        <>
                            <span class="sev">{ severity_label(f.severity).get(lang) }</span>
                            <span class="where">{ place(f, &props.pool_names, &props.subnet_names, lang) }</span>
                            { text::issue(&f.issue, lang) }
                        </>
                    }) }
                </li>
            }) }
            if problems.len() > SHOWN {
                <li class="more">{ link_to("findings-h".into(), html! { { words::more(problems.len() - SHOWN, lang) } }) }</li>
            }
        </ul>
    }
}

/// Per pool: allocatable CPU and memory of one node, and its pods.
fn per_node(props: &VerdictProps, lang: Lang) -> Html {
    let r = &props.report;
    html! {
        <div class="table-scroll" tabindex="0">
            <table class="breakdown verdict-pools" data-test="verdict-pools">
                <caption>{ words::PER_NODE.get(lang) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ words::POOL.get(lang) }</th>
                        <th scope="col" class="num">{ label::CPU.get(lang) }</th>
                        <th scope="col" class="num">{ label::MEMORY.get(lang) }</th>
                        <th scope="col" class="num">{ words::PODS_PER_NODE.get(lang) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for r.pools.iter().zip(&props.pool_names).enumerate().map(|(i, (p, name))| html! {
                        <PoolRow key={i} index={i} name={name.clone()} node={p.node} max_pods={p.max_pods} max_pods_defaulted={p.max_pods_defaulted} network={props.network} />
                    }) }
                </tbody>
            </table>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct PoolRowProps {
    index: usize,
    name: String,
    node: Option<NodeFigures>,
    max_pods: Option<u32>,
    max_pods_defaulted: bool,
    network: NetworkModel,
}

/// One pool's row. A component of its own: an edit to another pool leaves its props unchanged,
/// so Yew skips it (with twenty pools, most of the strip).
#[component]
fn PoolRow(props: &PoolRowProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let (i, name) = (props.index, &props.name);
    let cpu = props.node.map(|n| n.cpu);
    let memory = props.node.and_then(|n| n.memory);
    html! {
        <tr data-test={format!("verdict-pool-{i}")}>
            <th scope="row">{ name.clone() }</th>
            <td class="num">
                <span data-test="verdict-cpu">{ cpu.map(|c| format!("{}m", int(c.allocatable_m))).unwrap_or_else(|| "—".into()) }</span>
                if let Some(c) = cpu { { why_view(&explain::cpu_allocatable(&c, lang), &format!("{name} {}", label::CPU.get(lang)), lang) } }
            </td>
            <td class="num">
                <span data-test="verdict-memory">{ memory.map(|m| format!("{} Mi", int(m.allocatable_mi()))).unwrap_or_else(|| "—".into()) }</span>
                if let Some(m) = memory { { why_view(&explain::memory_allocatable(&m, lang), &format!("{name} {}", label::MEMORY.get(lang)), lang) } }
            </td>
            <td class="num">
                <span data-test="verdict-pods">{ props.max_pods.map(|m| int(u64::from(m))).unwrap_or_else(|| "—".into()) }</span>
                if let Some(m) = props.max_pods { { why_view(&explain::max_pods(m, props.max_pods_defaulted, props.network, lang), &format!("{name} {}", words::PODS_PER_NODE.get(lang)), lang) } }
            </td>
        </tr>
    }
}

/// Each address space: its need now / scaled out / upgrading, as numbers and shares, and what
/// it holds; then the nodes the network holds.
fn spaces(props: &VerdictProps, lang: Lang) -> Html {
    let r = &props.report;
    html! {
        <>
            <div class="table-scroll" tabindex="0">
                <table class="breakdown verdict-spaces" data-test="verdict-spaces">
                    <caption>{ words::SPACES.get(lang) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ words::SPACE.get(lang) }</th>
                            <th scope="col" class="num">{ label::SCENARIO_NOW.get(lang) }</th>
                            <th scope="col" class="num">{ label::SCENARIO_SCALED.get(lang) }</th>
                            <th scope="col" class="num">{ label::SCENARIO_UPGRADE.get(lang) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for r.verdict.spaces.iter().enumerate().map(|(i, s)| {
                            let why = match s.space {
                                Space::NodeSubnet(k) | Space::PodSubnet(k) => WhySource::Subnet(r.design.subnets.get(k).cloned().map(Box::new), props.pool_names.clone()),
                                // One row: its words are cheap next to a subnet's.
                                Space::PodCidr => WhySource::Ready(explain::pod_space(&r.network, lang)),
                            };
                            html! { <SpaceRow key={i} index={i} space={*s} name={words::space_name(s, &props.subnet_names, lang)} {why} /> }
                        }) }
                    </tbody>
                </table>
            </div>
            // A div: a <details> may not sit in a <p> (the prerendered HTML would split it).
            <div class="verdict-holds">
                { label::HOLDS.get(lang) }{ ": " }
                <strong data-test="verdict-holds">{ r.network.capacity_nodes.map(int).unwrap_or_else(|| "—".into()) }</strong>
                { format!(" {}", label::NODES.get(lang).to_ascii_lowercase()) }
                if let Some(why) = explain::holds(&r.network, lang) { { " " }{ why_view(&why, label::HOLDS.get(lang), lang) } }
            </div>
        </>
    }
}

/// Where a space's "why" comes from: a subnet's report (worded in the row, only when the row
/// changes) or words already made.
#[derive(PartialEq)]
enum WhySource {
    Subnet(Option<Box<SubnetReport>>, Vec<String>),
    Ready(Option<explain::Why>),
}

#[derive(Properties, PartialEq)]
struct SpaceRowProps {
    index: usize,
    space: SpaceUse,
    name: String,
    why: WhySource,
}

/// One address space's row; a component so that an edit leaving it unchanged skips it.
#[component]
fn SpaceRow(props: &SpaceRowProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let (i, s, name) = (props.index, &props.space, &props.name);
    let why = match &props.why {
        WhySource::Subnet(sub, pool_names) => sub
            .as_ref()
            .map(|sub| explain::subnet_need(sub, pool_names, lang)),
        WhySource::Ready(why) => why.clone(),
    };
    let p = s.permille;
    let full = p.is_some_and(|p| p.upgrade > 1000);
    let cell = |need: u128, share: Option<u128>| {
        html! {
            <>
                { words::number(need) }
                if let Some(share) = share { <span class="share">{ words::percent(share) }</span> }
            </>
        }
    };
    html! {
        <tr data-test={format!("verdict-space-{i}")} class={classes!(full.then_some("bad"))}>
            <th scope="row">
                { name.clone() }
                <span class="mono placed-as">{ format!("{} · {}", s.net, words::capacity(s, lang)) }</span>
            </th>
            <td class="num" data-label={label::SCENARIO_NOW.get(lang)}>{ cell(s.need.now, p.map(|p| p.now)) }</td>
            <td class="num" data-label={label::SCENARIO_SCALED.get(lang)}>{ cell(s.need.scaled, p.map(|p| p.scaled)) }</td>
            <td class="num" data-label={label::SCENARIO_UPGRADE.get(lang)}>
                <strong data-test="verdict-space-upgrade">{ cell(s.need.upgrade, p.map(|p| p.upgrade)) }</strong>
                if let Some(why) = why { { " " }{ why_view(&why, name, lang) } }
            </td>
        </tr>
    }
}
