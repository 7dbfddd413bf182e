//! Sharing a plan: copy its link or an embed snippet, export it in a document format, import
//! one from a file or from the Azure CLI.

use yew::prelude::*;

use super::browser;
use super::jobs::{Heard, JobWorker, send_in};
use crate::formats::export::Format;
use crate::formats::fragment::{LONG_LINK, from_fragment};
use crate::formats::jobs::{self, ImportReply};
use crate::plan::Plan;
use crate::text::{self, Lang, label};

/// The plan's full address.
pub fn link(fragment: &str) -> String {
    format!("{}#{fragment}", browser::page_address())
}

/// The snippet that embeds the plan in another page, with the optional auto-height listener.
pub fn embed_code(fragment: &str) -> String {
    format!(
        "<iframe id=\"aks-calc\" src=\"{}&amp;embed=1\" title=\"AKS capacity &amp; IP calculator\" \
         style=\"width:100%;height:900px;border:0\" loading=\"lazy\"></iframe>\n\
         <script>addEventListener(\"message\",e=>{{if(e.data&&e.data.type===\"aks-calc:height\")\
         document.getElementById(\"aks-calc\").style.height=e.data.height+\"px\"}})</script>",
        link(fragment).replace('&', "&amp;")
    )
}

#[derive(Properties, PartialEq)]
pub struct ShareBarProps {
    /// The fragment of the plan without view keys that only make sense here.
    pub fragment: String,
}

/// Copy link, copy embed code and print, with a status line read out to screen readers.
#[component]
pub fn ShareBar(props: &ShareBarProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let status = use_state(String::new);
    let copy = |make: fn(&str) -> String| {
        let status = status.clone();
        let fragment = props.fragment.clone();
        Callback::from(move |_| {
            let ok = browser::copy_text(&make(&fragment));
            status.set(
                if ok {
                    label::COPIED
                } else {
                    label::COPY_FAILED
                }
                .get(lang)
                .to_owned(),
            );
        })
    };
    let print = Callback::from(|_| {
        let _ = gloo::utils::window().print();
    });
    let length = link(&props.fragment).len();
    html! {
        <div class="share-bar" role="group" aria-label={label::SHARE.get(lang)}>
            <button type="button" data-test="copy-link" onclick={copy(link)}>{ label::COPY_LINK.get(lang) }</button>
            <button type="button" data-test="copy-embed" onclick={copy(embed_code)}>{ label::COPY_EMBED.get(lang) }</button>
            <button type="button" onclick={print}>{ label::PRINT.get(lang) }</button>
            <span class="status" role="status" aria-live="polite" data-test="share-status">{ (*status).clone() }</span>
            if length > LONG_LINK {
                <p class="warning long-link" data-test="long-link">{ text::long_link(length, lang) }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ExportPanelProps {
    /// The plan's fragment, to share and to send to the worker.
    pub fragment: String,
}

/// The export's text from the worker: asked for whenever the panel is open and the format, the
/// plan or the language changes. `None` while the worker works; `failed` when it cannot start.
#[hook]
fn use_export_text(
    open: bool,
    format: Format,
    fragment: String,
    lang: Lang,
) -> (UseStateHandle<Option<String>>, UseStateHandle<bool>) {
    let content = use_state(|| None::<String>);
    let failed = use_state(|| false);
    let worker = use_mut_ref(|| None::<JobWorker>);
    {
        let (content, failed) = (content.clone(), failed.clone());
        let link = link(&fragment);
        use_effect_with(
            (open, format, fragment, lang),
            move |(open, format, fragment, lang)| {
                if *open {
                    let request = jobs::export_request(*format, *lang, &link, fragment);
                    let on_heard = {
                        let failed = failed.clone();
                        move || {
                            Callback::from(move |heard| match heard {
                                Heard::Reply(text) => content.set(Some(text)),
                                Heard::Failed => failed.set(true),
                            })
                        }
                    };
                    if !send_in(&worker, on_heard, &request) {
                        failed.set(true);
                    }
                }
            },
        );
    }
    (content, failed)
}

/// Exports, built in the worker only while the panel is open, for the chosen format.
#[component]
pub fn ExportPanel(props: &ExportPanelProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let open = use_state(|| false);
    let format = use_state(|| Format::Markdown);
    let status = use_state(String::new);
    let (content, failed) = use_export_text(*open, *format, props.fragment.clone(), lang);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            open.set(
                e.target_unchecked_into::<web_sys::HtmlDetailsElement>()
                    .open(),
            );
        })
    };
    let onchange = {
        let (format, status, content) = (format.clone(), status.clone(), content.clone());
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Some(f) = jobs::format_from_id(&value) {
                format.set(f);
                content.set(None);
                status.set(String::new());
            }
        })
    };
    let text_now = (*content).clone().unwrap_or_default();
    let on_copy = {
        let (text_now, status) = (text_now.clone(), status.clone());
        Callback::from(move |_| {
            let said = if browser::copy_text(&text_now) {
                label::COPIED
            } else {
                label::COPY_FAILED
            };
            status.set(said.get(lang).to_owned());
        })
    };
    let on_download = {
        let (text_now, format) = (text_now.clone(), *format);
        Callback::from(move |_: MouseEvent| {
            browser::download(format.file_name(), format.mime(), &text_now);
        })
    };
    let ready = content.is_some();
    let status_text = if *failed {
        label::WORKER_FAILED.get(lang).to_owned()
    } else if !ready && *open {
        label::WORKING.get(lang).to_owned()
    } else {
        (*status).clone()
    };
    html! {
        <details class="panel export" data-test="export" {ontoggle}>
            <summary><h2>{ label::EXPORT.get(lang) }</h2></summary>
            <div class="row">
                <div class="field">
                    <label for="export-format">{ label::FORMAT.get(lang) }</label>
                    <select id="export-format" autocomplete="off" {onchange}>
                        { for Format::ALL.iter().map(|f| html! {
                            <option value={jobs::format_id(*f)} selected={*f == *format}>{ f.name().get(lang) }</option>
                        }) }
                    </select>
                </div>
                <div class="actions">
                    <button type="button" data-test="export-copy" onclick={on_copy} disabled={!ready}>{ label::COPY.get(lang) }</button>
                    <button type="button" data-test="export-download" onclick={on_download} disabled={!ready}>{ label::DOWNLOAD.get(lang) }</button>
                    <span class="status" role="status" aria-live="polite">{ status_text }</span>
                </div>
            </div>
            <label class="visually-hidden" for="export-text">{ format.name().get(lang) }</label>
            <textarea id="export-text" class="export-text mono" readonly=true autocomplete="off" rows="16" spellcheck="false" data-ready={ready.to_string()} value={text_now} />
        </details>
    }
}

