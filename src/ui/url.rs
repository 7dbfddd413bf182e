//! The URL fragment: read at start and on `hashchange`, replaced (never pushed) on every edit.

use wasm_bindgen::JsValue;

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

/// Replaces the fragment without adding a history entry (also inside an iframe). This runs at
/// every keystroke, and at every replace Chromium saves the state of each form control it might
/// restore: so every control says `autocomplete="off"` (the page restores itself from the link),
/// which halves the cost of this call on a 20-pool plan.
pub fn replace_fragment(fragment: &str) {
    let window = gloo::utils::window();
    if read_fragment() == fragment {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("#{fragment}")));
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
