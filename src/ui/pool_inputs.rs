//! The inputs of a pool card: the id of each field, and a text input, a select and a subnet
//! choice wired to the pool's edits and to the findings about the field.

use yew::prelude::*;

use super::field::{Message, TextField, field_messages, messages_for, text_field};
use crate::evaluate::PoolReport;
use crate::evaluate::finding::{At, Finding};
use crate::plan::edit::{Edit, PoolEdit};
use crate::plan::field::PoolField;
use crate::plan::{NetworkModel, Pool};
use crate::rules::subnet::Purpose;
use crate::text::{self, Lang, label};

/// The id of a pool field's input: `p0-max-pods`.
pub fn field_id(index: usize, field: PoolField) -> String {
    use PoolField as F;
    let slug = match field {
        F::Name => "name",
        F::Mode => "mode",
        F::Os => "os",
        F::VmSize => "vm-size",
        F::CustomVcpu => "vcpu",
        F::CustomMemory => "memory-gib",
        F::NodeCount => "node-count",
        F::MinCount => "min-count",
        F::MaxCount => "max-count",
        F::MaxPods => "max-pods",
        F::MaxSurge => "max-surge",
        F::KubernetesVersion => "kubernetes-version",
        F::MemoryRule => "memory-rule",
        F::Capacity => "capacity",
        F::PodCpu => "pod-cpu",
        F::PodMemory => "pod-memory",
        F::DaemonsetCpu => "ds-cpu",
        F::DaemonsetMemory => "ds-memory",
        F::DaemonsetPods => "ds-pods",
        F::Replicas => "replicas",
        F::VnetSubnet => "vnet-subnet",
        F::PodSubnet => "pod-subnet",
        F::MaxUnavailable => "max-unavailable",
        F::OsSku => "os-sku",
        F::KubeReservedCpu => "kube-reserved-cpu",
        F::KubeReservedMemory => "kube-reserved-memory",
        F::EvictionHard => "eviction-hard",
    };
    format!("p{index}-{slug}")
}

/// What the parts of a pool card share: the pool, its figures and findings, and its edits.
pub struct Card<'a> {
    pub index: usize,
    pub pool: &'a Pool,
    pub report: Option<&'a PoolReport>,
    /// The findings about this pool's fields.
    pub findings: &'a [Finding],
    pub network: NetworkModel,
    /// The design's subnets, by name and purpose, for the subnet choices.
    pub subnets: &'a [(String, Purpose)],
    pub onedit: &'a Callback<Edit>,
    pub lang: Lang,
}

impl Card<'_> {
    pub fn messages(&self, field: PoolField) -> Vec<Message> {
        messages_for(self.findings, At::Pool(self.index, field), self.lang)
    }

    pub fn edit(&self, make: impl Fn(String) -> PoolEdit + 'static) -> Callback<String> {
        let (onedit, index) = (self.onedit.clone(), self.index);
        Callback::from(move |v: String| onedit.emit(Edit::Pool(index, make(v))))
    }

    pub fn text(
        &self,
        field: PoolField,
        placeholder: Option<String>,
        inputmode: Option<&'static str>,
    ) -> Html {
        let lang = self.lang;
        text_field(
            TextField {
                id: field_id(self.index, field).into(),
                label: text::field(field).get(lang).into(),
                value: self.pool.text(field).unwrap_or_default().to_owned().into(),
                placeholder: placeholder.map(AttrValue::from),
                hint: text::field_hint(field).map(|h| AttrValue::from(h.get(lang))),
                messages: self.messages(field),
                inputmode: inputmode.map(AttrValue::from),
                oninput: self.edit(move |v| PoolEdit::Text(field, v)),
            },
            lang,
        )
    }

    /// A select of `(value, label, selected)` options, turned into an edit by `parse`.
    pub fn select(
        &self,
        field: PoolField,
        options: Vec<(String, String, bool)>,
        parse: fn(&str) -> Option<PoolEdit>,
    ) -> Html {
        let (onedit, index) = (self.onedit.clone(), self.index);
        let onchange = Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Some(edit) = parse(&value) {
                onedit.emit(Edit::Pool(index, edit));
            }
        });
        let id = field_id(index, field);
        html! {
            <div class="field">
                <label for={id.clone()}>{ text::field(field).get(self.lang) }</label>
                <select id={id.clone()} autocomplete="off" {onchange}>
                    { for options.into_iter().map(|(value, text, selected)| html! { <option {value} {selected}>{ text }</option> }) }
                </select>
                { field_messages(&format!("{id}-msg"), &self.messages(field), self.lang) }
            </div>
        }
    }

    /// The pool's node subnet or pod subnet, chosen among the design's subnets of that purpose.
    pub fn subnet_select(&self, field: PoolField, purpose: Purpose) -> Html {
        let lang = self.lang;
        let current = self.pool.text(field).unwrap_or_default().trim().to_owned();
        let mut options = vec![(
            String::new(),
            label::FIRST_OF_PURPOSE.get(lang).to_owned(),
            current.is_empty(),
        )];
        let names = self
            .subnets
            .iter()
            .filter(|(_, p)| *p == purpose)
            .map(|(n, _)| n.clone());
        options.extend(names.map(|n| (n.clone(), n.clone(), n.eq_ignore_ascii_case(&current))));
        if !current.is_empty() && !options.iter().any(|(_, _, selected)| *selected) {
            // Named in the link but not in the design: kept, and the finding says so.
            options.push((current.clone(), current.clone(), true));
        }
        let (onedit, index) = (self.onedit.clone(), self.index);
        let onchange = Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            onedit.emit(Edit::Pool(index, PoolEdit::Text(field, value)));
        });
        let id = field_id(index, field);
        html! {
            <div class="field">
                <label for={id.clone()}>{ text::field(field).get(lang) }</label>
                <select id={id.clone()} autocomplete="off" {onchange}>
                    { for options.into_iter().map(|(value, text, selected)| html! { <option {value} {selected}>{ text }</option> }) }
                </select>
                { field_messages(&format!("{id}-msg"), &self.messages(field), lang) }
            </div>
        }
    }
}
