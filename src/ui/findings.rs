//! The findings of the whole plan, and the notices about the link it came from.

use std::rc::Rc;

use yew::prelude::*;

use super::field::{severity_class, severity_label};
use crate::Report;
use crate::finding::At;
use crate::fragment::Notice;
use crate::text::{self, Lang, label};

#[derive(Properties, PartialEq)]
pub struct FindingsProps {
    pub report: Rc<Report>,
    /// Pool names, to say which pool a finding is about.
    pub plan_pools: Vec<String>,
}

/// Every finding, most severe first; announced politely to screen readers as it changes.
#[component]
pub fn Findings(props: &FindingsProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let findings = &props.report.findings;
    html! {
        <section class="findings" aria-labelledby="findings-h">
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
                                    props.plan_pools.get(i).map(String::as_str).unwrap_or(""),
                                    text::field(field).get(lang)
                                ),
                                Some(At::Cluster(field)) => format!("{}: ", text::cluster_field(field).get(lang)),
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

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
}

/// What a link had that could not be used as it was.
#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    if props.notices.is_empty() {
        return html! {};
    }
    html! {
        <section class="notices" role="status" aria-labelledby="notices-h">
            <h2 id="notices-h">{ label::NOTICES.get(lang) }</h2>
            <ul>
                { for props.notices.iter().map(|n| html! { <li>{ text::notice(n, lang) }</li> }) }
            </ul>
        </section>
    }
}
