//! The second module's page parts (see [`super::bridge`]): the VNet design, outbound and egress,
//! the comparison of network models, the per-node allocation, and the explain, export and
//! import panels. It renders into the host the first module leaves for it, keeps its own state
//! from the same fragment, and hands its edits back to the first module.

use yew::prelude::*;

use super::bridge;
use super::design_view::DesignView;
use super::explain_error::ExplainError;
use super::network_view::{Allocation, comparison};
use super::outbound::Outbound;
use super::share::{ExportPanel, ImportPanel};
use super::state::{Action, State};
use super::url;
use crate::plan::Plan;
use crate::plan::edit::Edit;
use crate::text::Lang;

/// The id of the element the first module leaves for the panels.
pub const HOST: &str = "aks-panels";

/// Mounts the panels in their host; without one (an old page), does nothing.
pub fn start() {
    let document = gloo::utils::document();
    let Some(host) = document.get_element_by_id(HOST) else {
        return;
    };
    // Yew tells its event roots apart by a number it counts from 1 in each module, and the first
    // module's page is root 1: were the panels root 1 too, its event handling would take their
    // events for its own. So this module spends its 1 on a detached element first.
    if let Ok(spare) = document.create_element("div") {
        let _spare = yew::Renderer::<Spare>::with_root(spare).render();
    }
    yew::Renderer::<Panels>::with_root(host).render();
}

/// Nothing: the detached root that moves the panels' root number past the first module's.
#[component]
fn Spare() -> Html {
    html! {}
}

#[component]
fn Panels() -> Html {
    let state = use_reducer(|| State::from_fragment(&url::read_fragment()));
    let browser_lang = use_memo((), |_| url::browser_lang());
    let lang: Lang = state.view.lang.unwrap_or(*browser_lang);
    let (edit, replace) = use_plan_sync(&state);
    let (report, view) = (&state.report, state.view);
    let pool_names: Vec<String> = state.plan.pools.iter().map(|p| p.name.clone()).collect();
    html! {
        <ContextProvider<Lang> context={lang}>
            <div class="details" lang={match lang { Lang::En => "en", Lang::Ja => "ja" }}>
                <DesignView
                    cluster={state.plan.cluster.clone()}
                    report={report.clone()}
                    {pool_names}
                    readonly={view.readonly}
                    onedit={edit.clone()}
                />
                <Outbound outbound={state.plan.cluster.outbound.clone()} names={state.plan.cluster.names.clone()} report={report.clone()} fragment={state.share_fragment.clone()} onedit={edit.clone()} readonly={view.readonly} />
                { comparison(report, &edit, view.readonly, lang) }
                if !view.readonly {
                    <Allocation report={report.clone()} />
                    if !view.embed {
                        <ExplainError fragment={state.fragment.clone()} onfix={replace.clone()} />
                        <ExportPanel fragment={state.share_fragment.clone()} />
                        <ImportPanel fragment={state.fragment.clone()} onimport={replace} />
                    }
                }
            </div>
        </ContextProvider<Lang>>
    }
}

/// Follows the plan the first module shows, and hands it each edit made here. Only edits are
/// handed back: a plan that came from the first module (or a stale one) never is, so the two
/// cannot undo each other's latest change.
#[hook]
fn use_plan_sync(state: &UseReducerHandle<State>) -> (Callback<Edit>, Callback<Plan>) {
    let edited = use_mut_ref(|| false);
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = {
                let dispatch = dispatch.clone();
                bridge::on_plan(move |fragment| dispatch.dispatch(Action::Load(fragment)))
            };
            // What the first module shows now: the address may not have it yet.
            bridge::say_hello();
            move || drop(listener)
        });
    }
    {
        let edited = edited.clone();
        use_effect_with(state.fragment.clone(), move |fragment| {
            if std::mem::take(&mut *edited.borrow_mut()) {
                bridge::send_edit(fragment);
            }
        });
    }
    let edit = {
        let edited = edited.clone();
        use_callback(state.dispatcher(), move |e: Edit, d| {
            *edited.borrow_mut() = true;
            d.dispatch(Action::Edit(e));
        })
    };
    // A whole plan from an import or an explained error's fix.
    let replace = use_callback(state.dispatcher(), move |plan: Plan, d| {
        *edited.borrow_mut() = true;
        d.dispatch(Action::Replace(Box::new(plan)));
    });
    (edit, replace)
}
