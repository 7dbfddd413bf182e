use gloo::events::EventListener;
use yew::prelude::*;

use super::cluster_form::ClusterForm;
use super::figures::totals_view;
use super::findings::{findings_view, notices};
use super::network_view::network_view;
use super::pool_card::PoolCard;
use super::share::{ShareBar, link};
use super::state::{Action, State};
use super::summary::{print_summary, summary};
use super::url;
use super::verdict::Verdict;
use super::{bridge, browser};
use crate::evaluate::finding::At;
use crate::formats::fragment::{Theme, View};
use crate::plan::edit::Edit;
use crate::text::{Lang, label};

/// Language and theme, kept in the link. `lang` is the language in effect.
fn view_switch(view: View, lang: Lang, onchange: &Callback<View>) -> Html {
    let other = match lang {
        Lang::En => (Lang::Ja, "日本語", "ja"),
        Lang::Ja => (Lang::En, "English", "en"),
    };
    let on_lang = {
        let onchange = onchange.clone();
        Callback::from(move |_| {
            onchange.emit(View {
                lang: Some(other.0),
                ..view
            })
        })
    };
    let on_theme = {
        let onchange = onchange.clone();
        Callback::from(move |e: Event| {
            let theme = match e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value()
                .as_str()
            {
                "light" => Some(Theme::Light),
                "dark" => Some(Theme::Dark),
                _ => None,
            };
            onchange.emit(View { theme, ..view });
        })
    };
    let theme = view.theme;
    html! {
        <div class="view-switch">
            <button type="button" lang={other.2} data-test="lang-switch" onclick={on_lang}>{ other.1 }</button>
            <label class="visually-hidden" for="theme">{ label::THEME.get(lang) }</label>
            <select id="theme" autocomplete="off" onchange={on_theme}>
                <option value="system" selected={theme.is_none()}>{ label::THEME_SYSTEM.get(lang) }</option>
                <option value="light" selected={theme == Some(Theme::Light)}>{ label::THEME_LIGHT.get(lang) }</option>
                <option value="dark" selected={theme == Some(Theme::Dark)}>{ label::THEME_DARK.get(lang) }</option>
            </select>
        </div>
    }
}

/// The page's effects on the browser: the fragment follows the plan (replaceState, so no history
/// entries, in a frame too), a link pasted into an open page loads, an embedded page reports its
/// height, and `<html>` carries the theme and language for CSS and screen readers.
#[hook]
fn use_browser_sync(state: &UseReducerHandle<State>, lang: Lang) {
    let view = state.view;
    // First: the rendered app replaces the prerendered copy before the next paint.
    use_effect_with((), |_| browser::take_over());
    use_effect_with(state.fragment.clone(), |fragment| {
        url::replace_fragment(fragment);
        bridge::announce_plan(fragment);
    });
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let edits = {
                let dispatch = dispatch.clone();
                bridge::on_panel_edit(move |fragment| dispatch.dispatch(Action::Load(fragment)))
            };
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                dispatch.dispatch(Action::Load(url::read_fragment()));
            });
            let hello = bridge::on_panels_hello();
            // The panels' module comes once the first result is on screen.
            bridge::load_panels();
            move || drop((listener, edits, hello))
        });
    }
    use_effect_with(view.embed, |embed| {
        let reporter = if *embed {
            browser::report_height_to_parent()
        } else {
            None
        };
        move || drop(reporter)
    });
    use_effect_with((view.theme, lang), |(theme, lang)| {
        let root = gloo::utils::document_element();
        let _ = match theme {
            Some(Theme::Dark) => root.set_attribute("data-theme", "dark"),
            Some(Theme::Light) => root.set_attribute("data-theme", "light"),
            None => root.remove_attribute("data-theme"),
        };
        let _ = root.set_attribute("lang", lang_id(*lang));
    });
}

fn lang_id(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::Ja => "ja",
    }
}

