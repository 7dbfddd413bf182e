//! A result at first paint: the first module's page for the default plan, rendered to static
//! HTML at build time by the same components (`src/bin/aks-calc-prerender.rs`, Trunk's
//! post_build hook), then replaced by the running app.
//!
//! Why a swap and not hydration: a link usually carries its own plan, which hydration would
//! have to match node for node; the app instead renders into a hidden root and, in its first
//! effect, removes the prerendered copy and shows itself (one DOM change: the copy stays on
//! screen until then, even when Yew's scheduler yields between render and effect). Until then
//! the copy is `inert` (a picture, not a form), and its figures show only when the page's head
//! script found the default plan's address, so a link never shows the default plan's numbers
//! as its own, with or without the script (see `index.html`, `static/style.css`).

#[cfg(feature = "ssr")]
use super::browser::PRERENDER_ID;

/// The prerendered copy of the page: the default plan in English and in Japanese, each shown by
/// the head script's choice of language (`data-prerender` on `<html>`), the whole inert.
#[cfg(feature = "ssr")]
pub fn copies() -> Option<String> {
    use crate::text::Lang;
    let mut out = format!("<div id=\"{PRERENDER_ID}\" inert>");
    for (lang, id) in [(Lang::En, "en"), (Lang::Ja, "ja")] {
        out.push_str(&format!(
            "<div class=\"prerender-copy\" data-lang=\"{id}\" lang=\"{id}\">"
        ));
        // The copy's ids are renamed: the app's root holds the same ids until the copy goes.
        out.push_str(
            &render(lang)?
                .replace(" id=\"", " data-id=\"")
                .replace(" for=\"", " data-for=\""),
        );
        out.push_str("</div>");
    }
    out.push_str("</div>");
    Some(out)
}

/// `page` with `copies` right before its `</body>` (after the `<noscript>` words, which then
/// come first); `None` when it has no body.
///
/// # Examples
/// ```
/// use aks_calc::ui::prerender::insert;
/// assert_eq!(
///     insert("<html><body class=\"x\"><noscript>…</noscript></body></html>", "<p>3 nodes</p>").as_deref(),
///     Some("<html><body class=\"x\"><noscript>…</noscript><p>3 nodes</p></body></html>")
/// );
/// assert_eq!(insert("<html></html>", "<p></p>"), None);
/// ```
pub fn insert(page: &str, copies: &str) -> Option<String> {
    page.find("<body")?;
    let end = page.rfind("</body>")?;
    if page.contains(PRERENDER_MARK) {
        // Already filled (a second run of the hook over the same file): leave it.
        return Some(page.to_owned());
    }
    let (head, rest) = page.split_at(end);
    Some(format!("{head}{copies}{rest}"))
}

/// What marks a page that has its copy.
const PRERENDER_MARK: &str = "id=\"prerender\"";

/// Renders the page of the default plan in `lang`, as the first visit shows it; `None` when the
/// render does not finish.
#[cfg(feature = "ssr")]
pub fn render(lang: crate::text::Lang) -> Option<String> {
    super::url::set_native_lang(lang);
    let renderer = yew::LocalServerRenderer::<super::app::App>::new().hydratable(false);
    block_on(renderer.render())
}

/// Polls a future that never waits on anything outside itself (a render without suspense) to
/// its end. A component that suspends would never finish: the build stops with a message
/// instead of hanging.
#[cfg(feature = "ssr")]
fn block_on<F: core::future::Future>(future: F) -> Option<F::Output> {
    use core::task::{Context, Poll};
    let mut future = core::pin::pin!(future);
    let mut cx = Context::from_waker(core::task::Waker::noop());
    for _ in 0..1_000_000 {
        if let Poll::Ready(out) = future.as_mut().poll(&mut cx) {
            return Some(out);
        }
    }
    None
}
