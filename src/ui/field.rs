//! A labelled text input with its hint and the findings about it, wired for screen readers.

use yew::prelude::*;

use crate::evaluate::finding::{At, Finding, Severity};
use crate::text::{self, Lang, label};

/// A finding worded for the field it is about.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub severity: Severity,
    pub text: String,
}

/// The findings about one field, worded.
pub fn messages_for(findings: &[Finding], at: At, lang: Lang) -> Vec<Message> {
    findings
        .iter()
        .filter(|f| f.at == Some(at))
        .map(|f| Message {
            severity: f.severity,
            text: text::issue(&f.issue, lang),
        })
        .collect()
}

pub fn severity_label(s: Severity) -> text::T {
    match s {
        Severity::Error => label::ERROR,
        Severity::Warning => label::WARNING,
        Severity::Info => label::INFO,
    }
}

pub fn severity_class(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

/// What a text field shows.
pub struct TextField {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub placeholder: Option<AttrValue>,
    pub hint: Option<AttrValue>,
    pub messages: Vec<Message>,
    pub inputmode: Option<AttrValue>,
    pub oninput: Callback<String>,
}

/// A labelled text input with its hint and its messages, tied together for screen readers.
pub fn text_field(props: TextField, lang: Lang) -> Html {
    let oninput = {
        let cb = props.oninput.clone();
        Callback::from(move |e: InputEvent| {
            cb.emit(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            );
        })
    };
    let hint_id = format!("{}-hint", props.id);
    let msg_id = format!("{}-msg", props.id);
    let invalid = props.messages.iter().any(|m| m.severity == Severity::Error);
    let mut described = Vec::new();
    if props.hint.is_some() {
        described.push(hint_id.clone());
    }
    if !props.messages.is_empty() {
        described.push(msg_id.clone());
    }
    html! {
        <div class={classes!("field", invalid.then_some("invalid"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input
                id={props.id.clone()}
                type="text"
                value={props.value.clone()}
                placeholder={props.placeholder.clone()}
                inputmode={props.inputmode.clone()}
                autocomplete="off"
                spellcheck="false"
                aria-invalid={invalid.then_some("true")}
                aria-describedby={(!described.is_empty()).then(|| described.join(" "))}
                {oninput}
            />
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id}>{ hint.clone() }</p>
            }
            { field_messages(&msg_id, &props.messages, lang) }
        </div>
    }
}

/// The messages under a field; the severity is spelled out, never shown by colour alone.
pub fn field_messages(id: &str, messages: &[Message], lang: Lang) -> Html {
    if messages.is_empty() {
        return html! {};
    }
    html! {
        <ul class="field-msg" id={id.to_owned()}>
            { for messages.iter().map(|m| html! {
                <li class={severity_class(m.severity)}>
                    <span class="sev">{ severity_label(m.severity).get(lang) }{ ": " }</span>
                    { m.text.clone() }
                </li>
            }) }
        </ul>
    }
}
