use gloo::events::EventListener;
use yew::prelude::*;

use super::findings::{Findings, Notices};
use super::pool_card::PoolCard;
use super::state::{Action, State};
use super::url;
use crate::edit::Edit;
use crate::finding::{At, ClusterField};
use crate::plan::NetworkModel;
use crate::text::{self, Lang, label};

use super::field::{TextField, messages_at};
use super::figures::TotalsView;

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

    let on_network = {
        let edit = edit.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Some(model) = NetworkModel::ALL.iter().find(|m| model_id(**m) == value) {
                edit.emit(Edit::Network(*model));
            }
        })
    };
    let on_version = {
        let edit = edit.clone();
        Callback::from(move |v: String| {
            edit.emit(Edit::ClusterText(ClusterField::KubernetesVersion, v))
        })
    };
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
                <section class="cluster" aria-labelledby="cluster-h">
                    <h2 id="cluster-h">{ label::CLUSTER.get(lang) }</h2>
                    <div class="row">
                        <div class="field">
                            <label for="network">{ label::NETWORK.get(lang) }</label>
                            <select id="network" onchange={on_network}>
                                { for NetworkModel::ALL.iter().map(|m| html! {
                                    <option value={model_id(*m)} selected={*m == plan.cluster.network}>
                                        { text::network_model(*m).get(lang) }
                                    </option>
                                }) }
                            </select>
                        </div>
                        <TextField
                            id="cluster-version"
                            label={label::CLUSTER_VERSION.get(lang)}
                            value={plan.cluster.kubernetes_version.clone()}
                            messages={messages_at(&report, At::Cluster(ClusterField::KubernetesVersion), lang)}
                            oninput={on_version}
                            inputmode="decimal"
                        />
                    </div>
                </section>
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
                <Findings report={report.clone()} plan_pools={plan.pools.iter().map(|p| p.name.clone()).collect::<Vec<_>>()} />
            </main>
            <footer class="page-footer">
                <p>{ label::FOOTER.get(lang) }</p>
            </footer>
        </ContextProvider<Lang>>
    }
}

/// The `<option>` value of a network model.
fn model_id(m: NetworkModel) -> &'static str {
    match m {
        NetworkModel::Overlay => "overlay",
        NetworkModel::NodeSubnet => "node-subnet",
        NetworkModel::PodSubnetDynamic => "pod-subnet-dynamic",
        NetworkModel::PodSubnetStatic => "pod-subnet-static",
        NetworkModel::Kubenet => "kubenet",
    }
}
