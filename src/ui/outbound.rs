//! The outbound panel: the outbound type and its settings with the SNAT figure and verdict, the
//! egress rules (and their exports, built in the worker), the control-plane path with the
//! "error dialing backend" checks, and the names with what AKS creates. Every figure comes from
//! the [`Report`]; every word from [`crate::text`].

use yew::prelude::*;

use super::browser;
use super::field::{Message, TextField, field_messages, messages_for, text_field};
use super::figures::why_view;
use super::jobs::{Heard, JobWorker, send_in};
use super::part::Part;
use super::state::Shared;
use crate::evaluate::finding::At;
use crate::evaluate::{CreatedReport, EgressReport, Report, Snat, Verdict};
use crate::formats::export::Format;
use crate::formats::jobs;
use crate::plan::edit::Edit;
use crate::plan::field::{ClusterField, NameField, OutboundField};
use crate::plan::outbound::{
    Cloud, Names, Outbound as OutboundPlan, OutboundEdit, OutboundType, placeholders,
};
use crate::rules::egress::Protocol;
use crate::rules::outbound as rules;
use crate::text::egress::{self as words, label as l};
use crate::text::{self, Lang, int, label};

/// The id of an outbound or name field's input.
pub fn field_id(field: ClusterField) -> &'static str {
    use OutboundField as O;
    match field {
        ClusterField::Outbound(o) => match o {
            O::Type => "o-type",
            O::ManagedVnet => "o-managed-vnet",
            O::LbManagedIps => "o-lb-managed-ips",
            O::LbOwnIps => "o-lb-own-ips",
            O::LbPorts => "o-lb-ports",
            O::LbIdle => "o-lb-idle",
            O::NatIps => "o-nat-ips",
            O::NatIdle => "o-nat-idle",
            O::FirewallIp => "o-firewall-ip",
            O::FirewallIps => "o-firewall-ips",
            O::FirewallInstances => "o-firewall-instances",
            O::Connections => "o-connections",
            O::Cloud => "o-cloud",
            O::DnsServers => "o-dns-servers",
            O::LegacyTunnel => "o-legacy-tunnel",
            O::PublicLbs => "o-public-lbs",
        },
        ClusterField::Names(n) => match n {
            NameField::ResourceGroup => "n-resource-group",
            NameField::ClusterName => "n-cluster-name",
            NameField::Region => "n-region",
            NameField::NodeResourceGroup => "n-node-resource-group",
        },
        _ => "",
    }
}

#[derive(Properties, PartialEq)]
pub struct OutboundProps {
    pub outbound: OutboundPlan,
    pub names: Names,
    pub report: Shared<Report>,
    /// The plan's fragment, for the egress exports.
    pub fragment: String,
    pub onedit: Callback<Edit>,
    /// Figures without inputs.
    #[prop_or_default]
    pub readonly: bool,
}

/// What the placeholder of an empty field shows: AKS's default.
fn placeholder(field: ClusterField) -> Option<String> {
    use OutboundField as O;
    let n = |v: u64| Some(v.to_string());
    match field {
        ClusterField::Outbound(O::LbManagedIps | O::NatIps) => n(1),
        ClusterField::Outbound(O::LbPorts) => n(0),
        ClusterField::Outbound(O::LbIdle) => n(rules::LB_IDLE_DEFAULT),
        ClusterField::Outbound(O::NatIdle) => n(rules::NAT_IDLE_DEFAULT),
        ClusterField::Outbound(O::FirewallInstances) => n(rules::FIREWALL_MIN_INSTANCES),
        ClusterField::Names(NameField::ResourceGroup) => Some(placeholders::RESOURCE_GROUP.into()),
        ClusterField::Names(NameField::ClusterName) => Some(placeholders::CLUSTER_NAME.into()),
        ClusterField::Names(NameField::Region) => Some(placeholders::REGION.into()),
        _ => None,
    }
}

/// The text inputs this outbound type uses.
fn type_fields(t: OutboundType) -> &'static [OutboundField] {
    use OutboundField as O;
    match t {
        OutboundType::LoadBalancer => &[O::LbManagedIps, O::LbOwnIps, O::LbPorts, O::LbIdle],
        OutboundType::ManagedNatGateway | OutboundType::ManagedNatGatewayV2 => {
            &[O::NatIps, O::NatIdle]
        }
        OutboundType::UserAssignedNatGateway => &[O::NatIps],
        OutboundType::UserDefinedRouting => &[O::FirewallIp, O::FirewallIps, O::FirewallInstances],
        OutboundType::None | OutboundType::Block => &[],
    }
}

