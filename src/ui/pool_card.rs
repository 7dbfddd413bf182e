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
use crate::rules::subnet::Purpose;
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
    /// The design's subnets, by name and purpose, for the subnet choices.
    pub subnets: Vec<(String, Purpose)>,
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

/// What the parts of a pool card share.
struct Card<'a> {
    props: &'a PoolCardProps,
    lang: Lang,
}

impl Card<'_> {
    fn messages(&self, field: PoolField) -> Vec<super::field::Message> {
        messages_for(
            &self.props.findings,
            At::Pool(self.props.index, field),
            self.lang,
        )
    }

    fn edit(&self, make: impl Fn(String) -> PoolEdit + 'static) -> Callback<String> {
        let (onedit, index) = (self.props.onedit.clone(), self.props.index);
        Callback::from(move |v: String| onedit.emit(Edit::Pool(index, make(v))))
    }

    fn text(
        &self,
        field: PoolField,
        placeholder: Option<String>,
        inputmode: Option<&'static str>,
    ) -> Html {
        let lang = self.lang;
        text_field(
            TextField {
                id: field_id(self.props.index, field).into(),
                label: text::field(field).get(lang).into(),
                value: self
                    .props
                    .pool
                    .text(field)
                    .unwrap_or_default()
                    .to_owned()
                    .into(),
                placeholder: placeholder.map(AttrValue::from),
                hint: text::field_hint(field).map(|h| AttrValue::from(h.get(lang))),
                messages: self.messages(field),
                inputmode: inputmode.map(AttrValue::from),
                oninput: self.edit(move |v| PoolEdit::Text(field, v)),
            },
            lang,
        )
    }

    /// A select of `(value, label, selected)` options, turned into an edit by `parse`.
    fn select(
        &self,
        field: PoolField,
        options: Vec<(String, String, bool)>,
        parse: fn(&str) -> Option<PoolEdit>,
    ) -> Html {
        let (onedit, index) = (self.props.onedit.clone(), self.props.index);
        let onchange = Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Some(edit) = parse(&value) {
                onedit.emit(Edit::Pool(index, edit));
            }
        });
        let id = field_id(index, field);
        html! {
            <div class="field">
                <label for={id.clone()}>{ text::field(field).get(self.lang) }</label>
                <select id={id.clone()} {onchange}>
                    { for options.into_iter().map(|(value, text, selected)| html! { <option {value} {selected}>{ text }</option> }) }
                </select>
                { field_messages(&format!("{id}-msg"), &self.messages(field), self.lang) }
            </div>
        }
    }

    /// The pool's node subnet or pod subnet, chosen among the design's subnets of that purpose.
    fn subnet_select(&self, field: PoolField, purpose: Purpose) -> Html {
        let lang = self.lang;
        let current = self
            .props
            .pool
            .text(field)
            .unwrap_or_default()
            .trim()
            .to_owned();
        let mut options = vec![(
            String::new(),
            label::FIRST_OF_PURPOSE.get(lang).to_owned(),
            current.is_empty(),
        )];
        let names = self
            .props
            .subnets
            .iter()
            .filter(|(_, p)| *p == purpose)
            .map(|(n, _)| n.clone());
        options.extend(names.map(|n| (n.clone(), n.clone(), n.eq_ignore_ascii_case(&current))));
        if !current.is_empty() && !options.iter().any(|(_, _, selected)| *selected) {
            // Named in the link but not in the design: kept, and the finding says so.
            options.push((current.clone(), current.clone(), true));
        }
        let (onedit, index) = (self.props.onedit.clone(), self.props.index);
        let onchange = Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            onedit.emit(Edit::Pool(index, PoolEdit::Text(field, value)));
        });
        let id = field_id(index, field);
        html! {
            <div class="field">
                <label for={id.clone()}>{ text::field(field).get(lang) }</label>
                <select id={id.clone()} {onchange}>
                    { for options.into_iter().map(|(value, text, selected)| html! { <option {value} {selected}>{ text }</option> }) }
                </select>
                { field_messages(&format!("{id}-msg"), &self.messages(field), lang) }
            </div>
        }
    }
}

