//! The findings of the whole plan, and the notices about the link it came from.

use yew::prelude::*;

use super::field::{severity_class, severity_label};
use crate::evaluate::Report;
use crate::evaluate::finding::At;
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
            <h2 id="findings-h">{ label::FINDINGS.get(lang) }</h2>
            <div aria-live="polite">
                if findings.is_empty() {
                    <p class="all-clear">{ label::NO_FINDINGS.get(lang) }</p>
                } else {
                    <ul class="finding-list">
                        { for findings.iter().map(|f| {
                            let place = match f.at {
                                Some(At::Pool(i, field)) => format!(
                                    "{} · {}: ",
                                    pool_names.get(i).map(String::as_str).unwrap_or(""),
                                    text::field(field).get(lang)
                                ),
                                Some(At::Cluster(field)) => format!("{}: ", text::cluster_field(field).get(lang)),
                                Some(At::Subnet(i, field)) => format!(
                                    "{} · {}: ",
                                    subnet_names.get(i).map(String::as_str).unwrap_or(""),
                                    text::design::subnet_field(field).get(lang)
                                ),
                                None => String::new(),
                            };
                            html! {
                                <li class={severity_class(f.severity)}>
                                    <span class="sev">{ severity_label(f.severity).get(lang) }</span>
                                    <span class="where">{ place }</span>
                                    { text::issue(&f.issue, lang) }
                                </li>
                            }
                        }) }
                    </ul>
                }
            </div>
        </section>
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
