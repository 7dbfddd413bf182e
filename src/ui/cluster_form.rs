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
        F::VirtualNodesV2 => "c-virtual-nodes-v2",
        F::WireGuard => "c-wireguard",
        F::Outbound(_) | F::Names(_) => super::outbound::field_id(field),
    }
}

const TIERS: [(Tier, &str); 3] = [
    (Tier::Free, "free"),
    (Tier::Standard, "standard"),
    (Tier::Premium, "premium"),
];

/// What the parts of the form share.
struct Form<'a> {
    props: &'a ClusterFormProps,
    lang: Lang,
}

impl Form<'_> {
    fn messages(&self, field: ClusterField) -> Vec<super::field::Message> {
        messages_for(&self.props.findings, At::Cluster(field), self.lang)
    }

    fn text(&self, field: ClusterField, inputmode: Option<&'static str>) -> Html {
        let (lang, onedit) = (self.lang, self.props.onedit.clone());
        text_field(
            TextField {
                id: cluster_field_id(field).into(),
                label: text::cluster_field(field).get(lang).into(),
                value: self
                    .props
                    .cluster
                    .text(field)
                    .unwrap_or_default()
                    .to_owned()
                    .into(),
                placeholder: None,
                hint: text::cluster_hint(field).map(|h| AttrValue::from(h.get(lang))),
                messages: self.messages(field),
                inputmode: inputmode.map(AttrValue::from),
                oninput: Callback::from(move |v: String| onedit.emit(Edit::ClusterText(field, v))),
            },
            lang,
        )
    }

    /// A select of `(value, label, selected)` options, turned into an edit by `make`, with a
    /// note under it when there is one.
    fn select(
        &self,
        field: ClusterField,
        options: Vec<(&'static str, String, bool)>,
        make: fn(&str) -> Option<Edit>,
        note: Option<&'static str>,
    ) -> Html {
        let onedit = self.props.onedit.clone();
        let onchange = Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Some(edit) = make(&value) {
                onedit.emit(edit);
            }
        });
        let id = cluster_field_id(field);
        let note_id = format!("{id}-hint");
        html! {
            <div class="field">
                <label for={id}>{ text::cluster_field(field).get(self.lang) }</label>
                <select {id} autocomplete="off" {onchange} aria-describedby={note.map(|_| note_id.clone())}>
                    { for options.into_iter().map(|(value, text, selected)| html! { <option {value} {selected}>{ text }</option> }) }
                </select>
                if let Some(note) = note {
                    <p class="hint" id={note_id}>{ note }</p>
                }
                { field_messages(&format!("{id}-msg"), &self.messages(field), self.lang) }
            </div>
        }
    }

    fn checkbox(&self, field: ClusterField, checked: bool, make: fn(bool) -> Edit) -> Html {
        let onedit = self.props.onedit.clone();
        let onchange = Callback::from(move |e: Event| {
            onedit.emit(make(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .checked(),
            ));
        });
        let id = cluster_field_id(field);
        html! {
            <div class="field check-wide">
                <div class="check-row">
                    <input type="checkbox" {id} autocomplete="off" {checked} {onchange} />
                    <label for={id}>{ text::cluster_field(field).get(self.lang) }</label>
                </div>
                { field_messages(&format!("{id}-msg"), &self.messages(field), self.lang) }
            </div>
        }
    }
}

#[component]
pub fn ClusterForm(props: &ClusterFormProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let form = Form { props, lang };
    let c = &props.cluster;
    let model = c.network;
    let to_overlay = {
        let onedit = props.onedit.clone();
        Callback::from(move |_| onedit.emit(Edit::KubenetToOverlay))
    };
    html! {
        <section class="cluster" aria-labelledby="cluster-h">
            <h2 id="cluster-h">{ label::CLUSTER.get(lang) }</h2>
            { choices(&form) }
            if model == NetworkModel::Kubenet {
                <div class="banner" role="note">
                    <p>{ text::issue(&crate::evaluate::finding::Issue::KubenetRetiring, lang) }</p>
                    <button type="button" onclick={to_overlay}>{ label::SWITCH_TO_OVERLAY.get(lang) }</button>
                </div>
            }
            <h3 class="sub-h">{ label::NETWORK_H.get(lang) }</h3>
            <div class="grid">
                { form.text(ClusterField::Vnet, None) }
                if model.uses_pod_cidr() { { form.text(ClusterField::PodCidr, None) } }
                { form.text(ClusterField::ServiceCidr, None) }
                { form.text(ClusterField::DnsServiceIp, Some("decimal")) }
                { form.text(ClusterField::ListedRanges, None) }
                { form.text(ClusterField::InternalLbs, Some("numeric")) }
                { form.text(ClusterField::PrivateEndpoints, Some("numeric")) }
                { form.text(ClusterField::OtherIps, Some("numeric")) }
                { form.checkbox(ClusterField::PrivateCluster, c.private_cluster, Edit::PrivateCluster) }
                { form.checkbox(ClusterField::VirtualNodes, c.virtual_nodes, Edit::VirtualNodes) }
                { form.text(ClusterField::VirtualNodesV2, Some("numeric")) }
            </div>
        </section>
    }
}

/// Network model, data plane, tier and version.
fn choices(form: &Form<'_>) -> Html {
    let (c, lang) = (&form.props.cluster, form.lang);
    let models = NetworkModel::ALL
        .iter()
        .map(|m| {
            let note = text::network_model_note(*m)
                .map(|n| format!(" ({})", n.get(lang)))
                .unwrap_or_default();
            (
                m.id(),
                format!("{}{note}", text::network_model(*m).get(lang)),
                *m == c.network,
            )
        })
        .collect();
    let planes = vec![
        ("azure", "Azure".to_owned(), c.dataplane == Dataplane::Azure),
        (
            "cilium",
            "Cilium".to_owned(),
            c.dataplane == Dataplane::Cilium,
        ),
    ];
    let tiers = TIERS
        .iter()
        .map(|(t, id)| (*id, text::tier(*t).get(lang).to_owned(), *t == c.tier))
        .collect();
    html! {
        <div class="grid">
            { form.select(ClusterField::Network, models, |v| NetworkModel::ALL.iter().find(|m| m.id() == v).map(|m| Edit::Network(*m)), None) }
            { form.select(ClusterField::Dataplane, planes, |v| match v { "azure" => Some(Edit::Dataplane(Dataplane::Azure)), "cilium" => Some(Edit::Dataplane(Dataplane::Cilium)), _ => None }, text::dataplane_note(c.dataplane).map(|n| n.get(lang))) }
            { form.checkbox(ClusterField::WireGuard, c.wireguard, Edit::WireGuard) }
            { form.select(ClusterField::Tier, tiers, |v| TIERS.iter().find(|(_, id)| *id == v).map(|(t, _)| Edit::Tier(*t)), None) }
            { form.text(ClusterField::KubernetesVersion, Some("decimal")) }
        </div>
    }
}
