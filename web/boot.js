// Starts the widget without an inline script, so the page works under a strict
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval'). Trunk writes the hashed
// file names into this script tag's data attributes (Trunk.toml: pattern_script).
const tag = document.querySelector('script[data-rolefit-boot]');
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });
