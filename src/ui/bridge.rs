//! The page is two WebAssembly modules: the first renders the inputs and the answer and is all a
//! first visit waits for; the second (`aks-calc-panels`, [`super::panels`]) renders the VNet
//! design, outbound, the comparison, exports and imports, and is fetched once the first result
//! is on screen. Each keeps its own copy of the state; the plan travels between
//! them as its link fragment, which reads back to the same plan (tested by the fuzzer), in two
//! events on `window`:
//!
//! - `aks-calc:plan` (first → second): the fragment of the plan and view now shown;
//! - `aks-calc:edit` (second → first): the fragment after an edit made in a panel;
//! - `aks-calc:hello` (second → first): the second has started and listens; the first answers
//!   with `aks-calc:plan`. The address is no substitute: the first module writes it a moment
//!   after each change (`url::replace_fragment`), so an edit made while the second loads could
//!   be missing from it.
//!
//! The first module owns the address bar; the second never writes it.

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};

const PLAN: &str = "aks-calc:plan";
const EDIT: &str = "aks-calc:edit";
const HELLO: &str = "aks-calc:hello";
/// The second module's loader (static/panels.js), added once the first result is shown.
const LOADER: &str = "./panels.js";

fn dispatch(name: &str, fragment: &str) {
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&JsValue::from_str(fragment));
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = gloo::utils::window().dispatch_event(&event);
    }
}

fn listen(name: &'static str, on: impl Fn(String) + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), name, move |event| {
        let detail = event
            .dyn_ref::<web_sys::CustomEvent>()
            .and_then(|e| e.detail().as_string());
        if let Some(fragment) = detail {
            on(fragment);
        }
    })
}

std::thread_local! {
    /// First module: the fragment it last announced.
    static SHOWN: core::cell::RefCell<String> = const { core::cell::RefCell::new(String::new()) };
}

/// First module: tells the panels what is now shown.
pub fn announce_plan(fragment: &str) {
    SHOWN.with(|s| fragment.clone_into(&mut s.borrow_mut()));
    dispatch(PLAN, fragment);
}

/// First module: answers the panels' hello with what is shown.
pub fn on_panels_hello() -> EventListener {
    listen(HELLO, |_| {
        let shown = SHOWN.with(|s| s.borrow().clone());
        dispatch(PLAN, &shown);
    })
}

/// Second module: asks the first for what it shows (answered at once, as `aks-calc:plan`).
pub fn say_hello() {
    dispatch(HELLO, "");
}

/// First module: follows the edits made in the panels.
pub fn on_panel_edit(on: impl Fn(String) + 'static) -> EventListener {
    listen(EDIT, on)
}

/// Second module: follows what the first shows.
pub fn on_plan(on: impl Fn(String) + 'static) -> EventListener {
    listen(PLAN, on)
}

/// Second module: hands an edit to the first, which shows it and puts it in the address.
pub fn send_edit(fragment: &str) {
    dispatch(EDIT, fragment);
}

/// First module: fetches and starts the second, once.
pub fn load_panels() {
    let document = gloo::utils::document();
    if document
        .get_element_by_id("aks-calc-panels-loader")
        .is_some()
    {
        return;
    }
    if let Ok(script) = document.create_element("script") {
        script.set_id("aks-calc-panels-loader");
        let _ = script.set_attribute("src", LOADER);
        if let Some(head) = document.head() {
            let _ = head.append_child(&script);
        }
    }
}
