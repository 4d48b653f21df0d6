// Starts the widget without an inline script, so the page works under a strict
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval'). Trunk writes the hashed
// file names into this script tag's data attributes (Trunk.toml: pattern_script).
//
// If the widget cannot start (no WebAssembly, a policy that forbids compiling it, a missing or
// stale file), the visitor gets a short message instead of a "Loading…" that never ends, and
// a framed widget tells its host with an `error` event (embed.js: `rolefit:error`).
const tag = document.querySelector('script[data-rolefit-boot]');

// English is here, for when nothing else loads; other languages come from the translation
// files (keys boot.*), fetched only on failure, so a start that works costs nothing more.
// tests/it/tidy.rs checks that these equal content/i18n/en.json.
const ENGLISH = {
  'boot.title': 'The assessment could not start',
  'boot.no_wasm': 'This browser has WebAssembly turned off, and the assessment needs it. Try another browser, or turn off the setting that blocks it (such as Lockdown Mode).',
  'boot.failed': 'The assessment could not be loaded. Please try again in a moment.',
  'boot.retry': 'Try again',
};
const LANGUAGES = ['en', 'de', 'es', 'ar'];

function language(params) {
  const wanted = [params.get('lang') || '', ...(navigator.languages || [navigator.language || ''])];
  for (const code of wanted) {
    const base = String(code).toLowerCase().split(/[-_]/)[0];
    if (LANGUAGES.includes(base)) return base;
  }
  return 'en';
}

async function texts(lang) {
  if (lang === 'en') return ENGLISH;
  try {
    const response = await fetch(`i18n/${lang}.json`, { signal: AbortSignal.timeout(3000) });
    const catalog = await response.json();
    return Object.keys(ENGLISH).every((k) => typeof catalog[k] === 'string') ? catalog : null;
  } catch {
    return null;
  }
}

// Why it failed, for the host's event and the developer's console.
function cause(error) {
  if (typeof WebAssembly !== 'object') return 'no-webassembly';
  const text = String(error && (error.message || error));
  if (/Content Security Policy|\bCSP\b|unsafe-eval|wasm-eval/i.test(text)) return 'blocked';
  return 'load-failed';
}

async function fail(error) {
  const reason = cause(error);
  console.error(`rolefit: the widget could not start (${reason})`, error);
  const params = new URLSearchParams(location.search);
  let lang = language(params);
  let t = await texts(lang);
  if (!t) [lang, t] = ['en', ENGLISH];
  const [title, noWasm, other, retry] = ['boot.title', 'boot.no_wasm', 'boot.failed', 'boot.retry'].map((k) => t[k]);
  const root = document.getElementById('rolefit') || document.body;
  const main = document.createElement('main');
  main.className = 'rf rf-halt';
  const card = document.createElement('section');
  card.className = 'rf-card';
  card.setAttribute('role', 'alert');
  card.lang = lang;
  card.dir = lang === 'ar' ? 'rtl' : 'ltr';
  const h = document.createElement('h2');
  h.textContent = title;
  const p = document.createElement('p');
  p.textContent = reason === 'no-webassembly' ? noWasm : other;
  card.append(h, p);
  if (reason !== 'no-webassembly') {
    const a = document.createElement('a');
    a.className = 'rf-button rf-primary';
    a.href = location.href;
    a.textContent = retry;
    card.append(a);
  }
  main.append(card);
  root.replaceChildren(main);
  // Tell the host page, as the widget would have (EMBEDDING.md: the `error` event); only to
  // the origin it named, as every other message.
  const host = params.get('host') || '';
  if (window.parent !== window && /^https?:\/\/[A-Za-z0-9.:[\]-]+$/.test(host)) {
    const frame = params.get('frame');
    const post = (type, detail) => window.parent.postMessage({ source: 'rolefit', version: 1, frame, type, detail }, host);
    try {
      post('error', { reason });
      // The message's height, now and after any reflow (rotation, fonts, a narrower frame).
      const report = () => post('height', { height: Math.ceil(document.body.getBoundingClientRect().height) });
      report();
      if (typeof ResizeObserver === 'function') new ResizeObserver(report).observe(document.body);
    } catch (e) {
      console.error('rolefit: could not tell the host page', e);
    }
  }
}

// The authors' preview and custom question banks live in the authors' build beside this page
// (preview.html, which has the contact form too), and the contact form in its own
// (lead.html): a page asking for one goes there before downloading this build's wasm. The
// form shows only in a frame whose host listens, so only such a page goes for it. Each
// visitors' page has one assessment (index.html the candidate's, team.html the team's; the
// other two have both), so a page asked for the other goes to the one that has it. Never from
// the authors' build, never to the page itself (with or without .html, for hosts with clean
// URLs), so a server answering a missing file with index.html cannot send a page round in
// circles. The wasm decides the same (`ui::boot::mount`, `ui::browser::open_build`), should a
// page start it without this loader.
const asked = new URLSearchParams(location.search);
const preview = asked.has('preview') && /^(|true|yes|1|on)$/.test(asked.get('preview').trim().toLowerCase());
const listened = asked.get('host') && window.parent !== window;
const page = location.pathname.split('/').pop().replace(/\.html$/, '') || 'index';
const has = page === 'preview' || page === 'lead' ? ['candidate', 'team'] : page === 'team' ? ['team'] : ['candidate'];
// A shared result's assessment (its code's second byte, `engine::share`: 0 candidate, 1 team),
// else the parameter's, as the widget reads them.
function wanted() {
  const code = location.hash.startsWith('#r=') ? location.hash.slice(3).trim() : '';
  try {
    const kind = atob(code.slice(0, 4).replace(/-/g, '+').replace(/_/g, '/')).charCodeAt(1);
    if (kind === 0 || kind === 1) return ['candidate', 'team'][kind];
  } catch {
    // Not base64: the widget says the link is damaged.
  }
  return (asked.get('assessment') || '').trim();
}
const want = wanted();
const pageOf = { candidate: 'index', team: 'team' };
const other = Object.hasOwn(pageOf, want) && !has.includes(want) ? pageOf[want] : null;
const build = preview || asked.get('bank') ? 'preview' : asked.get('lead') && listened ? 'lead' : other;
const forward = build && page !== 'preview' && page !== build;

try {
  if (forward) {
    location.replace(`${build}.html${location.search}${location.hash}`);
    await new Promise(() => {}); // the page is being replaced
  }
  if (typeof WebAssembly !== 'object') throw new Error('WebAssembly is not available');
  const { default: init } = await import(tag.dataset.js);
  await init({ module_or_path: tag.dataset.wasm });
} catch (error) {
  await fail(error);
}