struct Ctx<'a> {
    props: &'a OutboundProps,
    lang: Lang,
}

impl Ctx<'_> {
    fn messages(&self, field: ClusterField) -> Vec<Message> {
        messages_for(&self.props.report.findings, At::Cluster(field), self.lang)
    }

    fn input(&self, field: ClusterField) -> Html {
        let value = match field {
            ClusterField::Outbound(o) => self.props.outbound.text(o).unwrap_or_default(),
            ClusterField::Names(n) => self.props.names.text(n),
            _ => "",
        };
        let onedit = self.props.onedit.clone();
        text_field(
            TextField {
                id: field_id(field).into(),
                label: text::cluster_field(field).get(self.lang).into(),
                value: AttrValue::from(value.to_owned()),
                placeholder: placeholder(field).map(AttrValue::from),
                hint: text::cluster_hint(field).map(|h| AttrValue::from(h.get(self.lang))),
                messages: self.messages(field),
                inputmode: None,
                oninput: Callback::from(move |v: String| onedit.emit(Edit::ClusterText(field, v))),
            },
            self.lang,
        )
    }

    fn checkbox(
        &self,
        field: OutboundField,
        checked: bool,
        make: fn(bool) -> OutboundEdit,
    ) -> Html {
        let id = field_id(ClusterField::Outbound(field));
        let onedit = self.props.onedit.clone();
        let onchange = Callback::from(move |e: Event| {
            let on = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            onedit.emit(Edit::Outbound(make(on)));
        });
        html! {
            <div class="field check-wide">
                <div class="check-row">
                    <input type="checkbox" {id} autocomplete="off" {checked} {onchange} />
                    <label for={id}>{ text::cluster_field(ClusterField::Outbound(field)).get(self.lang) }</label>
                </div>
                { field_messages(&format!("{id}-msg"), &self.messages(ClusterField::Outbound(field)), self.lang) }
            </div>
        }
    }

    fn select(
        &self,
        field: OutboundField,
        options: Html,
        make: fn(&str) -> Option<OutboundEdit>,
    ) -> Html {
        let id = field_id(ClusterField::Outbound(field));
        let onedit = self.props.onedit.clone();
        let onchange = Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Some(edit) = make(&v) {
                onedit.emit(Edit::Outbound(edit));
            }
        });
        html! {
            <div class="field">
                <label for={id}>{ text::cluster_field(ClusterField::Outbound(field)).get(self.lang) }</label>
                <select {id} autocomplete="off" {onchange}>{ options }</select>
                { field_messages(&format!("{id}-msg"), &self.messages(ClusterField::Outbound(field)), self.lang) }
            </div>
        }
    }

    /// The outbound type, its settings, and what the egress rules depend on.
    fn settings(&self) -> Html {
        let o = &self.props.outbound;
        let lang = self.lang;
        let types = html! { { for OutboundType::ALL.iter().map(|t| html! {
            <option value={t.id()} selected={*t == o.outbound_type}>{ text::outbound::outbound_type(*t).get(lang) }</option>
        }) } };
        let clouds = html! { { for Cloud::ALL.iter().map(|c| html! {
            <option value={c.id()} selected={*c == o.cloud}>{ text::outbound::cloud(*c).get(lang) }</option>
        }) } };
        let input = |f: OutboundField| self.input(ClusterField::Outbound(f));
        // "cluster": printed like the cluster form, as figures without the inputs.
        html! {
            <div class="grid cluster">
                { self.select(OutboundField::Type, types, |v| OutboundType::from_id(v).map(OutboundEdit::Type)) }
                { self.checkbox(OutboundField::ManagedVnet, o.managed_vnet, OutboundEdit::ManagedVnet) }
                { for type_fields(o.outbound_type).iter().map(|f| input(*f)) }
                if !o.outbound_type.isolated() { { input(OutboundField::Connections) } }
                { self.select(OutboundField::Cloud, clouds, |v| Cloud::from_id(v).map(OutboundEdit::Cloud)) }
                { input(OutboundField::DnsServers) }
                { input(OutboundField::PublicLbs) }
                { self.checkbox(OutboundField::LegacyTunnel, o.legacy_tunnel, OutboundEdit::LegacyTunnel) }
            </div>
        }
    }
}

