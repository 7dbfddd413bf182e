//! The URL fragment: read at start and on `hashchange`, replaced (never pushed) on every edit.

/// The current fragment without `#`, or empty. Natively (the build-time prerender) there is no
/// address: the default plan.
#[cfg(not(target_arch = "wasm32"))]
pub fn read_fragment() -> String {
    String::new()
}

/// The current fragment without `#`, or empty.
#[cfg(target_arch = "wasm32")]
pub fn read_fragment() -> String {
    gloo::utils::window()
        .location()
        .hash()
        .map(|h| h.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// Replaces the fragment without adding a history entry (also inside an iframe), soon after the
/// change rather than during it: the call costs Chromium about a millisecond on a 20-pool plan
/// (it saves the state of every form control it might restore, which `autocomplete="off"` on
/// every control halves), and an edit's figures should not wait for it. A task queued behind the
/// change's rendering writes the latest fragment once, however many edits came before it ran.
#[cfg(target_arch = "wasm32")]
pub fn replace_fragment(fragment: &str) {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let queued = PENDING.with(|p| p.replace(Some(fragment.to_owned())).is_some());
    if queued {
        return;
    }
    let write = Closure::once_into_js(write_pending);
    if gloo::utils::window()
        .set_timeout_with_callback(write.unchecked_ref())
        .is_err()
    {
        write_pending();
    }
}

/// Natively there is no address to write.
#[cfg(not(target_arch = "wasm32"))]
pub fn replace_fragment(_fragment: &str) {}

#[cfg(target_arch = "wasm32")]
std::thread_local! {
    /// The fragment a queued task will write.
    static PENDING: core::cell::RefCell<Option<String>> = const { core::cell::RefCell::new(None) };
}

#[cfg(target_arch = "wasm32")]
fn write_pending() {
    let Some(fragment) = PENDING.with(|p| p.take()) else {
        return;
    };
    if read_fragment() == fragment {
        return;
    }
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("#{fragment}")),
        );
    }
}

/// Natively (the build-time prerender) the language is the one being rendered.
#[cfg(not(target_arch = "wasm32"))]
pub fn browser_lang() -> crate::text::Lang {
    NATIVE_LANG.with(core::cell::Cell::get)
}

#[cfg(not(target_arch = "wasm32"))]
std::thread_local! {
    static NATIVE_LANG: core::cell::Cell<crate::text::Lang> = const { core::cell::Cell::new(crate::text::Lang::En) };
}

/// The language the build-time prerender renders in (natively there is no browser to ask).
#[cfg(not(target_arch = "wasm32"))]
pub fn set_native_lang(lang: crate::text::Lang) {
    NATIVE_LANG.with(|l| l.set(lang));
}

/// The language the browser prefers, among those the page speaks.
#[cfg(target_arch = "wasm32")]
pub fn browser_lang() -> crate::text::Lang {
    let preferred = gloo::utils::window()
        .navigator()
        .language()
        .unwrap_or_default();
    if preferred.to_ascii_lowercase().starts_with("ja") {
        crate::text::Lang::Ja
    } else {
        crate::text::Lang::En
    }
}
