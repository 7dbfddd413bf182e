//! The read-only view for documents: the plan's settings and figures, with no inputs.

use std::rc::Rc;

use yew::prelude::*;

use super::figures::{FitView, NodeFiguresView};
use crate::Report;
use crate::finding::{ClusterField, PoolField};
use crate::plan::{Plan, PoolMode};
use crate::text::{self, Lang, int, label};

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub plan: Plan,
    pub report: Rc<Report>,
}

#[component]
pub fn Summary(props: &SummaryProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let c = &props.plan.cluster;
    let row = |name: &str, value: String| {
        html! {
            <tr><th scope="row">{ name.to_owned() }</th><td>{ value }</td></tr>
        }
    };
    let mut ranges = vec![ClusterField::Vnet, ClusterField::NodeSubnet];
    if c.network.uses_pod_subnet() {
        ranges.push(ClusterField::PodSubnet);
    }
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
                    </tbody>
                </table>
            </section>
            <section class="pools" aria-labelledby="pools-h">
                <h2 id="pools-h">{ label::POOLS.get(lang) }</h2>
                { for props.plan.pools.iter().zip(&props.report.pools).enumerate().map(|(i, (pool, r))| html! {
                    <article class="pool" data-test={format!("pool-{i}")}>
                        <h3>
                            { pool.name.clone() }
                            <span class="badge">{ match pool.mode { PoolMode::System => label::SYSTEM.get(lang), PoolMode::User => label::USER.get(lang) } }</span>
                        </h3>
                        <p>
                            { format!("{} · ", pool.vm_size) }
                            { r.nodes.map(|n| format!("{} {} · ", int(n.count), label::NODES.get(lang).to_lowercase())).unwrap_or_default() }
                            { r.max_pods.map(|p| format!("{} {p}", text::field(PoolField::MaxPods).get(lang))).unwrap_or_default() }
                        </p>
                        if let Some(node) = r.node {
                            <NodeFiguresView {node} rule={r.rule} windows={pool.os == crate::plan::OsType::Windows} id={format!("p{i}")} />
                        }
                        if let Some(fit) = r.fit {
                            <FitView {fit} />
                        }
                    </article>
                }) }
            </section>
        </>
    }
}
