//! The few browser services the page uses: the clipboard, downloads, and telling a host page
//! our height. Every call that can throw is checked; failures are reported, never panics.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The page's address without its fragment.
#[cfg(not(target_arch = "wasm32"))]
pub fn page_address() -> String {
    // The build-time prerender: the printed link is filled in by the app.
    String::from("./")
}

/// The page's address without its fragment.
#[cfg(target_arch = "wasm32")]
pub fn page_address() -> String {
    let href = gloo::utils::window().location().href().unwrap_or_default();
    match href.split_once('#') {
        Some((base, _)) => base.to_owned(),
        None => href,
    }
}

/// Copies text. The Clipboard API needs a secure context (https or localhost); on plain http
/// intranets a selected textarea and `execCommand("copy")` still work.
pub fn copy_text(text: &str) -> bool {
    let window = gloo::utils::window();
    if window.is_secure_context() {
        let _promise = window.navigator().clipboard().write_text(text);
        return true;
    }
    let document = gloo::utils::document();
    let Ok(area) = document.create_element("textarea") else {
        return false;
    };
    let Ok(area) = area.dyn_into::<web_sys::HtmlTextAreaElement>() else {
        return false;
    };
    area.set_value(text);
    let _ = area.set_attribute("readonly", "");
    let _ = area.style().set_property("position", "fixed");
    let _ = area.style().set_property("opacity", "0");
    let body = gloo::utils::body();
    if body.append_child(&area).is_err() {
        return false;
    }
    area.select();
    let copied = document
        .dyn_into::<web_sys::HtmlDocument>()
        .ok()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false);
    area.remove();
    copied
}

/// Offers text as a file download.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let done = gloo::utils::document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .map(|a| {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        })
        .is_some();
    let _ = web_sys::Url::revoke_object_url(&url);
    done
}

/// Whether the page runs inside another page's frame.
pub fn in_frame() -> bool {
    let window = gloo::utils::window();
    match window.parent() {
        Ok(Some(parent)) => JsValue::from(parent) != JsValue::from(window),
        _ => false,
    }
}

/// Tells the host page our height whenever it changes: `{ type: "aks-calc:height", height }`.
/// Returns the observer, which stops when dropped.
pub fn report_height_to_parent() -> Option<HeightReporter> {
    if !in_frame() {
        return None;
    }
    let post = || {
        let window = gloo::utils::window();
        let height = gloo::utils::document_element().scroll_height();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"aks-calc:height".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(height));
        if let Ok(Some(parent)) = window.parent() {
            let _ = parent.post_message(&message, "*");
        }
    };
    post();
    let callback = Closure::<dyn FnMut()>::new(post);
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&gloo::utils::body());
    Some(HeightReporter {
        observer,
        _callback: callback,
    })
}

pub struct HeightReporter {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl Drop for HeightReporter {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Takes the user to an element: opens the `<details>` it is in, scrolls it to the middle of the
/// screen and focuses it. The page's links to fields use this rather than `#id` addresses, which
/// would replace the plan in the URL fragment.
pub fn focus_element(id: &str) {
    let Some(el) = gloo::utils::document().get_element_by_id(id) else {
        return;
    };
    let mut parent = el.parent_element();
    while let Some(p) = parent {
        if let Some(details) = p.dyn_ref::<web_sys::HtmlDetailsElement>() {
            details.set_open(true);
        }
        parent = p.parent_element();
    }
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&options);
    if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

/// The id of the prerendered copy of the page (`ui::prerender`), and of the root the app renders
/// into.
pub const PRERENDER_ID: &str = "prerender";
pub const ROOT_ID: &str = "app";

/// The root the app renders into: hidden while the prerendered copy shows (created when the page
/// has none, e.g. under `trunk serve` without the hook).
pub fn app_root() -> web_sys::Element {
    let document = gloo::utils::document();
    if let Some(root) = document.get_element_by_id(ROOT_ID) {
        return root;
    }
    let body = gloo::utils::body();
    match document.create_element("div") {
        Ok(root) => {
            root.set_id(ROOT_ID);
            if document.get_element_by_id(PRERENDER_ID).is_some() {
                let _ = root.set_attribute("hidden", "");
            }
            let _ = body.append_child(&root);
            root
        }
        Err(_) => body.into(),
    }
}

/// The app has rendered: the prerendered copy goes and the app shows, in the same task.
pub fn take_over() {
    let document = gloo::utils::document();
    if let Some(copy) = document.get_element_by_id(PRERENDER_ID) {
        copy.remove();
    }
    if let Some(root) = document.get_element_by_id(ROOT_ID) {
        let _ = root.remove_attribute("hidden");
    }
}
