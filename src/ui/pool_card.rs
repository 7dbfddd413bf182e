//! One node pool: its inputs, its node figures and the assumptions behind them.

use yew::prelude::*;

use super::figures::{fit_view, node_figures};
use super::pool_inputs::{Card, field_id};
use super::pool_settings::{assumptions, memory_rule, os_sku, upgrades};
use super::vm_picker::VmPicker;
use crate::evaluate::PoolReport;
use crate::evaluate::finding::Finding;
use crate::plan::edit::{Edit, PoolEdit};
use crate::plan::field::PoolField;
use crate::plan::{CUSTOM_VM, NetworkModel, OsType, Pool, PoolMode};
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

#[component]
pub fn PoolCard(props: &PoolCardProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let card = Card {
        index: props.index,
        pool: &props.pool,
        report: props.report.as_ref(),
        findings: &props.findings,
        network: props.network,
        subnets: &props.subnets,
        onedit: &props.onedit,
        lang,
    };
    let index = props.index;
    let pool = &props.pool;
    let title_id = format!("p{index}-title");
    html! {
        <article class="pool" aria-labelledby={title_id.clone()} data-test={format!("pool-{index}")}>
            { header(props, lang, &title_id) }
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

fn header(props: &PoolCardProps, lang: Lang, title_id: &str) -> Html {
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

/// Name, mode, OS, VM size, counts, maxPods, subnets, version, upgrades, image, memory rule
/// and capacity.
fn basics(card: &Card<'_>) -> Html {
    let lang = card.lang;
    let (index, pool) = (card.index, card.pool);
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
            if card.network.uses_pod_subnet() {
                { card.subnet_select(PoolField::PodSubnet, Purpose::Pods) }
            }
            { card.text(PoolField::KubernetesVersion, Some(label::CLUSTER_VERSION.get(lang).to_owned()), Some("decimal")) }
            { upgrades(card) }
            { os_sku(card) }
            { memory_rule(card) }
            { card.text(PoolField::Capacity, Some(label::ESTIMATED.get(lang).to_owned()), None) }
        </div>
    }
}

/// Node count, the autoscaler and its bounds, maxPods.
fn counts(card: &Card<'_>) -> Html {
    let lang = card.lang;
    let (index, pool) = (card.index, card.pool);
    let on_autoscale = {
        let onedit = card.onedit.clone();
        Callback::from(move |e: Event| {
            let on = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            onedit.emit(Edit::Pool(index, PoolEdit::Autoscale(on)));
        })
    };
    let default_pods = card.network.default_max_pods();
    let auto_id = field_id(index, PoolField::MinCount) + "-auto";
    html! {
        <>
            { card.text(PoolField::NodeCount, None, Some("numeric")) }
            <div class="field check">
                <input type="checkbox" id={auto_id.clone()} autocomplete="off" checked={pool.autoscale} onchange={on_autoscale} />
                <label for={auto_id}>{ label::AUTOSCALE.get(lang) }</label>
            </div>
            if pool.autoscale {
                { card.text(PoolField::MinCount, None, Some("numeric")) }
                { card.text(PoolField::MaxCount, None, Some("numeric")) }
            }
            { card.text(PoolField::MaxPods, Some(format!("{default_pods} ({})", text::network_model(card.network).get(lang))), Some("numeric")) }
        </>
    }
}

fn workload(card: &Card<'_>) -> Html {
    let lang = card.lang;
    html! {
        <details class="workload" open={card.pool.workload != Default::default()}>
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
            if let Some(fit) = card.report.and_then(|r| r.fit) {
                { fit_view(&fit, lang) }
            }
        </details>
    }
}
