//! What a node offers pods: CPU and memory breakdowns with a stacked bar, the workload fit,
//! and the cluster totals. Every number comes from the report; this file only lays it out.

use yew::prelude::*;

use crate::evaluate::{Fit, Limit, NodeFigures, Totals};
use crate::text::explain;
use crate::text::{self, Lang, int, label, permille};

fn mi(ki: u64) -> String {
    format!("{} Mi", int(ki / 1024))
}

/// What one node offers pods: CPU and memory, with the breakdown and a bar each.
pub fn node_figures(node: &NodeFigures, windows: bool, lang: Lang) -> Html {
    html! {
        <div class="figures">
            { cpu_figures(&node.cpu, lang) }
            { match node.memory {
                Some(m) => memory_figures(&m, windows, lang),
                None => html! {
                    <div class="figure-block" data-test="memory"><h4>{ label::MEMORY.get(lang) }</h4><p>{ "—" }</p></div>
                },
            } }
        </div>
    }
}

fn cpu_figures(cpu: &crate::evaluate::CpuFigures, lang: Lang) -> Html {
    let cpu_reserved = cpu.reserved_permille();
    html! {
        <div class="figure-block" data-test="cpu">
            <h4>{ label::CPU.get(lang) }</h4>
            <p class="big">
                <span data-test="cpu-allocatable">{ format!("{}m", int(cpu.allocatable_m)) }</span>
                <span class="of">{ format!(" / {}m {}", int(cpu.capacity_m()), label::ALLOCATABLE.get(lang)) }</span>
            </p>
            // Divs, not <p>, around a why_view: a <details> may not sit in a <p> (the
            // prerendered HTML would be parsed into another tree than the app's).
            <div class="para">
                { label::RESERVED.get(lang) }{ ": " }
                <span data-test="cpu-reserved">{ format!("{}m", int(cpu.reserved_m)) }</span>
                { format!(" ({})", permille(cpu_reserved)) }
                { why_view(&explain::cpu_reserved(cpu, lang), label::RESERVED.get(lang), lang) }
            </div>
            if cpu.system_reserved_m > 0 || cpu.custom_kube {
                { cpu_split(cpu, lang) }
            }
            <p class="hint">{ explain::cpu_allocatable(cpu, lang).text }</p>
            { bar(&[("reserved", cpu_reserved), ("allocatable", 1000u64.saturating_sub(cpu_reserved))], &format!("{}: {}m, {}: {}m", label::RESERVED.get(lang), int(cpu.reserved_m), label::ALLOCATABLE.get(lang), int(cpu.allocatable_m))) }
        </div>
    }
}

/// The two parts of reserved CPU, where there are two or kube-reserved is the pool's own:
/// kube-reserved (§1's table, or the custom rule's) and system-reserved (node hardening).
fn cpu_split(cpu: &crate::evaluate::CpuFigures, lang: Lang) -> Html {
    let custom = if cpu.custom_kube {
        format!(" ({})", label::CPU_CUSTOM.get(lang))
    } else {
        String::new()
    };
    html! {
        <p data-test="cpu-split">
            { label::KUBE_RESERVED.get(lang) }{ ": " }
            <span data-test="cpu-kube-reserved">{ format!("{}m", int(cpu.kube_reserved_m)) }</span>
            { custom }
            if cpu.system_reserved_m > 0 {
                { " · " }{ label::SYSTEM_RESERVED.get(lang) }{ ": " }
                <span data-test="cpu-system-reserved">{ format!("{}m", int(cpu.system_reserved_m)) }</span>
            }
        </p>
    }
}