#[derive(Properties, PartialEq)]
pub struct ImportPanelProps {
    /// The current plan's fragment: az imports keep what they do not describe.
    pub fragment: String,
    pub onimport: Callback<Plan>,
}

#[component]
pub fn ImportPanel(props: &ImportPanelProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let pasted = use_state(String::new);
    let messages = use_state(Vec::<String>::new);
    let worker = use_mut_ref(|| None::<JobWorker>);
    let oninput = {
        let pasted = pasted.clone();
        Callback::from(move |e: InputEvent| {
            pasted.set(
                e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value(),
            )
        })
    };
    let onclick = {
        let pasted = pasted.clone();
        let messages = messages.clone();
        let fragment = props.fragment.clone();
        let onimport = props.onimport.clone();
        let worker = worker.clone();
        Callback::from(move |_| {
            let on_heard = || {
                let messages = messages.clone();
                let onimport = onimport.clone();
                Callback::from(move |heard| match heard {
                    Heard::Reply(reply) => match jobs::read_import_reply(&reply) {
                        ImportReply::Ok {
                            fragment,
                            messages: lines,
                        } => {
                            messages.set(lines);
                            onimport.emit(from_fragment(&fragment).plan);
                        }
                        ImportReply::Error(message) => messages.set(vec![message]),
                    },
                    Heard::Failed => messages.set(vec![label::WORKER_FAILED.get(lang).to_owned()]),
                })
            };
            messages.set(vec![label::WORKING.get(lang).to_owned()]);
            let request = jobs::import_request(lang, &fragment, &pasted);
            if !send_in(&worker, on_heard, &request) {
                messages.set(vec![label::WORKER_FAILED.get(lang).to_owned()]);
            }
        })
    };
    html! {
        <details class="panel import" data-test="import">
            <summary><h2>{ label::IMPORT.get(lang) }</h2></summary>
            <p class="hint" id="import-hint">{ label::IMPORT_HINT.get(lang) }</p>
            <label for="import-text">{ label::IMPORT_TEXT.get(lang) }</label>
            <textarea id="import-text" class="mono" rows="8" spellcheck="false" aria-describedby="import-hint" value={(*pasted).clone()} {oninput} />
            <div class="actions">
                <button type="button" data-test="import-button" {onclick}>{ label::IMPORT.get(lang) }</button>
            </div>
            <div role="status" aria-live="polite">
                <ul class="import-messages" data-test="import-messages">
                    { for messages.iter().map(|m| html! { <li>{ m.clone() }</li> }) }
                </ul>
            </div>
        </details>
    }
}
