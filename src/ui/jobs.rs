//! The page's side of the export/import worker: started on first use, one request in flight per
//! panel; a reply to an older request (the user switched format meanwhile) is dropped.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{MessageEvent, Worker};
use yew::Callback;

/// The worker's loader, next to the page (static/worker-loader.js; Trunk names worker files
/// without a hash).
const WORKER_URL: &str = "./worker-loader.js";

/// What a panel hears back.
pub enum Heard {
    Reply(String),
    /// The worker could not start or crashed.
    Failed,
}

pub struct JobWorker {
    worker: Worker,
    latest: Rc<Cell<u32>>,
    /// Set when the worker says it listens; until then the latest request waits in `pending`.
    ready: Rc<Cell<bool>>,
    pending: Rc<RefCell<Option<String>>>,
    _onmessage: Closure<dyn FnMut(MessageEvent)>,
    _onerror: Closure<dyn FnMut(wasm_bindgen::JsValue)>,
}

impl JobWorker {
    /// Starts a worker whose replies go to `on_heard`.
    pub fn start(on_heard: Callback<Heard>) -> Option<JobWorker> {
        let worker = Worker::new(WORKER_URL).ok()?;
        let latest = Rc::new(Cell::new(0u32));
        let pending: Rc<RefCell<Option<String>>> = Rc::new(RefCell::new(None));
        let ready = Rc::new(Cell::new(false));
        let now_ready = ready.clone();
        let expected = latest.clone();
        let waiting = pending.clone();
        let heard = on_heard.clone();
        let to_worker = worker.clone();
        let onmessage = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let data = event.data().as_string().unwrap_or_default();
            if data == "ready" {
                now_ready.set(true);
                if let Some(message) = waiting.borrow_mut().take() {
                    let _ = to_worker.post_message(&message.into());
                }
                return;
            }
            let (id, body) = data.split_once('\n').unwrap_or(("", ""));
            if id.parse::<u32>().ok() == Some(expected.get()) {
                heard.emit(Heard::Reply(body.to_owned()));
            }
        });
        let onerror = Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(move |_| {
            on_heard.emit(Heard::Failed);
        });
        worker.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
        worker.set_onerror(Some(onerror.as_ref().unchecked_ref()));
        Some(JobWorker {
            worker,
            latest,
            ready,
            pending,
            _onmessage: onmessage,
            _onerror: onerror,
        })
    }

    /// Sends a request (see `aks_calc::formats::jobs`); earlier requests' replies will be ignored.
    pub fn send(&self, request: &str) -> bool {
        let id = self.latest.get().wrapping_add(1);
        self.latest.set(id);
        let message = format!("{id}\n{request}");
        let mut pending = self.pending.borrow_mut();
        if self.ready.get() {
            self.worker.post_message(&message.into()).is_ok()
        } else {
            *pending = Some(message);
            true
        }
    }
}

/// A panel's worker, started on its first request.
pub type WorkerSlot = Rc<RefCell<Option<JobWorker>>>;

/// Sends `request` through the panel's worker, starting it (with `on_heard` for its replies) if
/// it is not running. False when the worker cannot start or take the request.
pub fn send_in(
    slot: &WorkerSlot,
    on_heard: impl FnOnce() -> Callback<Heard>,
    request: &str,
) -> bool {
    let mut slot = slot.borrow_mut();
    if slot.is_none() {
        *slot = JobWorker::start(on_heard());
    }
    slot.as_ref().is_some_and(|w| w.send(request))
}

impl Drop for JobWorker {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}
