//! A Yew hello world: one function component, one element. The floor of what any Yew app
//! costs to download and start.

use yew::prelude::*;

// The widget's allocator (its src/lib.rs), so the floor is built as the widget is.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[function_component]
fn App() -> Html {
    html! { <p id="hello">{ "Hello" }</p> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
