//! The floor: one function component with one figure, the least a Yew app renders.

use yew::prelude::*;

#[function_component]
fn App() -> Html {
    let nodes = use_state(|| 3u32);
    let onclick = {
        let nodes = nodes.clone();
        Callback::from(move |_| nodes.set(nodes.saturating_add(1)))
    };
    html! {
        <main>
            <h1>{ "Floor" }</h1>
            <p data-test="floor-result">{ format!("{} pods", nodes.saturating_mul(30)) }</p>
            <button {onclick}>{ "+" }</button>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
