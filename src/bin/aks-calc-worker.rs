//! The Web Worker that runs exports, imports and error explanations (see `aks_calc::formats::jobs`).
//! The page starts it only when one of those panels is used, so its code is not part of the first
//! load.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let onmessage = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let request = event.data().as_string().unwrap_or_default();
        // "<id>\n<request>": the id comes back so the page can drop stale replies.
        let (id, body) = request.split_once('\n').unwrap_or(("", ""));
        let reply = format!("{id}\n{}", aks_calc::formats::jobs::run(body));
        let _ = reply_to.post_message(&reply.into());
    });
    scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    onmessage.forget();
    // Messages sent before the handler existed are lost: tell the page it may send now.
    let _ = scope.post_message(&"ready".into());
}
