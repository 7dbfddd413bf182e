//! The read-only view for documents: the plan's settings and figures, with no inputs.

use yew::prelude::*;

use super::design_view::print_subnets;
use super::figures::{fit_view, node_figures};
use crate::evaluate::Report;
use crate::plan::field::{ClusterField, PoolField};
use crate::plan::{Plan, PoolMode};
use crate::text::{self, Lang, int, label};

/// The read-only view: the plan's settings and each pool's figures.
pub fn summary(plan: &Plan, report: &Report, lang: Lang) -> Html {
    let c = &plan.cluster;
    let row = |name: &str, value: String| {
        html! {
            <tr><th scope="row">{ name.to_owned() }</th><td>{ value }</td></tr>
        }
    };
    let mut ranges = vec![ClusterField::Vnet];
    if c.network.uses_pod_cidr() {
        ranges.push(ClusterField::PodCidr);
    }
    ranges.extend([ClusterField::ServiceCidr, ClusterField::DnsServiceIp]);
    html! {
        <>
            <section class="cluster" aria-labelledby="cluster-h" data-test="summary">
                <h2 id="cluster-h">{ label::CLUSTER.get(lang) }</h2>
                <table class="breakdown">
                    <tbody>
                        { row(text::cluster_field(ClusterField::Network).get(lang), text::network_model(c.network).get(lang).to_owned()) }
                        { row(text::cluster_field(ClusterField::Tier).get(lang), text::tier(c.tier).get(lang).to_owned()) }
                        { row(text::cluster_field(ClusterField::KubernetesVersion).get(lang), c.kubernetes_version.clone()) }
                        { for ranges.into_iter().map(|f| row(text::cluster_field(f).get(lang), c.text(f).unwrap_or_default().to_owned())) }
                        { for c.subnets.iter().zip(&report.design.subnets).map(|(s, r)| row(&format!("{} ({})", s.name, text::design::purpose(s.purpose).get(lang)), r.net.map(|n| n.to_string()).unwrap_or_default())) }
                    </tbody>
                </table>
            </section>
            <section class="pools" aria-labelledby="pools-h">
                <h2 id="pools-h">{ label::POOLS.get(lang) }</h2>
                { for plan.pools.iter().zip(&report.pools).enumerate().map(|(i, (pool, r))| html! {
                    <article class="pool" data-test={format!("pool-{i}")}>
                        <h3>
                            { pool.name.clone() }
                            <span class="badge">{ match pool.mode { PoolMode::System => label::SYSTEM.get(lang), PoolMode::User => label::USER.get(lang) } }</span>
                        </h3>
                        <p>
                            { format!("{} · ", pool.vm_size) }
                            { r.nodes.map(|n| format!("{} {} · ", int(n.count), label::NODES.get(lang).to_ascii_lowercase())).unwrap_or_default() }
                            { r.max_pods.map(|p| format!("{} {p} · ", text::field(PoolField::MaxPods).get(lang))).unwrap_or_default() }
                            { text::os_sku(r.os_sku) }
                        </p>
                        if let Some(node) = r.node {
                            { node_figures(&node, pool.os == crate::plan::OsType::Windows, lang) }
                        }
                        if let Some(fit) = r.fit {
                            { fit_view(&fit, lang) }
                        }
                    </article>
                }) }
            </section>
        </>
    }
}

/// The settings and the subnets on paper, where the inputs and the design view are hidden.
pub fn print_summary(plan: &Plan, report: &Report, lang: Lang) -> Html {
    let c = &plan.cluster;
    let mut fields = vec![ClusterField::KubernetesVersion, ClusterField::Vnet];
    if c.network.uses_pod_cidr() {
        fields.push(ClusterField::PodCidr);
    }
    fields.extend([
        ClusterField::ServiceCidr,
        ClusterField::DnsServiceIp,
        ClusterField::ListedRanges,
    ]);
    let cell = |t: &str| html! { <td>{ t.to_owned() }</td> };
    html! {
        <section class="print-summary" aria-hidden="true">
            <table class="breakdown">
                <tbody>
                    <tr><th scope="row">{ text::cluster_field(ClusterField::Network).get(lang) }</th><td>{ text::network_model(c.network).get(lang) }</td></tr>
                    <tr><th scope="row">{ text::cluster_field(ClusterField::Tier).get(lang) }</th><td>{ text::tier(c.tier).get(lang) }</td></tr>
                    { for fields.into_iter().filter(|f| !c.text(*f).unwrap_or_default().trim().is_empty()).map(|f| html! {
                        <tr><th scope="row">{ text::cluster_field(f).get(lang) }</th>{ cell(c.text(f).unwrap_or_default()) }</tr>
                    }) }
                </tbody>
            </table>
            { print_subnets(c, &report.design, lang) }
            <table class="breakdown">
                <thead>
                    <tr>
                        { for [PoolField::Name, PoolField::Mode, PoolField::Os, PoolField::VmSize, PoolField::NodeCount, PoolField::MaxPods, PoolField::MaxSurge, PoolField::MaxUnavailable, PoolField::OsSku]
                            .iter().map(|f| html! { <th scope="col">{ text::field(*f).get(lang) }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for plan.pools.iter().map(|p| html! {
                        <tr>
                            { cell(&p.name) }
                            { cell(match p.mode { PoolMode::System => label::SYSTEM.get(lang), PoolMode::User => label::USER.get(lang) }) }
                            { cell(match p.os { crate::plan::OsType::Linux => "Linux", crate::plan::OsType::Windows => "Windows" }) }
                            { cell(&p.vm_size) }
                            { cell(&if p.autoscale { format!("{} ({}–{})", p.node_count, p.min_count, p.max_count) } else { p.node_count.clone() }) }
                            { cell(&p.max_pods) }
                            { cell(&p.max_surge) }
                            { cell(&p.max_unavailable) }
                            { cell(p.os_sku.map_or("", crate::plan::OsSku::id)) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}