/// What the parts of the page share.
struct Page<'a> {
    state: &'a State,
    lang: Lang,
    edit: Callback<Edit>,
    pool_names: Vec<String>,
    subnet_names: Vec<String>,
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| State::from_fragment(&url::read_fragment()));
    let browser_lang = use_memo((), |_| url::browser_lang());
    let lang: Lang = state.view.lang.unwrap_or(*browser_lang);
    use_browser_sync(&state, lang);
    // Stable callbacks: children whose data did not change then skip re-rendering.
    let dispatch = state.dispatcher();
    let set_view = use_callback(dispatch.clone(), |v: View, d| d.dispatch(Action::View(v)));
    let edit = use_callback(dispatch.clone(), |e: Edit, d| d.dispatch(Action::Edit(e)));
    let on_add = use_callback(edit.clone(), |_: MouseEvent, edit| edit.emit(Edit::AddPool));
    let view = state.view;
    let page = Page {
        state: &state,
        lang,
        edit,
        pool_names: state.plan.pools.iter().map(|p| p.name.clone()).collect(),
        subnet_names: state
            .plan
            .cluster
            .subnets
            .iter()
            .map(|s| s.name.clone())
            .collect(),
    };
    html! {
        <ContextProvider<Lang> context={lang}>
            <div class={classes!("page", view.embed.then_some("embed"), view.readonly.then_some("readonly"))} lang={lang_id(lang)}>
                { page_header(&page, &set_view) }
                <main>
                    { notices(&state.notices, lang) }
                    <div class="workspace">
                        { answer(&page) }
                        <div class="work">
                            if view.readonly {
                                { summary(&state.plan, &state.report, lang) }
                            } else {
                                { print_summary(&state.plan, &state.report, lang) }
                                { inputs(&page, on_add) }
                            }
                            // The IP plan is here, not in the panels, so that it is in the
                            // prerendered page and on screen with the first result.
                            { network_view(&state.report, &page.pool_names, lang) }
                            // The second module renders the VNet design, outbound, the
                            // comparison, exports and imports here (ui::panels).
                            <div id={super::panels::HOST} class="panels-host"></div>
                        </div>
                    </div>
                </main>
                if !view.embed {
                    <footer class="page-footer">
                        <p>{ label::FOOTER.get(lang) }</p>
                    </footer>
                }
            </div>
        </ContextProvider<Lang>>
    }
}

/// The title, the language and theme switch and the share bar; in a frame, a link out instead.
fn page_header(page: &Page<'_>, set_view: &Callback<View>) -> Html {
    let (state, lang) = (page.state, page.lang);
    let view = state.view;
    if view.embed {
        return html! {
            <p class="embed-bar">
                <a href={link(&state.share_fragment)} target="_blank" rel="noopener">{ label::OPEN_FULL.get(lang) }{ " ↗" }</a>
            </p>
        };
    }
    html! {
        <header class="page-header">
            <div class="title-row">
                <h1>{ label::TITLE.get(lang) }</h1>
                { view_switch(view, lang, set_view) }
            </div>
            <p class="tagline">{ label::TAGLINE.get(lang) }</p>
            if !view.readonly {
                <ShareBar fragment={state.share_fragment.clone()} />
            }
            <p class="print-only">{ label::LINK_FOR_PRINT.get(lang) }{ ": " }{ link(&state.share_fragment) }</p>
        </header>
    }
}

/// The cluster's inputs and every pool.
fn inputs(page: &Page<'_>, on_add: Callback<MouseEvent>) -> Html {
    let (plan, report, lang) = (&page.state.plan, &page.state.report, page.lang);
    let subnets: Vec<(String, crate::rules::subnet::Purpose)> = plan
        .cluster
        .subnets
        .iter()
        .map(|s| (s.name.clone(), s.purpose))
        .collect();
    html! {
        <>
            <ClusterForm
                cluster={plan.cluster.clone()}
                findings={report.findings.iter().filter(|f| matches!(f.at, Some(At::Cluster(_)))).cloned().collect::<Vec<_>>()}
                onedit={page.edit.clone()}
            />
            <section class="pools" aria-labelledby="pools-h">
                <h2 id="pools-h">{ label::POOLS.get(lang) }</h2>
                { for plan.pools.iter().enumerate().map(|(index, pool)| html! {
                    <PoolCard
                        key={index}
                        {index}
                        pool={pool.clone()}
                        report={report.pools.get(index).cloned()}
                        findings={report.findings.iter().filter(|f| matches!(f.at, Some(At::Pool(i, _)) if i == index)).cloned().collect::<Vec<_>>()}
                        removable={plan.pools.len() > 1}
                        network={plan.cluster.network}
                        subnets={subnets.clone()}
                        onedit={page.edit.clone()}
                    />
                }) }
                <button type="button" class="add-pool" onclick={on_add}>{ "+ " }{ label::ADD_POOL.get(lang) }</button>
            </section>
        </>
    }
}

/// The answer first: the verdict, then the findings and the cluster's totals. On wide screens a
/// sticky column beside the inputs, so an edit shows its effect next to the field.
fn answer(page: &Page<'_>) -> Html {
    let (state, lang) = (page.state, page.lang);
    let report = &state.report;
    html! {
        <aside class="answer" aria-label={crate::text::verdict::HEADING.get(lang)}>
            <Verdict
                report={report.clone()}
                pool_names={page.pool_names.clone()}
                subnet_names={page.subnet_names.clone()}
                network={state.plan.cluster.network}
            />
            { findings_view(report, &page.pool_names, &page.subnet_names, lang) }
            { totals_view(&report.totals, lang) }
        </aside>
    }
}