fn dash(v: Option<u64>) -> String {
    v.map_or_else(|| "—".to_owned(), int)
}

/// The SNAT figure with its "why", the verdict (read out when it changes) and what follows.
fn snat_view(report: &Report, lang: Lang) -> Html {
    let o = &report.outbound;
    let what = words::per_node_label(o).get(lang);
    let verdict_class = match o.verdict {
        Verdict::Fits | Verdict::Isolated => "ok",
        Verdict::Unknown => "info",
        Verdict::Exhaustion => "warning",
        Verdict::Refused | Verdict::NotAllowed => "error",
    };
    let details = match o.snat {
        Snat::LoadBalancer(lb) => html! { <>
            if let Some(c) = lb.cliff { <dd data-test="next-cliff">{ words::next_cliff(&c, lang) }</dd> }
            if let Some(n) = lb.max_nodes { <dt>{ l::MAX_NODES.get(lang) }</dt><dd>{ int(n) }</dd> }
            if let Some((ports, ips)) = lb.target {
                <dt>{ l::TARGET.get(lang) }</dt>
                <dd data-test="snat-target">{ words::target(ports, ips, lang) }</dd>
            }
        </> },
        Snat::Firewall(f) => html! { <>
            if let Some(ip) = f.next_hop { <dt>{ l::NEXT_HOP.get(lang) }</dt><dd class="mono">{ format!("0.0.0.0/0 → VirtualAppliance {ip}") }</dd> }
        </> },
        Snat::NatGateway(_) | Snat::Isolated => html! {},
    };
    html! {
        <>
            <dl class="facts">
                <dt>{ what }</dt>
                <dd><strong data-test="ports-per-node">{ dash(words::per_node(o)) }</strong>
                    { " " }{ why_view(&words::per_node_why(o, lang), what, lang) }</dd>
                { details }
            </dl>
            <p class={classes!("status", verdict_class)} role="status" aria-live="polite" data-test="snat-verdict">
                { words::verdict(o, lang) }
            </p>
            <h3 class="sub-h">{ l::CHANGE_LATER.get(lang) }</h3>
            <ul class="legend" data-test="migrations">
                { for o.migrations.iter().map(|(t, m)| html! {
                    <li>{ format!("{}: {}", t.id(), words::migration(*m).get(lang)) }</li>
                }) }
            </ul>
        </>
    }
}

/// The egress rules and the NSG rules as tables.
fn egress(r: &Report) -> &EgressReport {
    &r.egress
}

fn created(r: &Report) -> &CreatedReport {
    &r.created
}

