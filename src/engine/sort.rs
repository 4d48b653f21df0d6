//! A stable insertion sort for the engine's short lists (roles, people, the answers that
//! moved a result: tens of items at most).
//!
//! Why not `slice::sort_by_key`: every call site of std's driftsort or ipnsort is its own
//! 2-4 KB of wasm, and nine of them were ~30 KB of the bundle (twiggy, 2026-11-23). This is
//! a few hundred bytes per site and, for lists this short, as fast. `tests/it/engine.rs`
//! checks it against std's stable sort.

/// Sorts `items` by `key`, keeping the order of items with equal keys (stable).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}
