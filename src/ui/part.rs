//! A part of the page drawn from one piece of the report alone. As a component it is skipped
//! when that piece is unchanged, so a keystroke redraws only what it changed: with twenty pools
//! and a dozen subnets, redrawing the whole page on every change made typing lag.

use yew::prelude::*;

use crate::text::Lang;

#[derive(Properties)]
pub struct PartProps<T: PartialEq + 'static> {
    pub data: T,
    pub render: fn(&T, Lang) -> Html,
}

impl<T: PartialEq + 'static> PartialEq for PartProps<T> {
    fn eq(&self, other: &Self) -> bool {
        self.data == other.data && std::ptr::fn_addr_eq(self.render, other.render)
    }
}

#[component]
pub fn Part<T: PartialEq + 'static>(props: &PartProps<T>) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    (props.render)(&props.data, lang)
}