fn egress_tables(e: &EgressReport, lang: Lang) -> Html {
    if e.isolated {
        return html! { <p data-test="egress-isolated">{ l::ISOLATED.get(lang) }</p> };
    }
    let source = if e.sources.is_empty() {
        "*".to_owned()
    } else {
        e.sources.join(", ")
    };
    html! {
        <>
            <p class="hint">{ l::EGRESS_HINT.get(lang) }{ " " }{ l::SOURCE.get(lang) }{ ": " }<span class="mono">{ source }</span></p>
            <div class="table-scroll" tabindex="0">
            <table class="breakdown" data-test="egress-rules">
                <thead><tr>
                    <th scope="col">{ l::DESTINATION.get(lang) }</th>
                    <th scope="col" class="num">{ l::PORT.get(lang) }</th>
                    <th scope="col">{ l::PROTOCOL.get(lang) }</th>
                    <th scope="col">{ l::NEED.get(lang) }</th>
                    <th scope="col">{ l::WHY.get(lang) }</th>
                </tr></thead>
                <tbody>
                    { for e.rules.iter().map(|r| html! {
                        <tr>
                            <td class="mono">{ words::destination(&r.destination, lang) }</td>
                            <td class="num">{ r.port }</td>
                            <td>{ r.protocol.name() }</td>
                            <td>{ words::need(r.need).get(lang) }</td>
                            <td>{ words::purpose(r.purpose).get(lang) }{ " " }
                                <a href={r.source} target="_blank" rel="noopener noreferrer">{ l::DOCS.get(lang) }</a></td>
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
            { nsg_table(e, lang) }
        </>
    }
}

fn nsg_table(e: &EgressReport, lang: Lang) -> Html {
    let nsg = &e.nsg;
    html! {
        <>
            <h3 class="sub-h">{ l::NSG.get(lang) }</h3>
            if nsg.is_empty() {
                <p class="hint">{ l::NO_NSG.get(lang) }</p>
            } else {
                <div class="table-scroll" tabindex="0">
                <table class="breakdown" data-test="nsg-rules">
                    <thead><tr>
                        <th scope="col">{ l::FROM.get(lang) }</th>
                        <th scope="col">{ l::TO.get(lang) }</th>
                        <th scope="col">{ l::PROTOCOL.get(lang) }</th>
                        <th scope="col">{ l::PORT.get(lang) }</th>
                        <th scope="col">{ l::WHY.get(lang) }</th>
                    </tr></thead>
                    <tbody>
                        { for nsg.iter().map(|n| html! {
                            <tr>
                                <td class="mono">{ n.source.clone() }</td>
                                <td class="mono">{ n.destination.clone() }</td>
                                <td>{ n.protocol.map_or(l::ANY.get(lang), Protocol::name) }</td>
                                <td>{ n.ports }</td>
                                <td>{ words::nsg_purpose(n.purpose).get(lang) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                </div>
            }
        </>
    }
}

/// The control-plane path and what to check when `kubectl logs` fails.
fn tunnel_body(e: &EgressReport, lang: Lang) -> Html {
    html! {
        <>
            <p data-test="tunnel-path">{ words::tunnel(e, lang) }</p>
            <p>{ words::DIALING_BACKEND.get(lang) }</p>
            <ul data-test="tunnel-checks">
                { for words::tunnel_checks(e, lang).into_iter().map(|c| html! { <li class="mono">{ c }</li> }) }
            </ul>
            <p class="hint">{ words::DIALING_BACKEND_PODS.get(lang) }</p>
        </>
    }
}

/// The names, the node resource group and the resources AKS puts in it.
fn created_view(c: &CreatedReport, lang: Lang) -> Html {
    html! {
        <>
            <p><strong>{ l::NODE_RG.get(lang) }{ ": " }</strong>
                <span data-test="node-resource-group">{ words::node_resource_group(c, lang) }</span></p>
            <div class="table-scroll" tabindex="0">
            <table class="breakdown" data-test="created">
                <thead><tr>
                    <th scope="col">{ l::RESOURCE.get(lang) }</th>
                    <th scope="col">{ l::NAME.get(lang) }</th>
                    <th scope="col" class="num">{ l::COUNT.get(lang) }</th>
                </tr></thead>
                <tbody>
                    { for c.resources.iter().map(|r| html! {
                        <tr>
                            <td>{ words::resource(r.resource).get(lang) }</td>
                            <td class="mono">{ words::resource_name(&r.name, lang) }</td>
                            <td class="num">{ int(r.count) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
        </>
    }
}

/// The egress exports, in the panel.
const EGRESS_FORMATS: [Format; 5] = [
    Format::EgressMarkdown,
    Format::EgressCsv,
    Format::EgressAzureCli,
    Format::EgressTerraform,
    Format::EgressBicep,
];

#[derive(Properties, PartialEq)]
pub struct EgressExportProps {
    pub fragment: String,
}

/// Builds an egress export in the worker when its button is pressed.
#[component]
pub fn EgressExport(props: &EgressExportProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let format = use_state(|| None::<Format>);
    let content = use_state(|| None::<String>);
    let status = use_state(String::new);
    let worker = use_mut_ref(|| None::<JobWorker>);
    let choose = |f: Format| {
        let (format, content, status, worker) = (
            format.clone(),
            content.clone(),
            status.clone(),
            worker.clone(),
        );
        let request = jobs::export_request(
            f,
            lang,
            &super::share::link(&props.fragment),
            &props.fragment,
        );
        Callback::from(move |_| {
            format.set(Some(f));
            content.set(None);
            status.set(label::WORKING.get(lang).to_owned());
            let on_heard = {
                let (content, status) = (content.clone(), status.clone());
                move || {
                    Callback::from(move |heard| match heard {
                        Heard::Reply(text) => {
                            content.set(Some(text));
                            status.set(String::new());
                        }
                        Heard::Failed => status.set(label::WORKER_FAILED.get(lang).to_owned()),
                    })
                }
            };
            if !send_in(&worker, on_heard, &request) {
                status.set(label::WORKER_FAILED.get(lang).to_owned());
            }
        })
    };
    let text_now = (*content).clone().unwrap_or_default();
    let on_download = {
        let (text_now, format) = (text_now.clone(), *format);
        Callback::from(move |_| {
            if let Some(f) = format {
                browser::download(f.file_name(), f.mime(), &text_now);
            }
        })
    };
    let ready = content.is_some();
    html! {
        <div class="egress-export">
            <h3 class="sub-h">{ l::EXPORT.get(lang) }</h3>
            <div class="actions">
                { for EGRESS_FORMATS.iter().map(|f| html! {
                    <button type="button" data-test={format!("egress-{}", jobs::format_id(*f))} onclick={choose(*f)}
                        aria-pressed={(*format == Some(*f)).to_string()}>{ f.name().get(lang) }</button>
                }) }
                <button type="button" data-test="egress-download" onclick={on_download} disabled={!ready}>{ label::DOWNLOAD.get(lang) }</button>
                <span class="status" role="status" aria-live="polite">{ (*status).clone() }</span>
            </div>
            <label class="visually-hidden" for="egress-export-text">{ l::EXPORT.get(lang) }</label>
            <textarea id="egress-export-text" class="export-text mono" readonly=true autocomplete="off" rows="12" spellcheck="false"
                data-ready={ready.to_string()} value={text_now} />
        </div>
    }
}

/// The outbound panel.
#[component]
pub fn Outbound(props: &OutboundProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let tunnel_open = use_state(|| false);
    let cx = Ctx { props, lang };
    let report = &props.report;
    let open_tunnel = {
        let tunnel_open = tunnel_open.clone();
        Callback::from(move |_| {
            tunnel_open.set(true);
            if let Some(el) = gloo::utils::document().get_element_by_id("tunnel") {
                el.scroll_into_view();
            }
        })
    };
    let ontoggle = {
        let tunnel_open = tunnel_open.clone();
        Callback::from(move |e: Event| {
            tunnel_open.set(
                e.target_unchecked_into::<web_sys::HtmlDetailsElement>()
                    .open(),
            );
        })
    };
    let name_input = |f: NameField| cx.input(ClusterField::Names(f));
    html! {
        <section class="outbound" aria-labelledby="outbound-h" data-test="outbound">
            <h2 id="outbound-h">{ l::HEADING.get(lang) }</h2>
            if !props.readonly { { cx.settings() } }
            { snat_view(report, lang) }
            <details class="panel" id="egress" data-test="egress">
                <summary><h3>{ l::EGRESS.get(lang) }</h3></summary>
                <Part<EgressReport> report={report.clone()} pick={egress as fn(&Report) -> &EgressReport} render={egress_tables as fn(&EgressReport, Lang) -> Html} />
                if !props.readonly {
                    <p><button type="button" class="link" data-test="to-tunnel" onclick={open_tunnel}>{ l::TUNNEL_LINK.get(lang) }</button></p>
                    <EgressExport fragment={props.fragment.clone()} />
                }
            </details>
            <details class="panel" id="tunnel" data-test="tunnel" open={*tunnel_open} {ontoggle}>
                <summary><h3>{ l::TUNNEL.get(lang) }</h3></summary>
                <Part<EgressReport> report={report.clone()} pick={egress as fn(&Report) -> &EgressReport} render={tunnel_body as fn(&EgressReport, Lang) -> Html} />
            </details>
            <h3 class="sub-h">{ l::CREATED.get(lang) }</h3>
            if !props.readonly {
                <div class="grid cluster">
                    { for NameField::ALL.iter().map(|f| name_input(*f)) }
                </div>
            }
            <Part<CreatedReport> report={report.clone()} pick={created as fn(&Report) -> &CreatedReport} render={created_view as fn(&CreatedReport, Lang) -> Html} />
        </section>
    }
}
