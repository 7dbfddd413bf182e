//! What a node offers pods: CPU and memory breakdowns with a stacked bar, the workload fit,
//! and the cluster totals. Every number comes from the report; this file only lays it out.

use yew::prelude::*;

use crate::evaluate::{Fit, Limit, NodeFigures, Totals};
use crate::explain;
use crate::reserve::MemoryRule;
use crate::text::{self, Lang, int, label, permille};

#[derive(Properties, PartialEq)]
pub struct NodeFiguresProps {
    pub node: NodeFigures,
    pub rule: MemoryRule,
    #[prop_or_default]
    pub windows: bool,
    /// Prefix for ids, unique per pool.
    pub id: String,
}

fn mi(ki: u64) -> String {
    format!("{} Mi", int(ki / 1024))
}

#[component]
pub fn NodeFiguresView(props: &NodeFiguresProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let cpu = props.node.cpu;
    let cpu_reserved = cpu.reserved_permille();
    let cpu_html = html! {
        <div class="figure-block" data-test="cpu">
            <h4>{ label::CPU.get(lang) }</h4>
            <p class="big">
                <span data-test="cpu-allocatable">{ format!("{}m", int(cpu.allocatable_m)) }</span>
                <span class="of">{ format!(" / {}m {}", int(u64::from(cpu.vcpu) * 1000), label::ALLOCATABLE.get(lang)) }</span>
            </p>
            <p>
                { label::RESERVED.get(lang) }{ ": " }
                <span data-test="cpu-reserved">{ format!("{}m", int(cpu.reserved_m)) }</span>
                { format!(" ({})", permille(cpu_reserved)) }
                <WhyView why={explain::cpu_reserved(&cpu, lang)} what={label::RESERVED.get(lang)} />
            </p>
            <p class="hint">{ explain::cpu_allocatable(&cpu, lang).text }</p>
            <Bar parts={vec![("reserved", cpu_reserved), ("allocatable", 1000 - cpu_reserved.min(1000))]}
                 label={format!("{}: {}m, {}: {}m", label::RESERVED.get(lang), int(cpu.reserved_m), label::ALLOCATABLE.get(lang), int(cpu.allocatable_m))} />
        </div>
    };

    let memory_html = match props.node.memory {
        None => html! {
            <div class="figure-block" data-test="memory"><h4>{ label::MEMORY.get(lang) }</h4><p>{ "—" }</p></div>
        },
        Some(m) => {
            let s = m.shares();
            let r = m.reservation;
            let capacity_note = if m.capacity_entered {
                label::ENTERED
            } else {
                label::ESTIMATED
            };
            let row = |name: String,
                       value: String,
                       share: Option<u64>,
                       test: &'static str,
                       why: Option<explain::Why>| {
                html! {
                    <tr data-test={test}>
                        <th scope="row">{ name.clone() }</th>
                        <td class="num">{ value }</td>
                        <td class="num">{ share.map(permille).unwrap_or_default() }</td>
                        <td class="why-cell">if let Some(why) = why { <WhyView {why} what={name} /> }</td>
                    </tr>
                }
            };
            html! {
                <div class="figure-block" data-test="memory">
                    <h4>{ label::MEMORY.get(lang) }</h4>
                    <p class="big">
                        <span data-test="memory-allocatable">{ format!("{} Mi", int(m.allocatable_mi())) }</span>
                        <span class="of">{ format!(" ({} Ki) {}", int(m.allocatable_ki), label::ALLOCATABLE.get(lang)) }</span>
                    </p>
                    <table class="breakdown">
                        <tbody>
                            { row(label::VM_MEMORY.get(lang).into(), format!("{} Mi ({} GiB)", int(m.vm_mib), text::gib(m.vm_mib)), None, "vm-memory", None) }
                            { row(format!("{} ({})", label::OS_KERNEL.get(lang), capacity_note.get(lang)), mi(m.os_ki()), Some(s.os), "os", None) }
                            { row(if r.capped { format!("{} ({})", label::KUBE_RESERVED.get(lang), label::CAPPED.get(lang)) } else { label::KUBE_RESERVED.get(lang).into() }, format!("{} Mi", int(r.kube_reserved_mib)), Some(s.kube_reserved), "kube-reserved", Some(explain::kube_reserved(&m, lang))) }
                            if r.system_reserved_mib > 0 {
                                { row(label::SYSTEM_RESERVED.get(lang).into(), format!("{} Mi", int(r.system_reserved_mib)), Some(s.system_reserved), "system-reserved", None) }
                            }
                            { row(label::EVICTION.get(lang).into(), format!("{} Mi", int(r.eviction_mib)), Some(s.eviction), "eviction", Some(explain::eviction(&m, lang))) }
                            { row(format!("{} ({})", label::CAPACITY.get(lang), capacity_note.get(lang)), mi(m.capacity_ki), None, "capacity", Some(explain::capacity(&m, props.windows, lang))) }
                            { row(label::ALLOCATABLE.get(lang).into(), mi(m.allocatable_ki), Some(s.allocatable), "allocatable", Some(explain::memory_allocatable(&m, lang))) }
                        </tbody>
                    </table>
                    <Bar parts={vec![("os", s.os), ("reserved", s.kube_reserved + s.system_reserved), ("eviction", s.eviction), ("allocatable", s.allocatable)]}
                         label={format!("{} {}, {} {}, {} {}, {} {}",
                            label::OS_KERNEL.get(lang), permille(s.os),
                            label::RESERVED.get(lang), permille(s.kube_reserved + s.system_reserved),
                            label::EVICTION.get(lang), permille(s.eviction),
                            label::ALLOCATABLE.get(lang), permille(s.allocatable))} />
                </div>
            }
        }
    };

    html! {
        <div class="figures">
            { cpu_html }
            { memory_html }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct WhyProps {
    pub why: explain::Why,
    /// The figure explained, for the button's accessible name.
    pub what: AttrValue,
}

/// "Why?": the formula with its numbers and a link to the rule, by click, tap or keyboard.
#[component]
pub fn WhyView(props: &WhyProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    html! {
        <details class="why">
            <summary aria-label={format!("{}: {}", label::WHY.get(lang), props.what)}>{ "?" }</summary>
            <span class="why-text">
                { props.why.text.clone() }{ " " }
                <a href={props.why.source} target="_blank" rel="noopener noreferrer">{ label::SOURCE.get(lang) }</a>
            </span>
        </details>
    }
}

#[derive(Properties, PartialEq)]
pub struct BarProps {
    /// (css class, tenths of a percent), left to right.
    pub parts: Vec<(&'static str, u64)>,
    /// What the bar shows, for screen readers.
    pub label: String,
}

/// A stacked bar drawn in SVG, so it needs no inline styles (and passes a strict CSP).
#[component]
pub fn Bar(props: &BarProps) -> Html {
    let mut x = 0u64;
    html! {
        <svg class="bar" viewBox="0 0 1000 10" preserveAspectRatio="none" role="img" aria-label={props.label.clone()}>
            { for props.parts.iter().map(|&(class, width)| {
                let rect = html! { <rect class={class} x={x.to_string()} y="0" width={width.to_string()} height="10" /> };
                x += width;
                rect
            }) }
        </svg>
    }
}

#[derive(Properties, PartialEq)]
pub struct FitProps {
    pub fit: Fit,
}

#[component]
pub fn FitView(props: &FitProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let f = props.fit;
    let limit = |l: Limit| match l {
        Limit::MaxPods => text::field(crate::finding::PoolField::MaxPods).get(lang),
        Limit::Cpu => label::CPU.get(lang),
        Limit::Memory => label::MEMORY.get(lang),
    };
    let by = |l: Limit, v: Option<u64>| {
        html! {
            <li class={classes!((f.binding == l).then_some("binding"))}>
                { limit(l) }{ ": " }{ v.map(int).unwrap_or_else(|| "—".into()) }
            </li>
        }
    };
    html! {
        <div class="fit" data-test="fit">
            <p class="big">
                { label::PODS_PER_NODE.get(lang) }{ ": " }
                <span data-test="pods-per-node">{ int(f.pods_per_node) }</span>
                { " (" }{ label::LIMITED_BY.get(lang) }{ " " }
                <span data-test="binding">{ limit(f.binding) }</span>{ ")" }
                { " " }<WhyView why={explain::fit(&f, lang)} what={label::PODS_PER_NODE.get(lang)} />
            </p>
            <ul class="fit-by">
                { by(Limit::MaxPods, Some(f.by_max_pods)) }
                { by(Limit::Cpu, f.by_cpu) }
                { by(Limit::Memory, f.by_memory) }
            </ul>
            if let Some(n) = f.nodes_needed {
                <p>{ label::NODES_NEEDED.get(lang) }{ ": " }<span data-test="nodes-needed">{ int(n) }</span></p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct TotalsProps {
    pub totals: Totals,
}

#[component]
pub fn TotalsView(props: &TotalsProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = props.totals;
    let scales = t.nodes_at_max != t.nodes;
    html! {
        <section class="totals" aria-labelledby="totals-h" data-test="totals">
            <h2 id="totals-h">{ label::TOTALS.get(lang) }</h2>
            <table class="breakdown">
                <thead>
                    <tr>
                        <td></td>
                        <th scope="col" class="num">{ label::NOW.get(lang) }</th>
                        if scales { <th scope="col" class="num">{ label::AT_MAX.get(lang) }</th> }
                    </tr>
                </thead>
                <tbody>
                    <tr>
                        <th scope="row">{ label::NODES.get(lang) }</th>
                        <td class="num" data-test="total-nodes">{ int(t.nodes) }</td>
                        if scales { <td class="num">{ int(t.nodes_at_max) }</td> }
                    </tr>
                    <tr>
                        <th scope="row">{ label::CPU.get(lang) }{ " (" }{ label::ALLOCATABLE.get(lang) }{ ")" }</th>
                        <td class="num" data-test="total-cpu">{ format!("{}m", int(t.cpu_m)) }</td>
                        if scales { <td class="num">{ format!("{}m", int(t.cpu_m_at_max)) }</td> }
                    </tr>
                    <tr>
                        <th scope="row">{ label::MEMORY.get(lang) }{ " (" }{ label::ALLOCATABLE.get(lang) }{ ")" }</th>
                        <td class="num" data-test="total-memory">{ mi(t.memory_ki) }</td>
                        if scales { <td class="num">{ mi(t.memory_ki_at_max) }</td> }
                    </tr>
                </tbody>
            </table>
            if t.partial { <p class="hint">{ label::PARTIAL.get(lang) }</p> }
        </section>
    }
}