#[component]
pub fn PoolCard(props: &PoolCardProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let card = Card { props, lang };
    let index = props.index;
    let pool = &props.pool;
    let title_id = format!("p{index}-title");
    html! {
        <article class="pool" aria-labelledby={title_id.clone()} data-test={format!("pool-{index}")}>
            { header(&card, &title_id) }
            { basics(&card) }
            <h4 class="node-h">{ label::NODE.get(lang) }</h4>
            if let Some(node) = props.report.as_ref().and_then(|r| r.node) {
                { node_figures(&node, pool.os == OsType::Windows, lang) }
            } else {
                <p class="figures-missing">{ "—" }</p>
            }
            { assumptions(&card) }
            { workload(&card) }
        </article>
    }
}

fn header(card: &Card<'_>, title_id: &str) -> Html {
    let (props, lang) = (card.props, card.lang);
    let index = props.index;
    let on_duplicate = {
        let onedit = props.onedit.clone();
        Callback::from(move |_| onedit.emit(Edit::DuplicatePool(index)))
    };
    let on_remove = {
        let onedit = props.onedit.clone();
        Callback::from(move |_| onedit.emit(Edit::RemovePool(index)))
    };
    html! {
        <header class="pool-header">
            <h3 id={title_id.to_owned()}>
                { props.pool.name.clone() }
                <span class="badge">{ match props.pool.mode { PoolMode::System => label::SYSTEM.get(lang), PoolMode::User => label::USER.get(lang) } }</span>
            </h3>
            <div class="actions">
                <button type="button" onclick={on_duplicate}>{ label::DUPLICATE.get(lang) }</button>
                if props.removable {
                    <button type="button" onclick={on_remove}>{ label::REMOVE.get(lang) }</button>
                }
            </div>
        </header>
    }
}

/// Name, mode, OS, VM size, counts, maxPods, version, memory rule, capacity and subnets.
fn basics(card: &Card<'_>) -> Html {
    let (props, lang) = (card.props, card.lang);
    let (index, pool) = (props.index, &props.pool);
    let custom = pool.vm_size.trim().eq_ignore_ascii_case(CUSTOM_VM);
    let mode = vec![
        (
            "system".to_owned(),
            label::SYSTEM.get(lang).to_owned(),
            pool.mode == PoolMode::System,
        ),
        (
            "user".to_owned(),
            label::USER.get(lang).to_owned(),
            pool.mode == PoolMode::User,
        ),
    ];
    let os = vec![
        (
            "linux".to_owned(),
            label::LINUX.get(lang).to_owned(),
            pool.os == OsType::Linux,
        ),
        (
            "windows".to_owned(),
            label::WINDOWS.get(lang).to_owned(),
            pool.os == OsType::Windows,
        ),
    ];
    html! {
        <div class="grid">
            { card.text(PoolField::Name, None, None) }
            { card.select(PoolField::Mode, mode, |v| match v { "system" => Some(PoolEdit::Mode(PoolMode::System)), "user" => Some(PoolEdit::Mode(PoolMode::User)), _ => None }) }
            { card.select(PoolField::Os, os, |v| match v { "linux" => Some(PoolEdit::Os(OsType::Linux)), "windows" => Some(PoolEdit::Os(OsType::Windows)), _ => None }) }
            <VmPicker
                id={field_id(index, PoolField::VmSize)}
                value={pool.vm_size.clone()}
                messages={card.messages(PoolField::VmSize)}
                onchange={card.edit(|v| PoolEdit::Text(PoolField::VmSize, v))}
            />
            if custom {
                { card.text(PoolField::CustomVcpu, None, Some("numeric")) }
                { card.text(PoolField::CustomMemory, None, Some("decimal")) }
            }
            { counts(card) }
            { card.subnet_select(PoolField::VnetSubnet, Purpose::Nodes) }
            if props.network.uses_pod_subnet() {
                { card.subnet_select(PoolField::PodSubnet, Purpose::Pods) }
            }
            { card.text(PoolField::KubernetesVersion, Some(label::CLUSTER_VERSION.get(lang).to_owned()), Some("decimal")) }
            { memory_rule(card) }
            { card.text(PoolField::Capacity, Some(label::ESTIMATED.get(lang).to_owned()), None) }
        </div>
    }
}

