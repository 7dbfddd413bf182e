use gloo::events::EventListener;
use yew::prelude::*;

use super::cluster_form::ClusterForm;
use super::figures::TotalsView;
use super::findings::{Findings, Notices};
use super::network_view::{Allocation, Comparison, NetworkView};
use super::pool_card::PoolCard;
use super::state::{Action, State};
use super::url;
use crate::edit::Edit;
use crate::finding::At;
use crate::text::{Lang, label};

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| State::from_fragment(&url::read_fragment()));
    let lang = use_memo((), |_| url::browser_lang());
    let lang: Lang = *lang;

    // The fragment follows the plan; replaceState keeps history clean.
    use_effect_with(state.fragment.clone(), |fragment| {
        url::replace_fragment(fragment)
    });

    // A link pasted into the address bar of an open page.
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                dispatch.dispatch(Action::Load(url::read_fragment()));
            });
            move || drop(listener)
        });
    }

    let edit = {
        let dispatch = state.dispatcher();
        Callback::from(move |e: Edit| dispatch.dispatch(Action::Edit(e)))
    };
    let report = state.report.clone();
    let plan = &state.plan;
    let pool_names: Vec<String> = plan.pools.iter().map(|p| p.name.clone()).collect();
    let on_add = {
        let edit = edit.clone();
        Callback::from(move |_| edit.emit(Edit::AddPool))
    };

    html! {
        <ContextProvider<Lang> context={lang}>
            <header class="page-header">
                <h1>{ label::TITLE.get(lang) }</h1>
                <p class="tagline">{ label::TAGLINE.get(lang) }</p>
            </header>
            <main>
                <Notices notices={state.notices.clone()} />
                <ClusterForm cluster={plan.cluster.clone()} report={report.clone()} onedit={edit.clone()} />
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
                            onedit={edit.clone()}
                        />
                    }) }
                    <button type="button" class="add-pool" onclick={on_add}>{ "+ " }{ label::ADD_POOL.get(lang) }</button>
                </section>
                <TotalsView totals={report.totals} />
                <Findings report={report.clone()} plan_pools={pool_names.clone()} />
                <NetworkView report={report.clone()} pool_names={pool_names} />
                <Comparison report={report.clone()} onedit={edit.clone()} />
                <Allocation report={report.clone()} />
            </main>
            <footer class="page-footer">
                <p>{ label::FOOTER.get(lang) }</p>
            </footer>
        </ContextProvider<Lang>>
    }
}
