/*! rolefit embed script, contract version 1. No dependencies.
 * A host page writes one element and this script:
 *   <div data-rolefit="team" data-accent="#0a7" data-cta-url="https://example.com/contact"></div>
 *   <script src="https://widgets.example.com/rolefit/embed.js" defer></script>
 * Each element gets an iframe of the widget, sized to its content. Events reach the host as
 * window CustomEvents named "rolefit:<type>" (see EMBEDDING.md). Messages are accepted only
 * from the widget's origin and from that element's own frame. */
(function () {
  'use strict';
  if (window.rolefit && window.rolefit.version) return; // the script was included twice

  var script = document.currentScript;
  var base = new URL('.', script && script.src ? script.src : location.href);
  // What builds the frames and talks to them is fetched only when the first widget is
  // wanted, so a page whose visitors never get to it pays for this script alone.
  // scripts/embed.mjs (run by scripts/build) writes the built file's content-hashed name and integrity here.
  var FRAMES = { file: 'embed-frames.js', integrity: '' };
  // What the embed script itself writes on the host page, in the widget's four languages (the
  // catalogs' own terms: content/i18n): the popup's button and close labels, the frame's title.
  var WORDS = {
    en: ['Take the assessment', 'Close', 'Role-fit assessment'],
    de: ['Zur Rollen-Einschätzung', 'Schließen', 'Rollen-Einschätzung'],
    es: ['Hacer el test', 'Cerrar', 'Test de encaje de rol'],
    ar: ['\u0627\u0628\u062f\u0623 \u0627\u0644\u062a\u0642\u064a\u064a\u0645', '\u0625\u063a\u0644\u0627\u0642', '\u062a\u0642\u064a\u064a\u0645 \u0645\u0644\u0627\u0621\u0645\u0629 \u0627\u0644\u062f\u0648\u0631']
  };
  // By the element's data-lang, else the host page's language, else English.
  function words(el) {
    var tag = (el.getAttribute('data-lang') || document.documentElement.lang || 'en').toLowerCase().split(/[-_]/)[0];
    return WORDS[tag] || WORDS.en;
  }
  var count = 0;
  // A frame's id names its widget in events and in result links ("#rf-careers=…"), so it
  // comes from the element's own id when it has one: adding a widget above it on the page
  // must not send its links to another widget. Without an id, widgets are numbered.
  // Ids are given when the page is scanned, in page order, before any frame is made (lazily
  // or behind a popup): the order visitors scroll or hover in must not renumber them.
  var taken = new Set();
  function frameId(el) {
    if (el.rolefitId) return el.rolefitId;
    var own = (el.id || '').replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 60);
    var id = own && !taken.has('rf-' + own) ? 'rf-' + own : null;
    while (!id || taken.has(id)) id = 'rf-' + (++count);
    taken.add(id);
    el.rolefitId = id;
    return id;
  }

  // This page was opened from a result link for this element's frame ("#rf-careers=…").
  function linked(el) {
    return location.hash.indexOf('#' + frameId(el) + '=') === 0;
  }

  // The frames part, loaded once. It is requested as this script was: with the same nonce
  // (a nonce-only Content-Security-Policy), through a Trusted Types policy named "rolefit"
  // where the page has them, without a referrer, and, when this script was pinned with
  // Subresource Integrity, with the same check. A failed load may be tried again later.
  var loading = null;
  function load() {
    loading = loading || new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      var url = new URL(FRAMES.file, base).href;
      var src = url;
      try {
        if (window.trustedTypes) src = trustedTypes.createPolicy('rolefit', { createScriptURL: function (u) { return u === url ? u : ''; } }).createScriptURL(url);
      } catch (e) { /* the page allows no such policy: the plain address, as without Trusted Types */ }
      s.src = src;
      s.referrerPolicy = 'no-referrer';
      if (script && script.nonce) s.nonce = script.nonce;
      if (script && script.integrity && FRAMES.integrity) {
        s.integrity = FRAMES.integrity;
        s.crossOrigin = script.crossOrigin || 'anonymous';
      }
      s.onload = function () {
        var make = window.rolefitFrames;
        delete window.rolefitFrames;
        if (typeof make === 'function') resolve(make({ base: base, words: words, reserved: reserved }));
        else reject(new Error(FRAMES.file + ' did not load as expected'));
      };
      s.onerror = function () { reject(new Error('could not load ' + url)); };
      (document.head || document.documentElement).appendChild(s);
    });
    loading.catch(function () { loading = null; });
    return loading;
  }

  // Makes the element's frame (once) and resolves to it. Its id is given now, in call order.
  function mount(el) {
    frameId(el);
    el.rolefitMounting = el.rolefitMounting || load().then(function (part) { return part.mount(el); });
    el.rolefitMounting.catch(function () { el.rolefitMounting = null; });
    return el.rolefitMounting;
  }

  // The height kept for the widget until it has sized itself (data-height, within reason).
  function reserved(el) {
    var h = parseInt(el.getAttribute('data-height') || '480', 10);
    return h > 0 && h < 5000 ? h : 480;
  }

  // data-load="lazy" (the default): the frame is made when its element comes within about
  // a screen of the viewport, so a page whose visitors never scroll to it pays only for this
  // script. Its box is reserved meanwhile, so nothing shifts when it arrives.
  var observer = null;
  function lazy(el) {
    if (!('IntersectionObserver' in window)) return start(el, mount);
    el.style.minHeight = reserved(el) + 'px';
    observer = observer || new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) return;
        observer.unobserve(entry.target);
        start(entry.target, mount);
      });
    }, { rootMargin: '100% 0px' });
    observer.observe(el);
  }

  // data-mode="popup": a button on the page (in a shadow root: the page's CSS cannot break it,
  // ours cannot leak) that opens the widget in a modal dialog. The frame is made on the
  // button's first hover, focus or click and kept while the page lives, so a reopened popup
  // is where the visitor left it.
  var POPUP_CSS =
    ':host { all: initial; display: inline-block; }' +
    'button.open { font: 600 1rem/1.3 system-ui, sans-serif; padding: .75rem 1.25rem; min-height: 2.75rem; border: 0; border-radius: 999px; cursor: pointer; background: var(--rolefit-button, #1f6f5c); color: var(--rolefit-button-ink, #fff); }' +
    'button:focus-visible { outline: 3px solid #1a56db; outline-offset: 2px; }' +
    'dialog { width: min(48rem, calc(100vw - 2rem)); max-height: calc(100vh - 2rem); padding: 0; border: 0; border-radius: 12px; overflow: auto; background: #fff; }' +
    'dialog::backdrop { background: rgba(0, 0, 0, .55); }' +
    '.bar { position: sticky; top: 0; display: flex; justify-content: flex-end; padding: .25rem; background: inherit; z-index: 1; }' +
    'button.close { font: 600 1rem system-ui, sans-serif; min-width: 2.75rem; min-height: 2.75rem; border: 0; border-radius: 999px; background: #e8f1ee; color: #1d2421; cursor: pointer; }';
  function popup(el) {
    var label = el.getAttribute('data-button-label') || words(el)[0];
    var title = el.getAttribute('data-title') || words(el)[2];
    var host = document.createElement('span');
    var root = host.attachShadow({ mode: 'open' });
    if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function') {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(POPUP_CSS);
      root.adoptedStyleSheets = [sheet];
    }
    var open = document.createElement('button');
    open.type = 'button';
    open.className = 'open';
    open.textContent = label;
    open.setAttribute('aria-haspopup', 'dialog');
    var dialog = document.createElement('dialog');
    dialog.setAttribute('aria-label', title);
    var bar = document.createElement('div');
    bar.className = 'bar';
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.textContent = '\u2715';
    close.setAttribute('aria-label', el.getAttribute('data-close-label') || words(el)[1]);
    var body = document.createElement('div');
    bar.appendChild(close);
    dialog.appendChild(bar);
    dialog.appendChild(body);
    root.appendChild(open);
    root.appendChild(dialog);
    el.replaceChildren(host);
    el.rolefitHolder = body;
    el.rolefitDialog = dialog;
    var ensure = function () { return start(el, mount); };
    ['pointerenter', 'focus'].forEach(function (type) { open.addEventListener(type, ensure, { once: true }); });
    var overflow = '';
    open.addEventListener('click', function () {
      ensure().then(function (iframe) {
        if (!iframe || dialog.open) return;
        overflow = document.documentElement.style.overflow;
        document.documentElement.style.overflow = 'hidden';
        dialog.showModal();
        iframe.focus();
        tell(el, 'opened');
      });
    });
    close.addEventListener('click', function () { dialog.close(); });
    // Opened from a result link for this popup: show it.
    if (linked(el)) open.click();
    // A click on the backdrop (the dialog itself, outside its content) closes it too.
    dialog.addEventListener('click', function (e) { if (e.target === dialog) dialog.close(); });
    dialog.addEventListener('close', function () {
      document.documentElement.style.overflow = overflow;
      open.focus();
      tell(el, 'closed');
    });
  }

  function tell(el, type) {
    load().then(function (part) { part.tell(el, type); });
  }

  // One broken element must not keep the others from mounting.
  function start(el, how) {
    var fail = function (e) {
      console.error('rolefit: could not mount', el, e);
      return null;
    };
    try {
      var made = how(el);
      return made && made.then ? made.catch(fail) : made;
    } catch (e) {
      return fail(e);
    }
  }

  function scan() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-rolefit]'), function (el) {
      if (el.rolefitFrame || el.rolefitScanned) return;
      el.rolefitScanned = true;
      frameId(el);
      var mode = el.getAttribute('data-mode');
      var load = el.getAttribute('data-load');
      if (mode !== null && mode !== 'popup' && mode !== 'inline') console.error('rolefit: data-mode="' + mode + '" is not "inline" or "popup"; showing it inline');
      if (load !== null && load !== 'lazy' && load !== 'eager') console.error('rolefit: data-load="' + load + '" is not "lazy" or "eager"; loading it lazily');
      if (mode === 'popup') start(el, popup);
      else if (load === 'eager' || linked(el)) start(el, mount);
      else start(el, lazy);
    });
  }
  window.rolefit = { version: 1, mount: mount, scan: scan };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
