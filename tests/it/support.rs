//! What the native test modules share.

use rolefit::contract::{Field, HostEnvelope};
use rolefit::engine::saves::{Saves, Store};
use rolefit::engine::Content;

/// The shipped content, as build.rs compiled it in (`content.rs` checks that it is what
/// the parser makes of `content/`).
pub fn content() -> Content {
    Content::shipped()
}

/// The content as the parser makes it of `content/` today, not through build.rs: the
/// reference for what build.rs may leave out.
pub fn parsed_content() -> Content {
    let read = |file: &str| std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
    let [model, candidate, team] = rolefit::engine::content::FILES.map(read);
    Content::parse(&model, &candidate, &team).expect("the shipped files are valid")
}

/// The HTML of a component with these props, from Yew's server renderer (no browser).
pub fn render<C: yew::BaseComponent>(props: C::Properties) -> String {
    let rt = tokio::runtime::Builder::new_current_thread().build().expect("runtime");
    let local = tokio::task::LocalSet::new();
    local.block_on(&rt, yew::LocalServerRenderer::<C>::with_props(props).hydratable(false).render())
}

/// Saves holding these entries, as the shell reads them from the two stores.
pub fn saves(entries: &[(Store, &str, &str)]) -> Saves {
    let mut saves = Saves::default();
    for &(store, key, value) in entries {
        saves.insert(store, key, value);
    }
    saves
}

/// The envelope of a JSON value, read as the browser boundary (`ui::browser`) reads a
/// posted object: field by field with its JSON type, an over-long text as `Oversized`.
pub fn envelope(data: &serde_json::Value) -> HostEnvelope {
    use serde_json::Value;
    let field = |key: &str| match data.get(key) {
        None => Field::Missing,
        Some(Value::String(s)) => Field::text_of(s.len(), false, || s.clone()),
        Some(Value::Number(n)) => n.as_f64().map_or(Field::Other, Field::Number),
        Some(v @ Value::Object(_)) => {
            let json = v.to_string();
            Field::text_of(json.len(), true, || json)
        }
        Some(_) => Field::Other,
    };
    HostEnvelope::read(data.is_object(), field)
}
