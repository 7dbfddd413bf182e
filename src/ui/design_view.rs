//! The VNet design: an address map of each VNet prefix, the ranges around it, and a table of
//! every subnet with what it must hold, what it can, and AKS's verdict. Every figure is the
//! report's (`DesignReport`); the component only lays them out and turns input into edits.

use yew::prelude::*;

use super::field::{Message, field_messages, messages_for};
use super::figures::why_view;
use super::state::Shared;
use crate::evaluate::finding::{At, Severity};
use crate::evaluate::{DesignReport, MapBar, MapItem, Report, SubnetReport, SubnetUnit};
use crate::plan::edit::{Edit, SubnetEdit};
use crate::plan::field::{ClusterField, SubnetField};
use crate::plan::{Cluster, Subnet};
use crate::rules::subnet::Purpose;
use crate::text::{self, Lang, explain, int, label};

#[derive(Properties, PartialEq)]
pub struct DesignViewProps {
    pub cluster: Cluster,
    pub report: Shared<Report>,
    pub pool_names: Vec<String>,
    pub readonly: bool,
    pub onedit: Callback<Edit>,
}

fn big(n: u128) -> String {
    int(u64::try_from(n).unwrap_or(u64::MAX))
}

/// The id of a subnet field's input: `s2-prefix`.
pub fn subnet_field_id(index: usize, field: SubnetField) -> String {
    let slug = match field {
        SubnetField::Name => "name",
        SubnetField::Prefix => "prefix",
        SubnetField::Purpose => "purpose",
        SubnetField::Ips => "ips",
    };
    format!("s{index}-{slug}")
}

/// A class per purpose, so the map's stretches differ by pattern and colour (and always say
/// their name in text).
fn purpose_class(p: Purpose) -> &'static str {
    match p {
        Purpose::Nodes => "p-nodes",
        Purpose::Pods => "p-pods",
        Purpose::ApiServer => "p-api",
        Purpose::VirtualNodes | Purpose::AppGatewayForContainers => "p-addon",
        _ => "p-infra",
    }
}

/// Whether the `ips` field means something for this purpose.
fn takes_ips(p: Purpose) -> bool {
    matches!(
        p,
        Purpose::Nodes | Purpose::PrivateEndpoints | Purpose::VirtualNodes | Purpose::Other
    )
}

#[component]
pub fn DesignView(props: &DesignViewProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let report = &props.report;
    let d = &report.design;
    let names: Vec<String> = props
        .cluster
        .subnets
        .iter()
        .map(|s| s.name.clone())
        .collect();
    let cluster_messages =
        |field: ClusterField| messages_for(&report.findings, At::Cluster(field), lang);
    let list_messages = cluster_messages(ClusterField::Subnets);
    html! {
        <section class="design" aria-labelledby="design-h" data-test="design">
            <h2 id="design-h">{ label::DESIGN.get(lang) }</h2>
            <p class="hint">{ label::DESIGN_HINT.get(lang) }</p>
            if !props.readonly {
                { design_settings(props, lang) }
            }
            { field_messages("design-msg", &list_messages, lang) }
            { for d.map.iter().map(|bar| address_map(bar, d, &names, lang)) }
            { ranges_table(d, lang) }
            { subnet_table(props, lang) }
            if !props.readonly {
                <DesignActions report={report.clone()} onedit={props.onedit.clone()} />
            }
            { design_facts(d, lang) }
        </section>
    }
}

