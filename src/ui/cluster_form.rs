//! Cluster-wide inputs: network model, tier, version and the address plan.

use yew::prelude::*;

use super::field::{TextField, field_messages, messages_for, text_field};
use crate::evaluate::finding::{At, Finding};
use crate::plan::edit::Edit;
use crate::plan::field::ClusterField;
use crate::plan::{Cluster, Dataplane, NetworkModel, Tier};
use crate::text::{self, Lang, label};

#[derive(Properties, PartialEq)]
pub struct ClusterFormProps {
    pub cluster: Cluster,
    /// The findings about cluster fields.
    pub findings: Vec<Finding>,
    pub onedit: Callback<Edit>,
}

/// The id of a cluster field's input.
pub fn cluster_field_id(field: ClusterField) -> &'static str {
    use ClusterField as F;
    match field {
        F::Network => "network",
        F::Dataplane => "dataplane",
        F::Tier => "tier",
        F::KubernetesVersion => "cluster-version",
        F::Vnet => "c-vnet",
        F::ApiServerVnetIntegration => "c-apiserver-vnet-integration",
        F::ApiServerSubnet => "c-apiserver-subnet",
        F::Growth => "c-growth",
        F::Subnets => "c-subnets",
        F::PodCidr => "c-pod-cidr",
        F::ServiceCidr => "c-service-cidr",
        F::DnsServiceIp => "c-dns-service-ip",
        F::ListedRanges => "c-listed-ranges",
        F::InternalLbs => "c-internal-lbs",
        F::PrivateEndpoints => "c-private-endpoints",
        F::OtherIps => "c-other-ips",
        F::PrivateCluster => "c-private-cluster",
        F::VirtualNodes => "c-virtual-nodes",
        F::Outbound(_) | F::Names(_) => super::outbound::field_id(field),
    }
}

const TIERS: [(Tier, &str); 3] = [
    (Tier::Free, "free"),
    (Tier::Standard, "standard"),
    (Tier::Premium, "premium"),
];

#[component]
pub fn ClusterForm(props: &ClusterFormProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let c = &props.cluster;
    let messages = |field: ClusterField| messages_for(&props.findings, At::Cluster(field), lang);
    let onedit = &props.onedit;
    let model = c.network;

    let text_field = |field: ClusterField, inputmode: Option<&'static str>| {
        let onedit = onedit.clone();
        html! {
            { text_field(TextField {
                id: cluster_field_id(field).into(),
                label: text::cluster_field(field).get(lang).into(),
                value: c.text(field).unwrap_or_default().to_owned().into(),
                placeholder: None,
                hint: text::cluster_hint(field).map(|h| AttrValue::from(h.get(lang))),
                messages: messages(field),
                inputmode: inputmode.map(AttrValue::from),
                oninput: Callback::from(move |v: String| onedit.emit(Edit::ClusterText(field, v))),
            }, lang) }
        }
    };
    let select = |field: ClusterField, options: Html, onchange: Callback<Event>| {
        html! {
            <div class="field">
                <label for={cluster_field_id(field)}>{ text::cluster_field(field).get(lang) }</label>
                <select id={cluster_field_id(field)} {onchange}>{ options }</select>
                { field_messages(&format!("{}-msg", cluster_field_id(field)), &messages(field), lang) }
            </div>
        }
    };
    let on_select = |make: fn(&str) -> Option<Edit>| {
        let onedit = onedit.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Some(edit) = make(&value) {
                onedit.emit(edit);
            }
        })
    };
    let checkbox = |field: ClusterField, checked: bool, make: fn(bool) -> Edit| {
        let onedit = onedit.clone();
        let onchange = Callback::from(move |e: Event| {
            onedit.emit(make(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .checked(),
            ));
        });
        html! {
            <div class="field check-wide">
                <div class="check-row">
                    <input type="checkbox" id={cluster_field_id(field)} {checked} {onchange} />
                    <label for={cluster_field_id(field)}>{ text::cluster_field(field).get(lang) }</label>
                </div>
                { field_messages(&format!("{}-msg", cluster_field_id(field)), &messages(field), lang) }
            </div>
        }
    };
    let to_overlay = {
        let onedit = onedit.clone();
        Callback::from(move |_| onedit.emit(Edit::KubenetToOverlay))
    };

    html! {
        <section class="cluster" aria-labelledby="cluster-h">
            <h2 id="cluster-h">{ label::CLUSTER.get(lang) }</h2>
            <div class="grid">
                { select(ClusterField::Network, html! {
                    { for NetworkModel::ALL.iter().map(|m| html! {
                        <option value={m.id()} selected={*m == model}>
                            { text::network_model(*m).get(lang) }
                            { text::network_model_note(*m).map(|n| format!(" ({})", n.get(lang))).unwrap_or_default() }
                        </option>
                    }) }
                }, on_select(|v| NetworkModel::ALL.iter().find(|m| m.id() == v).map(|m| Edit::Network(*m)))) }
                { select(ClusterField::Dataplane, html! {
                    <>
                        <option value="azure" selected={c.dataplane == Dataplane::Azure}>{ "Azure" }</option>
                        <option value="cilium" selected={c.dataplane == Dataplane::Cilium}>{ "Cilium" }</option>
                    </>
                }, on_select(|v| match v { "azure" => Some(Edit::Dataplane(Dataplane::Azure)), "cilium" => Some(Edit::Dataplane(Dataplane::Cilium)), _ => None })) }
                { select(ClusterField::Tier, html! {
                    { for TIERS.iter().map(|(t, id)| html! {
                        <option value={*id} selected={*t == c.tier}>{ text::tier(*t).get(lang) }</option>
                    }) }
                }, on_select(|v| TIERS.iter().find(|(_, id)| *id == v).map(|(t, _)| Edit::Tier(*t)))) }
                { text_field(ClusterField::KubernetesVersion, Some("decimal")) }
            </div>
            if model == NetworkModel::Kubenet {
                <div class="banner" role="note">
                    <p>{ text::issue(&crate::evaluate::finding::Issue::KubenetRetiring, lang) }</p>
                    <button type="button" onclick={to_overlay}>{ label::SWITCH_TO_OVERLAY.get(lang) }</button>
                </div>
            }
            <h3 class="sub-h">{ label::NETWORK_H.get(lang) }</h3>
            <div class="grid">
                { text_field(ClusterField::Vnet, None) }
                if model.uses_pod_cidr() { { text_field(ClusterField::PodCidr, None) } }
                { text_field(ClusterField::ServiceCidr, None) }
                { text_field(ClusterField::DnsServiceIp, Some("decimal")) }
                { text_field(ClusterField::ListedRanges, None) }
                { text_field(ClusterField::InternalLbs, Some("numeric")) }
                { text_field(ClusterField::PrivateEndpoints, Some("numeric")) }
                { text_field(ClusterField::OtherIps, Some("numeric")) }
                { checkbox(ClusterField::PrivateCluster, c.private_cluster, Edit::PrivateCluster) }
                { checkbox(ClusterField::VirtualNodes, c.virtual_nodes, Edit::VirtualNodes) }
            </div>
        </section>
    }
}
