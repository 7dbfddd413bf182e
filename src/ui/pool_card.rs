//! One node pool: its inputs, its node figures and the assumptions behind them.

use yew::prelude::*;

use super::field::{TextField, field_messages, messages_for, text_field};
use super::figures::{fit_view, node_figures};
use super::vm_picker::VmPicker;
use crate::evaluate::PoolReport;
use crate::evaluate::finding::{At, Finding};
use crate::plan::edit::{Edit, PoolEdit};
use crate::plan::field::PoolField;
use crate::plan::{CUSTOM_VM, NetworkModel, OsType, Pool, PoolMode, RuleChoice};
use crate::rules::reserve::MemoryRule;
use crate::text::{self, Lang, label};

#[derive(Properties, PartialEq)]
pub struct PoolCardProps {
    pub index: usize,
    pub pool: Pool,
    pub report: Option<PoolReport>,
    /// The findings about this pool's fields.
    pub findings: Vec<Finding>,
    pub removable: bool,
    pub network: NetworkModel,
    pub onedit: Callback<Edit>,
}

/// The id of a pool field's input: `p0-max-pods`.
pub fn field_id(index: usize, field: PoolField) -> String {
    use PoolField as F;
    let slug = match field {
        F::Name => "name",
        F::Mode => "mode",
        F::Os => "os",
        F::VmSize => "vm-size",
        F::CustomVcpu => "vcpu",
        F::CustomMemory => "memory-gib",
        F::NodeCount => "node-count",
        F::MinCount => "min-count",
        F::MaxCount => "max-count",
        F::MaxPods => "max-pods",
        F::MaxSurge => "max-surge",
        F::KubernetesVersion => "kubernetes-version",
        F::MemoryRule => "memory-rule",
        F::Capacity => "capacity",
        F::PodCpu => "pod-cpu",
        F::PodMemory => "pod-memory",
        F::DaemonsetCpu => "ds-cpu",
        F::DaemonsetMemory => "ds-memory",
        F::DaemonsetPods => "ds-pods",
        F::Replicas => "replicas",
        F::VnetSubnet => "vnet-subnet",
        F::PodSubnet => "pod-subnet",
        F::MaxUnavailable => "max-unavailable",
        F::OsSku => "os-sku",
        F::KubeReservedCpu => "kube-reserved-cpu",
        F::KubeReservedMemory => "kube-reserved-memory",
        F::EvictionHard => "eviction-hard",
    };
    format!("p{index}-{slug}")
}

const RULES: [MemoryRule; 4] = [
    MemoryRule::Current,
    MemoryRule::Legacy,
    MemoryRule::Windows,
    MemoryRule::Hardening,
];

fn rule_id(r: MemoryRule) -> &'static str {
    match r {
        MemoryRule::Current => "current",
        MemoryRule::Legacy => "legacy",
        MemoryRule::Windows => "windows",
        MemoryRule::Hardening => "hardening",
    }
}