fn memory_figures(m: &crate::evaluate::MemoryFigures, windows: bool, lang: Lang) -> Html {
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
                <td class="why-cell">if let Some(why) = why { { why_view(&why, &name, lang) } }</td>
            </tr>
        }
    };
    let kube_name = if r.capped {
        format!(
            "{} ({})",
            label::KUBE_RESERVED.get(lang),
            label::CAPPED.get(lang)
        )
    } else {
        label::KUBE_RESERVED.get(lang).into()
    };
    let reserved = s.kube_reserved + s.system_reserved;
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
                    { row(kube_name, format!("{} Mi", int(r.kube_reserved_mib)), Some(s.kube_reserved), "kube-reserved", Some(explain::kube_reserved(m, lang))) }
                    if r.system_reserved_mib > 0 {
                        { row(label::SYSTEM_RESERVED.get(lang).into(), format!("{} Mi", int(r.system_reserved_mib)), Some(s.system_reserved), "system-reserved", None) }
                    }
                    { row(label::EVICTION.get(lang).into(), format!("{} Mi", int(r.eviction_mib)), Some(s.eviction), "eviction", Some(explain::eviction(m, lang))) }
                    { row(format!("{} ({})", label::CAPACITY.get(lang), capacity_note.get(lang)), mi(m.capacity_ki), None, "capacity", Some(explain::capacity(m, windows, lang))) }
                    { row(label::ALLOCATABLE.get(lang).into(), mi(m.allocatable_ki), Some(s.allocatable), "allocatable", Some(explain::memory_allocatable(m, lang))) }
                </tbody>
            </table>
            { bar(&[("os", s.os), ("reserved", reserved), ("eviction", s.eviction), ("allocatable", s.allocatable)], &format!("{} {}, {} {}, {} {}, {} {}",
                    label::OS_KERNEL.get(lang), permille(s.os),
                    label::RESERVED.get(lang), permille(reserved),
                    label::EVICTION.get(lang), permille(s.eviction),
                    label::ALLOCATABLE.get(lang), permille(s.allocatable))) }
        </div>
    }
}

/// "Why?": the formula with its numbers and a link to the rule, by click, tap or keyboard.
pub fn why_view(why: &explain::Why, what: &str, lang: Lang) -> Html {
    html! {
        <details class="why">
            <summary aria-label={format!("{}: {what}", label::WHY.get(lang))}>{ "?" }</summary>
            <span class="why-text">
                { why.text.clone() }{ " " }
                <a href={why.source} target="_blank" rel="noopener noreferrer">{ label::SOURCE.get(lang) }</a>
            </span>
        </details>
    }
}

/// A stacked bar drawn in SVG, so it needs no inline styles (and passes a strict CSP).
/// `parts` are (css class, tenths of a percent), left to right; `label` is read out instead.
pub fn bar(parts: &[(&'static str, u64)], label: &str) -> Html {
    let mut x = 0u64;
    html! {
        <svg class="bar" viewBox="0 0 1000 10" preserveAspectRatio="none" role="img" aria-label={label.to_owned()}>
            { for parts.iter().map(|&(class, width)| {
                let rect = html! { <rect class={class} x={x.to_string()} y="0" width={width.to_string()} height="10" /> };
                x += width;
                rect
            }) }
        </svg>
    }
}

/// Pods per node, the limit that binds, and the nodes the replicas need.
pub fn fit_view(fit: &Fit, lang: Lang) -> Html {
    let f = *fit;
    let limit = |l: Limit| match l {
        Limit::MaxPods => text::field(crate::plan::field::PoolField::MaxPods).get(lang),
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
            <div class="big">
                { label::PODS_PER_NODE.get(lang) }{ ": " }
                <span data-test="pods-per-node">{ int(f.pods_per_node) }</span>
                { " (" }{ label::LIMITED_BY.get(lang) }{ " " }
                <span data-test="binding">{ limit(f.binding) }</span>{ ")" }
                { " " }{ why_view(&explain::fit(&f, lang), label::PODS_PER_NODE.get(lang), lang) }
            </div>
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

/// The cluster's allocatable totals, now and at the autoscaler maximum.
pub fn totals_view(totals: &Totals, lang: Lang) -> Html {
    let t = *totals;
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
                    if t.virtual_nodes > 0 {
                        <tr data-test="total-virtual-nodes">
                            <th scope="row">{ label::VIRTUAL_NODES_V2.get(lang) }</th>
                            <td class="num">{ int(t.virtual_nodes) }</td>
                            if scales { <td class="num">{ int(t.virtual_nodes) }</td> }
                        </tr>
                    }
                </tbody>
            </table>
            if t.virtual_nodes > 0 {
                <p class="hint" data-test="virtual-nodes-take">{ text::virtual_nodes_take(&t, lang) }</p>
            }
            if t.partial { <p class="hint">{ label::PARTIAL.get(lang) }</p> }
        </section>
    }
}
