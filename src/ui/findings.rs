//! The findings of the whole plan, and the notices about the link it came from.

use yew::prelude::*;

use super::field::{severity_class, severity_label};
use crate::evaluate::Report;
use crate::evaluate::finding::{At, Finding};
use crate::formats::fragment::Notice;
use crate::text::{self, Lang, label};

/// Every finding, most severe first; announced politely to screen readers as it changes.
/// `pool_names` say which pool a finding is about.
pub fn findings_view(
    report: &Report,
    pool_names: &[String],
    subnet_names: &[String],
    lang: Lang,
) -> Html {
    let findings = &report.findings;
    html! {
        <section class="findings" aria-labelledby="findings-h" data-test="findings">
            <h2 id="findings-h" tabindex="-1">{ label::FINDINGS.get(lang) }</h2>
            <div aria-live="polite">
                if findings.is_empty() {
                    <p class="all-clear">{ label::NO_FINDINGS.get(lang) }</p>
                } else {
                    <ul class="finding-list">
                        { for findings.iter().map(|f| {
                            let place = place(f, pool_names, subnet_names, lang);
                            html! {
                                <li class={severity_class(f.severity)}>
                                    <span class="sev">{ severity_label(f.severity).get(lang) }</span>
                                    <span class="where">{ place }</span>
                                    { text::issue(&f.issue, lang) }
                                    { sources_view(text::sources(&f.issue), lang) }
                                </li>
                            }
                        }) }
                    </ul>
                }
            </div>
        </section>
    }
}

/// Where a finding is, as the findings list and the verdict name it: "pool · field: ".
pub fn place(f: &Finding, pool_names: &[String], subnet_names: &[String], lang: Lang) -> String {
    let name = |names: &[String], i: usize| names.get(i).cloned().unwrap_or_default();
    match f.at {
        Some(At::Pool(i, field)) => format!(
            "{} · {}: ",
            name(pool_names, i),
            text::field(field).get(lang)
        ),
        Some(At::Cluster(field)) => format!("{}: ", text::cluster_field(field).get(lang)),
        Some(At::Subnet(i, field)) => format!(
            "{} · {}: ",
            name(subnet_names, i),
            text::design::subnet_field(field).get(lang)
        ),
        None => String::new(),
    }
}

/// The id of the input a finding is about; the findings list's heading when it has none.
pub fn anchor(at: Option<At>) -> String {
    match at {
        Some(At::Cluster(field)) => super::cluster_form::cluster_field_id(field).to_owned(),
        Some(At::Pool(i, field)) => super::pool_inputs::field_id(i, field),
        Some(At::Subnet(i, field)) => super::design_view::subnet_field_id(i, field),
        None => String::from("findings-h"),
    }
}

/// A link to an element of the page that takes the focus there (see [`super::browser::focus_element`]).
pub fn link_to(id: String, content: Html) -> Html {
    let href = format!("#{id}");
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        super::browser::focus_element(&id);
    });
    html! { <a {href} {onclick}>{ content }</a> }
}

/// The public sources of a finding's rule: the one the page follows, then (where the sources
/// disagree) the other one.
fn sources_view(sources: &[&'static str], lang: Lang) -> Html {
    if sources.is_empty() {
        return html! {};
    }
    let link = |(i, url): (usize, &&'static str)| {
        let name = if i == 0 {
            label::SOURCE
        } else {
            label::OTHER_SOURCE
        };
        html! {
            <>
                if i > 0 { { label::LIST_SEP.get(lang) } }
                <a href={*url} target="_blank" rel="noopener noreferrer">{ name.get(lang) }</a>
            </>
        }
    };
    html! {
        <span class="sources" data-test="sources">
            { " (" }{ for sources.iter().enumerate().map(link) }{ ")" }
        </span>
    }
}

/// What a link had that could not be used as it was.
pub fn notices(notices: &[Notice], lang: Lang) -> Html {
    if notices.is_empty() {
        return html! {};
    }
    html! {
        <section class="notices" role="status" aria-labelledby="notices-h">
            <h2 id="notices-h">{ label::NOTICES.get(lang) }</h2>
            <ul>
                { for notices.iter().map(|n| html! { <li>{ n.message(lang) }</li> }) }
            </ul>
        </section>
    }
}