/// API Server VNet Integration, its subnet, and the size factor of auto subnets.
fn design_settings(props: &DesignViewProps, lang: Lang) -> Html {
    let c = &props.cluster;
    let findings = &props.report.findings;
    let messages = |field: ClusterField| messages_for(findings, At::Cluster(field), lang);
    let onedit = props.onedit.clone();
    let on_integration = Callback::from(move |e: Event| {
        let on = e
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .checked();
        onedit.emit(Edit::ApiServerVnetIntegration(on));
    });
    let onedit = props.onedit.clone();
    let on_api_subnet = Callback::from(move |e: Event| {
        let v = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        onedit.emit(Edit::ClusterText(ClusterField::ApiServerSubnet, v));
    });
    let onedit = props.onedit.clone();
    let on_growth = Callback::from(move |e: InputEvent| {
        let v = e
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .value();
        onedit.emit(Edit::ClusterText(ClusterField::Growth, v));
    });
    let api_subnets: Vec<&Subnet> = c
        .subnets
        .iter()
        .filter(|s| s.purpose == Purpose::ApiServer)
        .collect();
    let growth_msgs = messages(ClusterField::Growth);
    html! {
        <div class="grid design-settings">
            <div class="field check-wide">
                <div class="check-row">
                    <input type="checkbox" id="c-apiserver-vnet-integration" autocomplete="off" checked={c.apiserver_vnet_integration} onchange={on_integration} />
                    <label for="c-apiserver-vnet-integration">{ text::cluster_field(ClusterField::ApiServerVnetIntegration).get(lang) }</label>
                </div>
                { field_messages("c-apiserver-vnet-integration-msg", &messages(ClusterField::ApiServerVnetIntegration), lang) }
            </div>
            if c.apiserver_vnet_integration {
                <div class="field">
                    <label for="c-apiserver-subnet">{ text::cluster_field(ClusterField::ApiServerSubnet).get(lang) }</label>
                    <select id="c-apiserver-subnet" autocomplete="off" onchange={on_api_subnet}>
                        <option value="" selected={c.apiserver_subnet.trim().is_empty()}>{ label::FIRST_OF_PURPOSE.get(lang) }</option>
                        { for api_subnets.iter().map(|s| html! {
                            <option value={s.name.clone()} selected={s.name.eq_ignore_ascii_case(c.apiserver_subnet.trim())}>{ s.name.clone() }</option>
                        }) }
                    </select>
                    { field_messages("c-apiserver-subnet-msg", &messages(ClusterField::ApiServerSubnet), lang) }
                </div>
            }
            <div class={classes!("field", growth_msgs.iter().any(|m| m.severity == Severity::Error).then_some("invalid"))}>
                <label for="c-growth">{ text::cluster_field(ClusterField::Growth).get(lang) }</label>
                <input id="c-growth" type="text" inputmode="decimal" autocomplete="off" value={c.growth.clone()} oninput={on_growth}
                    aria-describedby={(!growth_msgs.is_empty()).then_some("c-growth-msg")} />
                { field_messages("c-growth-msg", &growth_msgs, lang) }
            </div>
        </div>
    }
}

/// One VNet prefix as a bar of its subnets and free blocks, with a numbered legend that says in
/// words what each stretch is (the bar's colours are never the only way to tell).
fn address_map(bar: &MapBar, d: &DesignReport, names: &[String], lang: Lang) -> Html {
    let total = crate::rules::address::size(&bar.space);
    let describe = |item: MapItem| -> (String, String, &'static str) {
        match item {
            MapItem::Subnet(i) => {
                let s = d.subnets.get(i);
                let name = names.get(i).cloned().unwrap_or_default();
                let prefix = s
                    .and_then(|s| s.net)
                    .map(|n| n.to_string())
                    .unwrap_or_default();
                let purpose = s.map_or(Purpose::Other, |s| s.purpose);
                let placed = if s.is_some_and(|s| s.placed) {
                    format!(" ({})", label::PLACED.get(lang))
                } else {
                    String::new()
                };
                (
                    format!("{name}{placed}"),
                    format!("{prefix} · {}", text::design::purpose(purpose).get(lang)),
                    purpose_class(purpose),
                )
            }
            MapItem::Free(net) => (label::FREE.get(lang).to_owned(), net.to_string(), "free"),
        }
    };
    html! {
        <figure class="address-map" data-test="address-map">
            <figcaption>
                <strong>{ label::ADDRESS_MAP.get(lang) }{ " · " }{ bar.space.to_string() }</strong>
                { format!(" ({} {})", big(total), label::ADDRESSES.get(lang)) }
            </figcaption>
            <svg class="map-bar" viewBox="0 0 1000 48" role="img" aria-labelledby={format!("map-legend-{}", bar.space)}>
                { for bar.cells.iter().enumerate().map(|(n, c)| {
                    let (title, detail, class) = describe(c.item);
                    let x = c.start_permille;
                    let w = c.width_permille.max(2);
                    html! {
                        <g class={class}>
                            <rect x={x.to_string()} y="0" width={w.to_string()} height="48"><title>{ format!("{title}: {detail}") }</title></rect>
                            if w >= 28 {
                                <text x={(x + w / 2).to_string()} y="30" text-anchor="middle">{ (n + 1).to_string() }</text>
                            }
                        </g>
                    }
                }) }
            </svg>
            <ol class="map-legend" id={format!("map-legend-{}", bar.space)}>
                { for bar.cells.iter().map(|c| {
                    let (title, detail, class) = describe(c.item);
                    html! {
                        <li class={class}>
                            <span class={classes!("swatch", class)} aria-hidden="true"></span>
                            <strong>{ title }</strong>{ " " }<span class="mono">{ detail }</span>
                        </li>
                    }
                }) }
            </ol>
        </figure>
    }
}

