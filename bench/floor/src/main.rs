//! A Yew hello world: one function component, one element. The floor of what any Yew app
//! costs to download and start.

use yew::prelude::*;

#[function_component]
fn App() -> Html {
    html! { <p id="hello">{ "Hello" }</p> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
