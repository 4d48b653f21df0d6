// Starts the floor's wasm as web/boot.js starts the widget's: no inline script.
import init from './floor.js';
init({ module_or_path: new URL('floor_bg.wasm', import.meta.url) });
