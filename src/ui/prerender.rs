//! A result at first paint: the first module's page for the default plan, rendered to static
//! HTML at build time by the same components (`src/bin/aks-calc-prerender.rs`, Trunk's
//! post_build hook), then replaced by the running app.
//!
//! Why a swap and not hydration: a link usually carries its own plan, which hydration would
//! have to match node for node; the app instead renders into a hidden root and, in its first
//! effect (same scheduler run as its first render, so before the next paint), removes the
//! prerendered copy and shows itself. Until then the copy is `inert` (a picture, not a form),
//! and the page's inline head script hides its figures when the address carries a plan, so a
//! link never shows the default plan's numbers as its own (see `index.html`, `static/style.css`).

#[cfg(feature = "ssr")]
use super::browser::PRERENDER_ID;

/// The prerendered copy of the page: the default plan in English and in Japanese, each shown by
/// the head script's choice of language (`data-prerender` on `<html>`), the whole inert.
#[cfg(feature = "ssr")]
pub fn copies() -> String {
    use crate::text::Lang;
    let mut out = format!("<div id=\"{PRERENDER_ID}\" inert>");
    for (lang, id) in [(Lang::En, "en"), (Lang::Ja, "ja")] {
        out.push_str(&format!(
            "<div class=\"prerender-copy\" data-lang=\"{id}\">"
        ));
        // The copy's ids are renamed: the app's root holds the same ids until the copy goes.
        out.push_str(
            &render(lang)
                .replace(" id=\"", " data-id=\"")
                .replace(" for=\"", " data-for=\""),
        );
        out.push_str("</div>");
    }
    out.push_str("</div>");
    out
}

/// `page` with `copies` right after its `<body>` tag; `None` when it has none.
///
/// # Examples
/// ```
/// use aks_calc::ui::prerender::insert;
/// assert_eq!(
///     insert("<html><body class=\"x\"><noscript>…</noscript></body></html>", "<p>3 nodes</p>").as_deref(),
///     Some("<html><body class=\"x\"><p>3 nodes</p><noscript>…</noscript></body></html>")
/// );
/// assert_eq!(insert("<html></html>", "<p></p>"), None);
/// ```
pub fn insert(page: &str, copies: &str) -> Option<String> {
    let start = page.find("<body")?;
    let end = start + page.get(start..)?.find('>')? + 1;
    let (head, rest) = page.split_at(end);
    if rest.contains(PRERENDER_MARK) {
        // Already filled (a second run of the hook over the same file): leave it.
        return Some(page.to_owned());
    }
    Some(format!("{head}{copies}{rest}"))
}

/// What marks a page that has its copy.
const PRERENDER_MARK: &str = "id=\"prerender\"";

/// Renders the page of the default plan in `lang`, as the first visit shows it.
#[cfg(feature = "ssr")]
pub fn render(lang: crate::text::Lang) -> String {
    super::url::set_native_lang(lang);
    let renderer = yew::LocalServerRenderer::<super::app::App>::new().hydratable(false);
    block_on(renderer.render())
}

/// Polls a future that never waits on anything outside itself (a render without suspense) to
/// its end.
#[cfg(feature = "ssr")]
fn block_on<F: core::future::Future>(future: F) -> F::Output {
    use core::task::{Context, Poll};
    let mut future = core::pin::pin!(future);
    let mut cx = Context::from_waker(core::task::Waker::noop());
    loop {
        if let Poll::Ready(out) = future.as_mut().poll(&mut cx) {
            return out;
        }
    }
}
