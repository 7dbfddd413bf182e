//! The URL fragment: read at start and on `hashchange`, replaced (never pushed) on every edit.

use wasm_bindgen::JsValue;

/// The current fragment without `#`, or empty.
pub fn read_fragment() -> String {
    gloo::utils::window()
        .location()
        .hash()
        .map(|h| h.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// Replaces the fragment without adding a history entry (also inside an iframe).
pub fn replace_fragment(fragment: &str) {
    let window = gloo::utils::window();
    if read_fragment() == fragment {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("#{fragment}")));
    }
}

/// The language the browser prefers, among those the page speaks.
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