/// Node count, the autoscaler and its bounds, maxPods.
fn counts(card: &Card<'_>) -> Html {
    let (props, lang) = (card.props, card.lang);
    let (index, pool) = (props.index, &props.pool);
    let on_autoscale = {
        let onedit = props.onedit.clone();
        Callback::from(move |e: Event| {
            let on = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            onedit.emit(Edit::Pool(index, PoolEdit::Autoscale(on)));
        })
    };
    let default_pods = props.network.default_max_pods();
    let auto_id = field_id(index, PoolField::MinCount) + "-auto";
    html! {
        <>
            { card.text(PoolField::NodeCount, None, Some("numeric")) }
            <div class="field check">
                <input type="checkbox" id={auto_id.clone()} checked={pool.autoscale} onchange={on_autoscale} />
                <label for={auto_id}>{ label::AUTOSCALE.get(lang) }</label>
            </div>
            if pool.autoscale {
                { card.text(PoolField::MinCount, None, Some("numeric")) }
                { card.text(PoolField::MaxCount, None, Some("numeric")) }
            }
            { card.text(PoolField::MaxPods, Some(format!("{default_pods} ({})", text::network_model(props.network).get(lang))), Some("numeric")) }
        </>
    }
}

fn memory_rule(card: &Card<'_>) -> Html {
    let (props, lang) = (card.props, card.lang);
    let pool = &props.pool;
    let auto_rule = props
        .report
        .as_ref()
        .map(|r| r.rule)
        .filter(|_| pool.memory_rule == RuleChoice::Auto);
    let mut options = vec![(
        "auto".to_owned(),
        format!(
            "{}{}",
            label::RULE_AUTO.get(lang),
            auto_rule
                .map(|r| format!(" ({})", text::rule_short(r).get(lang)))
                .unwrap_or_default()
        ),
        pool.memory_rule == RuleChoice::Auto,
    )];
    options.extend(RULES.iter().map(|r| {
        (
            rule_id(*r).to_owned(),
            text::rule_short(*r).get(lang).to_owned(),
            pool.memory_rule == RuleChoice::Fixed(*r),
        )
    }));
    card.select(PoolField::MemoryRule, options, |v| {
        Some(PoolEdit::Rule(
            RULES
                .iter()
                .find(|r| rule_id(**r) == v)
                .map_or(RuleChoice::Auto, |r| RuleChoice::Fixed(*r)),
        ))
    })
}

fn assumptions(card: &Card<'_>) -> Html {
    let (props, lang) = (card.props, card.lang);
    let Some(r) = props.report.as_ref() else {
        return html! {};
    };
    html! {
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
}

fn workload(card: &Card<'_>) -> Html {
    let (props, lang) = (card.props, card.lang);
    html! {
        <details class="workload" open={props.pool.workload != Default::default()}>
            <summary>{ label::WORKLOAD.get(lang) }</summary>
            <p class="hint">{ label::WORKLOAD_HINT.get(lang) }</p>
            <div class="grid">
                { card.text(PoolField::PodCpu, None, None) }
                { card.text(PoolField::PodMemory, None, None) }
                { card.text(PoolField::DaemonsetCpu, None, None) }
                { card.text(PoolField::DaemonsetMemory, None, None) }
                { card.text(PoolField::DaemonsetPods, None, Some("numeric")) }
                { card.text(PoolField::Replicas, None, Some("numeric")) }
            </div>
            if let Some(fit) = props.report.as_ref().and_then(|r| r.fit) {
                { fit_view(&fit, lang) }
            }
        </details>
    }
}
