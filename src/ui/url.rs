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

/// Replaces the fragment without adding a history entry (also inside an iframe), just after the
/// change rather than during it: the call costs Chromium 1–2 ms on a 20-pool plan (it saves the
/// state of every form control it might restore, which `autocomplete="off"` on every control
/// halves), and an edit's figures should not wait for it. A task queued behind the change's DOM
/// update writes the latest fragment once, however many edits came before it ran; if the address
/// changed meanwhile (a pasted link, Back), it writes nothing: `hashchange` loads what came.
#[cfg(target_arch = "wasm32")]
pub fn replace_fragment(fragment: &str) {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let write = PendingWrite {
        fragment: fragment.to_owned(),
        over: read_fragment(),
    };
    let queued = PENDING.with(|p| p.replace(Some(write)).is_some());
    if queued {
        return;
    }
    let task = Closure::once_into_js(write_pending);
    if gloo::utils::window()
        .set_timeout_with_callback(task.unchecked_ref())
        .is_err()
    {
        write_pending();
    }
}

/// Natively there is no address to write.
#[cfg(not(target_arch = "wasm32"))]
pub fn replace_fragment(_fragment: &str) {}

/// A write the queued task will make.
#[cfg(target_arch = "wasm32")]
struct PendingWrite {
    /// The latest fragment of the plan.
    fragment: String,
    /// The address when the latest fragment was queued: if it is no longer there when the task
    /// runs, something else changed it.
    over: String,
}

#[cfg(target_arch = "wasm32")]
std::thread_local! {
    static PENDING: core::cell::RefCell<Option<PendingWrite>> = const { core::cell::RefCell::new(None) };
}

#[cfg(target_arch = "wasm32")]
fn write_pending() {
    let Some(write) = PENDING.with(|p| p.take()) else {
        return;
    };
    let now = read_fragment();
    if now == write.fragment || now != write.over {
        return;
    }
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("#{}", write.fragment)),
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
