//! "Explain an AKS error": a text box, an Explain button, the worker's explanation read out to
//! screen readers, and one button per fix that opens the fixed plan (as an import does). The
//! reading, explaining and fixing all run in the worker (`formats::aks_error`).

use yew::prelude::*;

use super::jobs::{Heard, JobWorker, send_in};
use crate::formats::aks_error::LineKind;
use crate::formats::fragment::from_fragment;
use crate::formats::jobs::{self, ExplainReply};
use crate::plan::Plan;
use crate::text::aks_error::panel;
use crate::text::{Lang, label};

#[derive(Properties, PartialEq)]
pub struct ExplainErrorProps {
    /// The current plan's fragment: what the message lacks is taken from it.
    pub fragment: String,
    /// Replaces the plan with a fix's.
    pub onfix: Callback<Plan>,
}

/// What the panel shows under the button.
#[derive(Clone, PartialEq)]
enum Shown {
    Nothing,
    Status(String),
    Reply(ExplainReply, Option<String>),
}

fn line_class(kind: LineKind) -> &'static str {
    match kind {
        LineKind::Read => "read",
        LineKind::Counted => "counted",
        LineKind::Formula => "formula",
        LineKind::Assumed => "assumed",
        LineKind::Note => "note",
    }
}

/// The explanation: its title, its lines, the fix buttons and what the last one did.
fn reply_view(
    reply: &ExplainReply,
    applied: &Option<String>,
    lang: Lang,
    onfix: &Callback<usize>,
) -> Html {
    html! {
        <div class="explain-reply" data-known={reply.known.clone().unwrap_or_else(|| String::from("unknown"))}>
            <h3 data-test="explain-title">{ reply.title.clone() }</h3>
            <ul class="explain-lines" data-test="explain-lines">
                { for reply.lines.iter().map(|(kind, text)| html! {
                    <li class={line_class(*kind)} data-kind={line_class(*kind)}>{ text.clone() }</li>
                }) }
            </ul>
            if !reply.fixes.is_empty() {
                <h3>{ panel::FIXES.get(lang) }</h3>
                <p class="hint">{ panel::FIXES_HINT.get(lang) }</p>
                <ul class="explain-fixes">
                    { for reply.fixes.iter().enumerate().map(|(i, (fix_label, _))| {
                        let onfix = onfix.clone();
                        html! {
                            <li><button type="button" data-test="explain-fix" onclick={Callback::from(move |_| onfix.emit(i))}>{ fix_label.clone() }</button></li>
                        }
                    }) }
                </ul>
            }
            if let Some(done) = applied {
                <p class="applied" data-test="explain-applied">{ panel::APPLIED.get(lang) }{ " " }{ done.clone() }</p>
            }
        </div>
    }
}

/// Sends the pasted text to the worker; the reply (or why there is none) lands in `shown`.
fn explain_callback(
    pasted: UseStateHandle<String>,
    shown: UseStateHandle<Shown>,
    worker: std::rc::Rc<std::cell::RefCell<Option<JobWorker>>>,
    fragment: String,
    lang: Lang,
) -> Callback<()> {
    Callback::from(move |_| {
        if pasted.trim().is_empty() {
            shown.set(Shown::Status(panel::EMPTY.get(lang).to_owned()));
            return;
        }
        let on_heard = || {
            let shown = shown.clone();
            Callback::from(move |heard| match heard {
                Heard::Reply(reply) => {
                    shown.set(Shown::Reply(jobs::read_explain_reply(&reply), None))
                }
                Heard::Failed => {
                    shown.set(Shown::Status(panel::WORKER_FAILED.get(lang).to_owned()))
                }
            })
        };
        shown.set(Shown::Status(label::WORKING.get(lang).to_owned()));
        let request = jobs::explain_request(lang, &fragment, &pasted);
        if !send_in(&worker, on_heard, &request) {
            shown.set(Shown::Status(panel::WORKER_FAILED.get(lang).to_owned()));
        }
    })
}

#[component]
pub fn ExplainError(props: &ExplainErrorProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let pasted = use_state(String::new);
    let shown = use_state(|| Shown::Nothing);
    let worker = use_mut_ref(|| None::<JobWorker>);
    let explain = explain_callback(
        pasted.clone(),
        shown.clone(),
        worker,
        props.fragment.clone(),
        lang,
    );
    let oninput = {
        let pasted = pasted.clone();
        Callback::from(move |e: InputEvent| {
            pasted.set(
                e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value(),
            )
        })
    };
    // Ctrl+Enter (⌘+Enter) explains from the text box.
    let onkeydown = {
        let explain = explain.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                explain.emit(());
            }
        })
    };
    let onfix = {
        let (shown, onfix) = (shown.clone(), props.onfix.clone());
        Callback::from(move |i: usize| {
            if let Shown::Reply(reply, _) = &*shown {
                if let Some((fix_label, fragment)) = reply.fixes.get(i) {
                    onfix.emit(from_fragment(fragment).plan);
                    shown.set(Shown::Reply(reply.clone(), Some(fix_label.clone())));
                }
            }
        })
    };
    html! {
        <details class="panel explain" data-test="explain">
            <summary><h2>{ panel::TITLE.get(lang) }</h2></summary>
            <p class="hint" id="explain-hint">{ panel::HINT.get(lang) }</p>
            <label for="explain-text">{ panel::TEXT.get(lang) }</label>
            <textarea id="explain-text" class="mono" rows="6" spellcheck="false" aria-describedby="explain-hint" value={(*pasted).clone()} {oninput} {onkeydown} />
            <div class="actions">
                <button type="button" data-test="explain-button" onclick={explain.reform(|_: MouseEvent| ())}>{ panel::BUTTON.get(lang) }</button>
            </div>
            <div role="status" aria-live="polite" data-test="explain-result">
                { match &*shown {
                    Shown::Nothing => html! {},
                    Shown::Status(s) => html! { <p class="status">{ s.clone() }</p> },
                    Shown::Reply(reply, applied) => reply_view(reply, applied, lang, &onfix),
                } }
            </div>
        </details>
    }
}
