//! The VM size field: type a fragment of a name ("D4s", "d4sv5", "Esv6") and pick from the
//! matches. An ARIA 1.2 combobox: arrows move, Enter picks, Escape closes.

use yew::prelude::*;

use super::field::{Message, field_messages};
use crate::evaluate::finding::Severity;
use crate::plan::CUSTOM_VM;
use crate::plan::field::PoolField;
use crate::rules::catalogue::{self, Arch, VmSize};
use crate::text::{self, Lang, label};

/// Most matches listed at once; typing narrows them.
const LIST_LIMIT: usize = 40;

#[derive(Properties, PartialEq)]
pub struct VmPickerProps {
    pub id: String,
    pub value: String,
    pub messages: Vec<Message>,
    pub onchange: Callback<String>,
}

/// "4 vCPUs · 16 GiB · Arm64 · 1x A100 80GB"
fn describe(vm: &VmSize) -> String {
    let mut s = format!("{} vCPU · {} GiB", vm.vcpu(), text::gib(vm.memory_mib()));
    if vm.arch() == Arch::Arm64 {
        s.push_str(" · Arm64");
    }
    if !vm.gpu().is_empty() {
        s.push_str(" · ");
        s.push_str(vm.gpu());
    }
    s
}

/// What the list shows for the text in the field: for an exact name, its whole series.
fn matches(value: &str) -> Vec<&'static VmSize> {
    match catalogue::find(value) {
        Some(vm) => {
            let mut list = vec![vm];
            list.extend(
                catalogue::search(vm.family(), LIST_LIMIT)
                    .into_iter()
                    .filter(|other| other.family() == vm.family() && other.name() != vm.name()),
            );
            list
        }
        None => catalogue::search(value, LIST_LIMIT),
    }
}

/// The list's state: open or not, and the option the arrows are on.
#[derive(Clone)]
struct Combo {
    open: UseStateHandle<bool>,
    active: UseStateHandle<Option<usize>>,
}

impl Combo {
    fn close(&self) {
        self.open.set(false);
        self.active.set(None);
    }

    /// Arrows move through the `count` options (opening the list), Enter picks, Escape closes.
    fn keys(
        &self,
        pick: Callback<String>,
        names: Vec<&'static str>,
        count: usize,
    ) -> Callback<KeyboardEvent> {
        let combo = self.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "ArrowDown" => {
                e.prevent_default();
                if !*combo.open {
                    combo.open.set(true);
                    combo.active.set(Some(0));
                } else {
                    combo
                        .active
                        .set(Some(combo.active.map_or(0, |i| (i + 1) % count)));
                }
            }
            "ArrowUp" => {
                e.prevent_default();
                if *combo.open {
                    combo.active.set(Some(
                        combo.active.map_or(count - 1, |i| (i + count - 1) % count),
                    ));
                }
            }
            "Enter" => {
                if let (true, Some(i)) = (*combo.open, *combo.active) {
                    e.prevent_default();
                    pick.emit(names.get(i).copied().unwrap_or(CUSTOM_VM).to_owned());
                }
            }
            "Escape" => combo.close(),
            _ => {}
        })
    }
}

/// One option of the list.
fn option_item(
    id: String,
    name: String,
    detail: String,
    is_active: bool,
    pick: &Callback<String>,
) -> Html {
    // mousedown, not click: it comes before the input's blur closes the list.
    let onmousedown = {
        let (pick, name) = (pick.clone(), name.clone());
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            pick.emit(name.clone());
        })
    };
    html! {
        <li {id} role="option" aria-selected={if is_active { "true" } else { "false" }}
            class={classes!(is_active.then_some("active"))} {onmousedown}>
            <span class="vm-name">{ name }</span>
            <span class="vm-detail">{ detail }</span>
        </li>
    }
}

#[component]
pub fn VmPicker(props: &VmPickerProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let combo = Combo {
        open: use_state(|| false),
        active: use_state(|| None::<usize>),
    };
    let options = if *combo.open {
        matches(&props.value)
    } else {
        Vec::new()
    };
    let list_id = format!("{}-list", props.id);
    let option_id = |i: usize| format!("{}-opt-{i}", props.id);
    let pick = {
        let (onchange, combo) = (props.onchange.clone(), combo.clone());
        Callback::from(move |name: String| {
            onchange.emit(name);
            combo.close();
        })
    };
    let oninput = {
        let (onchange, combo) = (props.onchange.clone(), combo.clone());
        Callback::from(move |e: InputEvent| {
            onchange.emit(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            );
            combo.open.set(true);
            combo.active.set(None);
        })
    };
    // The list ends with the custom-size entry.
    let onkeydown = combo.keys(
        pick.clone(),
        options.iter().map(|vm| vm.name()).collect(),
        options.len() + 1,
    );
    let onfocus = {
        let open = combo.open.clone();
        Callback::from(move |_: FocusEvent| open.set(true))
    };
    let onblur = {
        let combo = combo.clone();
        Callback::from(move |_: FocusEvent| combo.close())
    };
    let selected = catalogue::find(&props.value);
    let invalid = props.messages.iter().any(|m| m.severity == Severity::Error);
    let (info_id, msg_id) = (format!("{}-info", props.id), format!("{}-msg", props.id));
    let active = *combo.active;
    let item = |i: usize, name: String, detail: String| {
        option_item(option_id(i), name, detail, active == Some(i), &pick)
    };
    html! {
        <div class={classes!("field", "vm-picker", invalid.then_some("invalid"))}>
            <label for={props.id.clone()}>{ text::field(PoolField::VmSize).get(lang) }</label>
            <div class="combo">
                <input id={props.id.clone()} type="text" role="combobox" aria-autocomplete="list"
                    aria-expanded={if *combo.open { "true" } else { "false" }}
                    aria-controls={list_id.clone()}
                    aria-activedescendant={active.map(option_id)}
                    aria-invalid={invalid.then_some("true")}
                    aria-describedby={format!("{info_id} {msg_id}")}
                    value={props.value.clone()} autocomplete="off" spellcheck="false"
                    {oninput} {onkeydown} {onfocus} {onblur} />
                if *combo.open {
                    <ul id={list_id} role="listbox" class="options" aria-label={text::field(PoolField::VmSize).get(lang)}>
                        { for options.iter().enumerate().map(|(i, vm)| item(i, vm.name().to_owned(), describe(vm))) }
                        if options.is_empty() {
                            <li class="empty" aria-disabled="true">{ label::NO_RESULTS.get(lang) }</li>
                        }
                        { item(options.len(), CUSTOM_VM.to_owned(), label::CUSTOM_SIZE.get(lang).to_owned()) }
                    </ul>
                }
            </div>
            <p class="hint" id={info_id} data-test="vm-info">{ selected.map(describe).unwrap_or_default() }</p>
            { field_messages(&msg_id, &props.messages.clone(), lang) }
        </div>
    }
}