#[component]
pub fn PoolCard(props: &PoolCardProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let index = props.index;
    let pool = &props.pool;
    let messages = |field: PoolField| messages_for(&props.findings, At::Pool(index, field), lang);
    let pool_edit = |make: fn(String) -> PoolEdit| {
        let onedit = props.onedit.clone();
        Callback::from(move |v: String| onedit.emit(Edit::Pool(index, make(v))))
    };
    let text_edit = |field: PoolField| {
        let onedit = props.onedit.clone();
        Callback::from(move |v: String| onedit.emit(Edit::Pool(index, PoolEdit::Text(field, v))))
    };
    let text_field =
        |field: PoolField, placeholder: Option<String>, inputmode: Option<&'static str>| {
            html! {
                { text_field(TextField {
                    id: field_id(index, field).into(),
                    label: text::field(field).get(lang).into(),
                    value: pool.text(field).unwrap_or_default().to_owned().into(),
                    placeholder: placeholder.map(AttrValue::from),
                    hint: text::field_hint(field).map(|h| AttrValue::from(h.get(lang))),
                    messages: messages(field),
                    inputmode: inputmode.map(AttrValue::from),
                    oninput: text_edit(field),
                }, lang) }
            }
        };
    let select_edit = |parse: fn(&str) -> Option<PoolEdit>| {
        let onedit = props.onedit.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Some(edit) = parse(&value) {
                onedit.emit(Edit::Pool(index, edit));
            }
        })
    };
    let on_autoscale = {
        let onedit = props.onedit.clone();
        Callback::from(move |e: Event| {
            let on = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            onedit.emit(Edit::Pool(index, PoolEdit::Autoscale(on)));
        })
    };
    let on_duplicate = {
        let onedit = props.onedit.clone();
        Callback::from(move |_| onedit.emit(Edit::DuplicatePool(index)))
    };
    let on_remove = {
        let onedit = props.onedit.clone();
        Callback::from(move |_| onedit.emit(Edit::RemovePool(index)))
    };

    let report = props.report.as_ref();
    let auto_rule = report
        .map(|r| r.rule)
        .filter(|_| pool.memory_rule == RuleChoice::Auto);
    let custom = pool.vm_size.trim().eq_ignore_ascii_case(CUSTOM_VM);
    let title_id = format!("p{index}-title");
    let workload_open = pool.workload != Default::default();
    let default_pods = props.network.default_max_pods();

    html! {
        <article class="pool" aria-labelledby={title_id.clone()} data-test={format!("pool-{index}")}>
            <header class="pool-header">
                <h3 id={title_id}>
                    { pool.name.clone() }
                    <span class="badge">{ match pool.mode { PoolMode::System => label::SYSTEM.get(lang), PoolMode::User => label::USER.get(lang) } }</span>
                </h3>
                <div class="actions">
                    <button type="button" onclick={on_duplicate}>{ label::DUPLICATE.get(lang) }</button>
                    if props.removable {
                        <button type="button" onclick={on_remove}>{ label::REMOVE.get(lang) }</button>
                    }
                </div>
            </header>
            <div class="grid">
                { text_field(PoolField::Name, None, None) }
                <div class="field">
                    <label for={field_id(index, PoolField::Mode)}>{ text::field(PoolField::Mode).get(lang) }</label>
                    <select id={field_id(index, PoolField::Mode)}
                        onchange={select_edit(|v| match v { "system" => Some(PoolEdit::Mode(PoolMode::System)), "user" => Some(PoolEdit::Mode(PoolMode::User)), _ => None })}>
                        <option value="system" selected={pool.mode == PoolMode::System}>{ label::SYSTEM.get(lang) }</option>
                        <option value="user" selected={pool.mode == PoolMode::User}>{ label::USER.get(lang) }</option>
                    </select>
                    { field_messages(&format!("{}-msg", field_id(index, PoolField::Mode)), &messages(PoolField::Mode), lang) }
                </div>
                <div class="field">
                    <label for={field_id(index, PoolField::Os)}>{ text::field(PoolField::Os).get(lang) }</label>
                    <select id={field_id(index, PoolField::Os)}
                        onchange={select_edit(|v| match v { "linux" => Some(PoolEdit::Os(OsType::Linux)), "windows" => Some(PoolEdit::Os(OsType::Windows)), _ => None })}>
                        <option value="linux" selected={pool.os == OsType::Linux}>{ label::LINUX.get(lang) }</option>
                        <option value="windows" selected={pool.os == OsType::Windows}>{ label::WINDOWS.get(lang) }</option>
                    </select>
                    { field_messages(&format!("{}-msg", field_id(index, PoolField::Os)), &messages(PoolField::Os), lang) }
                </div>
                <VmPicker
                    id={field_id(index, PoolField::VmSize)}
                    value={pool.vm_size.clone()}
                    messages={messages(PoolField::VmSize)}
                    onchange={pool_edit(|v| PoolEdit::Text(PoolField::VmSize, v))}
                />
                if custom {
                    { text_field(PoolField::CustomVcpu, None, Some("numeric")) }
                    { text_field(PoolField::CustomMemory, None, Some("decimal")) }
                }
                { text_field(PoolField::NodeCount, None, Some("numeric")) }
                <div class="field check">
                    <input type="checkbox" id={field_id(index, PoolField::MinCount) + "-auto"} checked={pool.autoscale} onchange={on_autoscale} />
                    <label for={field_id(index, PoolField::MinCount) + "-auto"}>{ label::AUTOSCALE.get(lang) }</label>
                </div>
                if pool.autoscale {
                    { text_field(PoolField::MinCount, None, Some("numeric")) }
                    { text_field(PoolField::MaxCount, None, Some("numeric")) }
                }
                { text_field(PoolField::MaxPods, Some(format!("{default_pods} ({})", text::network_model(props.network).get(lang))), Some("numeric")) }
                { text_field(PoolField::KubernetesVersion, Some(label::CLUSTER_VERSION.get(lang).to_owned()), Some("decimal")) }
                <div class="field">
                    <label for={field_id(index, PoolField::MemoryRule)}>{ text::field(PoolField::MemoryRule).get(lang) }</label>
                    <select id={field_id(index, PoolField::MemoryRule)}
                        onchange={select_edit(|v| Some(PoolEdit::Rule(RULES.iter().find(|r| rule_id(**r) == v).map_or(RuleChoice::Auto, |r| RuleChoice::Fixed(*r)))))}>
                        <option value="auto" selected={pool.memory_rule == RuleChoice::Auto}>
                            { label::RULE_AUTO.get(lang) }
                            { auto_rule.map(|r| format!(" ({})", text::rule_short(r).get(lang))).unwrap_or_default() }
                        </option>
                        { for RULES.iter().map(|r| html! {
                            <option value={rule_id(*r)} selected={pool.memory_rule == RuleChoice::Fixed(*r)}>{ text::rule_short(*r).get(lang) }</option>
                        }) }
                    </select>
                    { field_messages(&format!("{}-msg", field_id(index, PoolField::MemoryRule)), &messages(PoolField::MemoryRule), lang) }
                </div>
                { text_field(PoolField::Capacity, Some(label::ESTIMATED.get(lang).to_owned()), None) }
            </div>
            <h4 class="node-h">{ label::NODE.get(lang) }</h4>
            if let Some(node) = report.and_then(|r| r.node) {
                { node_figures(&node, pool.os == OsType::Windows, lang) }
            } else {
                <p class="figures-missing">{ "—" }</p>
            }
            if let Some(r) = report {
                <p class="assumptions">
                    <strong>{ label::ASSUMPTIONS.get(lang) }{ ": " }</strong>
                    { text::rule(r.rule).get(lang) }
                    { " (" }<a href={text::rule_source(r.rule)} target="_blank" rel="noopener noreferrer">{ label::SOURCE.get(lang) }</a>{ ")" }
                    if let Some(p) = r.max_pods {
                        { format!("; maxPods {p}") }
                        if r.max_pods_defaulted { { format!(" ({})", text::network_model(props.network).get(lang)) } }
                    }
                </p>
            }
            <details class="workload" open={workload_open}>
                <summary>{ label::WORKLOAD.get(lang) }</summary>
                <p class="hint">{ label::WORKLOAD_HINT.get(lang) }</p>
                <div class="grid">
                    { text_field(PoolField::PodCpu, None, None) }
                    { text_field(PoolField::PodMemory, None, None) }
                    { text_field(PoolField::DaemonsetCpu, None, None) }
                    { text_field(PoolField::DaemonsetMemory, None, None) }
                    { text_field(PoolField::DaemonsetPods, None, Some("numeric")) }
                    { text_field(PoolField::Replicas, None, Some("numeric")) }
                </div>
                if let Some(fit) = report.and_then(|r| r.fit) {
                    { fit_view(&fit, lang) }
                }
            </details>
        </article>
    }
}