/// The VNet, pod CIDR, service CIDR and listed ranges, each with what it overlaps.
fn ranges_table(d: &DesignReport, lang: Lang) -> Html {
    if d.ranges.is_empty() {
        return html! {};
    }
    html! {
        <div class="table-scroll" tabindex="0">
            <table class="breakdown ranges" data-test="ranges">
                <caption>{ label::RANGES.get(lang) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ label::RANGE.get(lang) }</th>
                        <th scope="col">{ label::ROLE.get(lang) }</th>
                        <th scope="col" class="num">{ label::ADDRESSES.get(lang) }</th>
                        <th scope="col">{ label::OVERLAPS.get(lang) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for d.ranges.iter().map(|r| {
                        let overlaps = if r.overlaps.is_empty() {
                            label::CLEAR.get(lang).to_owned()
                        } else {
                            r.overlaps.iter().map(|(role, net)| format!("{} ({net})", text::role(*role).get(lang))).collect::<Vec<_>>().join(", ")
                        };
                        html! {
                            <tr class={classes!((!r.overlaps.is_empty()).then_some("bad"))}>
                                <td class="mono">{ r.net.to_string() }</td>
                                <td>{ text::role(r.role).get(lang) }</td>
                                <td class="num">{ big(crate::rules::address::size(&r.net)) }</td>
                                <td>{ overlaps }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// Every subnet: its inputs (or values, read-only), what it must hold now, scaled out and while
/// upgrading, what it holds, the headroom and the verdict.
fn subnet_table(props: &DesignViewProps, lang: Lang) -> Html {
    let d = &props.report.design;
    html! {
        <div class="table-scroll" tabindex="0">
            <table class="breakdown subnets" data-test="subnet-table">
                <caption class="visually-hidden">{ text::cluster_field(ClusterField::Subnets).get(lang) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ text::design::subnet_field(SubnetField::Name).get(lang) }</th>
                        <th scope="col">{ text::design::subnet_field(SubnetField::Purpose).get(lang) }</th>
                        <th scope="col">{ text::design::subnet_field(SubnetField::Prefix).get(lang) }</th>
                        <th scope="col">{ text::design::subnet_field(SubnetField::Ips).get(lang) }</th>
                        <th scope="col" class="num">{ format!("{} ({} / {} / {})", label::SUBNET_NEEDS.get(lang), label::SCENARIO_NOW.get(lang), label::SCENARIO_SCALED.get(lang), label::SCENARIO_UPGRADE.get(lang)) }</th>
                        <th scope="col" class="num">{ label::USABLE.get(lang) }</th>
                        <th scope="col" class="num">{ label::HEADROOM.get(lang) }</th>
                        <th scope="col">{ label::STATUS.get(lang) }</th>
                        if !props.readonly { <th scope="col"><span class="visually-hidden">{ label::REMOVE.get(lang) }</span></th> }
                    </tr>
                </thead>
                <tbody>
                    { for props.cluster.subnets.iter().zip(&d.subnets).enumerate().map(|(i, (s, r))| {
                        let messages = |field: SubnetField| messages_for(&props.report.findings, At::Subnet(i, field), lang);
                        html! {
                            <SubnetRow
                                key={i}
                                index={i}
                                subnet={s.clone()}
                                report={r.clone()}
                                messages={[SubnetField::Name, SubnetField::Purpose, SubnetField::Prefix, SubnetField::Ips].map(messages)}
                                pool_names={props.pool_names.clone()}
                                readonly={props.readonly}
                                removable={props.cluster.subnets.len() > 1}
                                onedit={props.onedit.clone()}
                            />
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// One subnet's row. A component of its own: a keystroke elsewhere leaves its props, and so its
/// part of the page, untouched (Yew then skips it), which keeps a large design's input fast.
#[derive(Properties, PartialEq)]
struct SubnetRowProps {
    index: usize,
    subnet: Subnet,
    report: SubnetReport,
    /// The findings about its name, purpose, prefix and IPs, worded.
    messages: [Vec<Message>; 4],
    pool_names: Vec<String>,
    readonly: bool,
    removable: bool,
    onedit: Callback<Edit>,
}

#[component]
fn SubnetRow(props: &SubnetRowProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let (i, s, r) = (props.index, &props.subnet, &props.report);
    let [name_msgs, purpose_msgs, prefix_msgs, ips_msgs] = &props.messages;
    let unit = |n: u128| match r.unit {
        SubnetUnit::Ips => big(n),
        SubnetUnit::Blocks => format!("{} {}", big(n), label::BLOCKS.get(lang)),
    };
    let (status, class) = match r.fits() {
        Some(true) => (label::STATUS_FITS, "ok"),
        Some(false) => (label::STATUS_FULL, "bad"),
        None => (label::STATUS_NO_PREFIX, "bad"),
    };
    let why = explain::subnet_need(r, &props.pool_names, lang);
    let row_label = s.name.clone();
    let prefix_shown = match (r.net, r.placed) {
        (Some(net), true) => format!("{} ({})", net, label::PLACED.get(lang)),
        (Some(net), false) => net.to_string(),
        (None, _) => "—".to_owned(),
    };
    html! {
        <tr data-test={format!("subnet-{i}")} class={classes!(r.placed.then_some("placed"))}>
            <td data-label={text::design::subnet_field(SubnetField::Name).get(lang)}>
                { cell_text(props, SubnetField::Name, &s.name, None, name_msgs, lang) }
            </td>
            <td data-label={text::design::subnet_field(SubnetField::Purpose).get(lang)}>
                { purpose_cell(props, purpose_msgs, lang) }
            </td>
            <td data-label={text::design::subnet_field(SubnetField::Prefix).get(lang)}>
                { cell_text(props, SubnetField::Prefix, &s.prefix, Some(label::AUTO.get(lang)), prefix_msgs, lang) }
                if !props.readonly && s.is_auto() {
                    <span class="mono placed-as" data-test="placed-prefix">{ prefix_shown.clone() }</span>
                }
                if r.v6.is_some() && !s.prefix.contains(':') {
                    <span class="mono placed-as">{ r.v6.map(|n| n.to_string()).unwrap_or_default() }</span>
                }
            </td>
            <td data-label={text::design::ips_meaning(s.purpose).get(lang)}>
                if takes_ips(s.purpose) {
                    { cell_text(props, SubnetField::Ips, &s.ips, Some("0"), ips_msgs, lang) }
                } else {
                    { "—" }
                }
            </td>
            <td class="num" data-label={label::SUBNET_NEEDS.get(lang)}>
                { format!("{} / {} / ", unit(r.need.now), unit(r.need.scaled)) }
                <strong data-test="subnet-need">{ unit(r.need.upgrade) }</strong>
                { " " }{ why_view(&why, &row_label, lang) }
            </td>
            <td class="num" data-label={label::USABLE.get(lang)} data-test="subnet-usable">{ r.capacity.map(unit).unwrap_or_else(|| "—".into()) }</td>
            <td class="num" data-label={label::HEADROOM.get(lang)}>{ r.headroom().map(unit).unwrap_or_else(|| "—".into()) }</td>
            <td class={class} data-label={label::STATUS.get(lang)} data-test="subnet-status">
                { status.get(lang) }
                if let (Some(false), Some(p)) = (r.fits(), r.smallest) { { format!(" (/{p})") } }
            </td>
            if !props.readonly {
                <td>{ remove_button(props, &row_label, lang) }</td>
            }
        </tr>
    }
}

/// A text input in a table cell, labelled for screen readers by the column and the row.
fn cell_text(
    props: &SubnetRowProps,
    field: SubnetField,
    value: &str,
    placeholder: Option<&'static str>,
    messages: &[Message],
    lang: Lang,
) -> Html {
    if props.readonly {
        return html! { <span class="mono">{ if value.is_empty() { placeholder.unwrap_or("").to_owned() } else { value.to_owned() } }</span> };
    }
    let i = props.index;
    let id = subnet_field_id(i, field);
    let msg_id = format!("{id}-msg");
    let onedit = props.onedit.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        let v = e
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .value();
        onedit.emit(Edit::Subnet(i, SubnetEdit::Text(field, v)));
    });
    let invalid = messages.iter().any(|m| m.severity == Severity::Error);
    let row = props.subnet.name.as_str();
    html! {
        <div class={classes!("cell-field", invalid.then_some("invalid"))}>
            <label class="visually-hidden" for={id.clone()}>{ format!("{} {}", text::design::subnet_field(field).get(lang), row) }</label>
            <input id={id} type="text" value={value.to_owned()} placeholder={placeholder} autocomplete="off" spellcheck="false"
                inputmode={(field == SubnetField::Ips).then_some("numeric")}
                aria-invalid={invalid.then_some("true")}
                aria-describedby={(!messages.is_empty()).then(|| msg_id.clone())} {oninput} />
            { field_messages(&msg_id, messages, lang) }
        </div>
    }
}

fn purpose_cell(props: &SubnetRowProps, messages: &[Message], lang: Lang) -> Html {
    let (i, purpose) = (props.index, props.subnet.purpose);
    if props.readonly {
        return html! { { text::design::purpose(purpose).get(lang) } };
    }
    let id = subnet_field_id(i, SubnetField::Purpose);
    let onedit = props.onedit.clone();
    let onchange = Callback::from(move |e: Event| {
        let v = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        if let Some(p) = Purpose::from_id(&v) {
            onedit.emit(Edit::Subnet(i, SubnetEdit::Purpose(p)));
        }
    });
    let row = props.subnet.name.as_str();
    html! {
        <div class="cell-field">
            <label class="visually-hidden" for={id.clone()}>{ format!("{} {}", text::design::subnet_field(SubnetField::Purpose).get(lang), row) }</label>
            <select id={id.clone()} autocomplete="off" {onchange} aria-describedby={(!messages.is_empty()).then(|| format!("{id}-msg"))}>
                { for Purpose::ALL.iter().map(|p| html! {
                    <option value={p.id()} selected={*p == purpose}>{ text::design::purpose(*p).get(lang) }</option>
                }) }
            </select>
            { field_messages(&format!("{id}-msg"), messages, lang) }
        </div>
    }
}

fn remove_button(props: &SubnetRowProps, name: &str, lang: Lang) -> Html {
    if !props.removable {
        return html! {};
    }
    let (i, onedit) = (props.index, props.onedit.clone());
    let onclick = Callback::from(move |_| onedit.emit(Edit::RemoveSubnet(i)));
    html! {
        <button type="button" {onclick} aria-label={format!("{} {name}", label::REMOVE.get(lang))}>{ label::REMOVE.get(lang) }</button>
    }
}

/// How many clusters of this shape fit, and the addresses in use against the VNet's 65,536.
fn design_facts(d: &DesignReport, lang: Lang) -> Html {
    html! {
        <dl class="facts">
            <dt>{ label::CLUSTERS_FIT.get(lang) }</dt>
            <dd data-test="clusters-fit">
                <strong>{ match d.clusters {
                    Some(c) if c.at_least => format!("{} {}", label::AT_LEAST.get(lang), int(c.count)),
                    Some(c) => int(c.count),
                    None => "—".to_owned(),
                } }</strong>
                <span class="hint">{ format!(" — {}", label::CLUSTERS_FIT_HINT.get(lang)) }</span>
            </dd>
            <dt>{ label::IPS_IN_USE.get(lang) }</dt>
            <dd data-test="ips-in-use">{ format!("{} / {}", big(d.ips_in_use), big(crate::rules::limits::VNET_IPS)) }</dd>
        </dl>
    }
}

#[derive(Properties, PartialEq)]
pub struct DesignActionsProps {
    pub report: Shared<Report>,
    pub onedit: Callback<Edit>,
}

/// Add a subnet, fit the auto subnets into the VNet, and find the next free block of a size.
#[component]
pub fn DesignActions(props: &DesignActionsProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let purpose = use_state(|| Purpose::Nodes);
    let size = use_state(|| 24u8);
    let d = &props.report.design;
    let on_purpose = {
        let purpose = purpose.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Some(p) = Purpose::from_id(&v) {
                purpose.set(p);
            }
        })
    };
    let on_add = {
        let (onedit, purpose) = (props.onedit.clone(), purpose.clone());
        Callback::from(move |_| onedit.emit(Edit::AddSubnet(*purpose)))
    };
    let on_fit = {
        let (onedit, placements) = (props.onedit.clone(), d.placements.clone());
        Callback::from(move |_| onedit.emit(Edit::PlaceSubnets(placements.clone())))
    };
    let on_size = {
        let size = size.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Ok(p) = v.trim_start_matches('/').parse::<u8>() {
                size.set(p);
            }
        })
    };
    let next = d
        .next_free
        .iter()
        .find(|(p, _)| *p == *size)
        .and_then(|(_, n)| *n);
    html! {
        <div class="design-actions">
            <div class="field inline">
                <label for="add-subnet-purpose">{ label::NEW_SUBNET_PURPOSE.get(lang) }</label>
                <select id="add-subnet-purpose" autocomplete="off" onchange={on_purpose}>
                    { for Purpose::ALL.iter().map(|p| html! {
                        <option value={p.id()} selected={*p == *purpose}>{ text::design::purpose(*p).get(lang) }</option>
                    }) }
                </select>
                <button type="button" data-test="add-subnet" onclick={on_add}>{ "+ " }{ label::ADD_SUBNET.get(lang) }</button>
            </div>
            <div class="field inline">
                <button type="button" data-test="fit-vnet" onclick={on_fit} disabled={d.placements.is_empty()}
                    aria-describedby="fit-vnet-hint">{ label::FIT_VNET.get(lang) }</button>
                <p class="hint" id="fit-vnet-hint">{ label::FIT_VNET_HINT.get(lang) }</p>
            </div>
            if !d.next_free.is_empty() {
                <div class="field inline">
                    <label for="next-free-size">{ label::NEXT_FREE.get(lang) }</label>
                    <select id="next-free-size" autocomplete="off" onchange={on_size}>
                        { for d.next_free.iter().map(|(p, _)| html! { <option value={p.to_string()} selected={*p == *size}>{ format!("/{p}") }</option> }) }
                    </select>
                    <output class="mono" data-test="next-free" for="next-free-size">
                        { next.map(|n| n.to_string()).unwrap_or_else(|| label::NO_FREE_BLOCK.get(lang).to_owned()) }
                    </output>
                </div>
            }
        </div>
    }
}

/// The subnet table for paper: what each subnet is, where it is and whether it holds its need.
pub fn print_subnets(cluster: &Cluster, d: &DesignReport, lang: Lang) -> Html {
    if cluster.subnets.is_empty() {
        return html! {};
    }
    let cell = |t: String| html! { <td>{ t }</td> };
    html! {
        <table class="breakdown" data-test="print-subnets">
            <thead>
                <tr>
                    <th scope="col">{ text::design::subnet_field(SubnetField::Name).get(lang) }</th>
                    <th scope="col">{ text::design::subnet_field(SubnetField::Purpose).get(lang) }</th>
                    <th scope="col">{ text::design::subnet_field(SubnetField::Prefix).get(lang) }</th>
                    <th scope="col">{ label::SUBNET_NEEDS.get(lang) }</th>
                    <th scope="col">{ label::USABLE.get(lang) }</th>
                    <th scope="col">{ label::STATUS.get(lang) }</th>
                </tr>
            </thead>
            <tbody>
                { for cluster.subnets.iter().zip(&d.subnets).map(|(s, r)| {
                    let unit = |n: u128| match r.unit {
                        SubnetUnit::Ips => big(n),
                        SubnetUnit::Blocks => format!("{} {}", big(n), label::BLOCKS.get(lang)),
                    };
                    let status = match r.fits() {
                        Some(true) => label::STATUS_FITS,
                        Some(false) => label::STATUS_FULL,
                        None => label::STATUS_NO_PREFIX,
                    };
                    html! {
                        <tr>
                            { cell(s.name.clone()) }
                            { cell(text::design::purpose(s.purpose).get(lang).to_owned()) }
                            { cell(r.net.map(|n| n.to_string()).unwrap_or_else(|| "—".into())) }
                            { cell(unit(r.need.upgrade)) }
                            { cell(r.capacity.map(unit).unwrap_or_else(|| "—".into())) }
                            { cell(status.get(lang).to_owned()) }
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}
