/*! rolefit embed script, part two, contract version 1: builds each widget's frame and
 * talks to it. embed.js loads it when the first widget is wanted (scrolled near, a popup
 * hovered or focused); it does nothing on its own. */
window.rolefitFrames = function (shared) {
  'use strict';
  // What embed.js shares: where the widget is, the words it writes in the page's language,
  // and the height kept for a widget until it has sized itself.
  var base = shared.base, words = shared.words, reserved = shared.reserved;
  var widgetOrigin = base.origin;
  // data-<name> attributes passed to the widget as URL parameters, unchanged: the widget
  // validates every value and shows a specific message for a bad one.
  var PASSED = ['lang', 'theme', 'accent', 'company', 'logo', 'cta-label', 'cta-url', 'intro', 'preview', 'variant',
    'lead', 'lead-privacy', 'lead-url', 'lead-hubspot', 'background'];
  // data-cta-url-<outcome or family> and data-cta-label-<…>: a button per result.
  var TARGETED = /^data-(cta-(?:url|label)-.+)$/;
  // The contract's limit on an inline bank (the widget refuses larger ones too).
  var MAX_INLINE_BANK = 512 * 1024;
  // Frame id -> { el, iframe, bank }. A Map: an id such as "__proto__" is just a key.
  var frames = new Map();
  // A page without an origin of its own (file://, a sandboxed frame) cannot receive the
  // widget's messages: the widget then scrolls inside its frame instead of being sized.
  var hostOrigin = location.origin && location.origin !== 'null' ? location.origin : null;

  // A value the browser cannot resolve (a port out of range, a space in the host) is passed
  // on as written: the widget then reports it, instead of this script stopping every widget.
  function resolve(value) {
    try {
      return new URL(value, location.href).href;
    } catch (e) {
      return value;
    }
  }

  function mount(el) {
    if (el.rolefitFrame) return el.rolefitFrame;
    var id = el.rolefitId;
    var params = new URLSearchParams();
    var assessment = el.getAttribute('data-rolefit');
    if (assessment) params.set('assessment', assessment);
    PASSED.forEach(function (name) {
      var value = el.getAttribute('data-' + name);
      if (value !== null) params.set(name, value);
    });
    Array.prototype.forEach.call(el.attributes, function (attr) {
      var m = TARGETED.exec(attr.name);
      if (m) params.set(m[1], attr.value);
    });
    // Links and images are resolved against the host page, as the host wrote them.
    params.forEach(function (value, name) {
      var link = name === 'logo' || name === 'cta-url' || name.indexOf('cta-url-') === 0 ||
        name === 'lead-privacy' || name === 'lead-url';
      if (link && value && !/^[a-z][a-z0-9+.-]*:/i.test(value)) params.set(name, resolve(value));
    });
    // The campaign parameters the host names, and only those, from this page's address: the
    // widget adds them to its call-to-action addresses and reports them in every event.
    var names = (el.getAttribute('data-pass-params') || '').split(',').map(function (n) { return n.trim(); });
    var own = new URLSearchParams(location.search);
    var pass = new URLSearchParams();
    names.forEach(function (n) {
      if (n && own.has(n)) pass.set(n, own.get(n));
    });
    if (pass.toString()) params.set('pass', pass.toString());
    // An inline bank is looked up when the widget asks for it, so it may come later.
    var inline = null;
    var bank = el.getAttribute('data-bank');
    if (bank && bank.charAt(0) === '#') {
      inline = bank.slice(1);
      params.set('bank', 'inline');
    } else if (bank) {
      params.set('bank', resolve(bank));
    }
    if (el.hasAttribute('data-send-answers')) params.set('send-answers', 'true');
    params.set('frame', id);
    if (hostOrigin) params.set('host', hostOrigin);
    else console.warn('rolefit: this page has no origin of its own (file:// or sandboxed), so the widget cannot send it events or its height');
    // Result links made in this frame point at this page, "<page>#rf-careers=<code>", unless
    // the host prefers them on the widget's own page (its scripts then never see a code). A
    // mistyped value fails closed (widget); an inline bank only exists on this page, so its
    // links must open here.
    var links = el.getAttribute('data-result-links');
    if (links !== null && links !== 'page' && links !== 'widget') {
      console.error('rolefit: data-result-links="' + links + '" is not "page" or "widget"; using "widget"');
      links = 'widget';
    }
    if (links === 'widget' && inline) {
      console.warn('rolefit: data-result-links="widget" needs a bank the widget can load by itself; an inline bank\'s results open on this page');
      links = 'page';
    }
    // The page's address without its query or fragment: campaign ids and e-mail tokens in the
    // query must not reach the widget's server or every shared link. A host whose pages are
    // told apart by their query names the page itself (data-page, same origin).
    var page = el.getAttribute('data-page');
    page = page ? resolve(page) : location.origin + location.pathname;
    if (links !== 'widget' && hostOrigin) params.set('page', page);
    // Opened from such a link: hand the result to this frame only, and take the code out of
    // the address bar (and so out of the history and of later page views' analytics).
    var shared = '';
    if (location.hash.indexOf('#' + id + '=') === 0) {
      shared = '#r=' + location.hash.slice(id.length + 2);
      try {
        history.replaceState(history.state, '', location.href.split('#')[0]);
      } catch (e) { /* a sandboxed page may refuse: the link keeps working */ }
    }

    var iframe = document.createElement('iframe');
    // The authors' build beside the widget has the preview and reads custom banks (and has the
    // contact form); the contact form's build has the form; the visitors' pages (index.html,
    // the candidate's, team.html, the team's) would only forward to them, as to each other.
    // "true" as the widget reads it: empty, true, yes, 1 or on.
    var preview = el.getAttribute('data-preview');
    var file = bank || (preview !== null && /^(|true|yes|1|on)$/i.test(preview.trim())) ? 'preview.html'
      : el.getAttribute('data-lead') ? 'lead.html'
      : assessment && assessment.trim() === 'team' ? 'team.html' : 'index.html';
    iframe.src = new URL(file, base).href + '?' + params.toString() + shared;
    iframe.title = el.getAttribute('data-title') || words(el)[2];
    // A cross-origin frame may use the clipboard and the share sheet only when its host allows it.
    iframe.allow = 'clipboard-write; web-share';
    // The widget's server learns nothing of this page from the Referer header either.
    iframe.referrerPolicy = 'no-referrer';
    // Reserve roughly the intro's height so the page does not jump when the widget arrives.
    iframe.style.cssText = 'display:block;width:100%;max-width:100%;border:0;margin:0;padding:0;' +
      'background:transparent;height:' + reserved(el) + 'px';
    // The element's own content (a fallback link, a "loading" note) gives way to the widget;
    // in a popup, the dialog's body holds it.
    (el.rolefitHolder || el).replaceChildren(iframe);
    el.style.minHeight = '';
    frames.set(id, {
      el: el, iframe: iframe, bank: inline, sized: false, dialog: el.rolefitDialog || null, seen: false,
      // data-datalayer: every event is also pushed to window.dataLayer (Google Tag Manager).
      dataLayer: el.hasAttribute('data-datalayer'),
      // The run in progress, as the events told it: for `abandoned`.
      run: null
    });
    el.rolefitFrame = iframe;
    // Seen: the frame has been on screen (a popup: opened), for `abandoned`.
    if ('IntersectionObserver' in window) {
      var sight = new IntersectionObserver(function (entries) {
        if (!entries.some(function (e) { return e.isIntersecting; })) return;
        frames.get(id).seen = true;
        sight.disconnect();
      });
      sight.observe(iframe);
    } else {
      frames.get(id).seen = true;
    }
    return iframe;
  }

  // The inline bank of a frame, or why there is none; the widget shows the reason at once.
  function inlineBank(id) {
    var el = document.getElementById(id);
    if (!el) return { reason: 'there is no element with id "' + id + '" on the host page' };
    if (el.tagName !== 'SCRIPT' || (el.getAttribute('type') || '').trim().toLowerCase() !== 'application/json') {
      return { reason: 'the element #' + id + ' is a <' + el.tagName.toLowerCase() + '>, not a <script type="application/json">' };
    }
    var text = el.textContent;
    if (text.length > MAX_INLINE_BANK) return { reason: 'the inline bank #' + id + ' is larger than 512 KB' };
    return { bank: text };
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== widgetOrigin) return;
    var data = event.data;
    if (!data || data.source !== 'rolefit' || data.version !== 1 || typeof data.type !== 'string') return;
    var frame = typeof data.frame === 'string' ? frames.get(data.frame) : undefined;
    if (!frame || event.source !== frame.iframe.contentWindow) return;
    var detail = data.detail || {};
    if (data.type === 'height') {
      var h = Number(detail.height);
      if (h > 0 && h < 100000) {
        // Sized by the widget from now on: no inner scrollbar, and the widget is told so (it
        // hides its own overflow only then). Until then the frame scrolls, so a widget whose
        // height never arrives is never clipped.
        if (!frame.sized) {
          frame.iframe.setAttribute('scrolling', 'no');
          frame.iframe.style.overflow = 'hidden';
          frame.sized = true;
          frame.iframe.contentWindow.postMessage({ source: 'rolefit-host', version: 1, type: 'sized' }, widgetOrigin);
        }
        frame.iframe.style.height = Math.ceil(h) + 'px';
      }
      return;
    }
    if (data.type === 'escape') {
      if (frame.dialog && frame.dialog.open) frame.dialog.close();
      return;
    }
    if (data.type === 'bank-request') {
      if (frame.bank !== null) {
        var found = inlineBank(frame.bank);
        if (found.reason) console.error('rolefit: ' + found.reason);
        var message = found.reason
          ? { source: 'rolefit-host', version: 1, type: 'bank-unavailable', reason: found.reason }
          : { source: 'rolefit-host', version: 1, type: 'bank', bank: found.bank };
        frame.iframe.contentWindow.postMessage(message, widgetOrigin);
      }
      return;
    }
    var out = { frame: data.frame, element: frame.el, version: data.version };
    for (var key in detail) if (Object.prototype.hasOwnProperty.call(detail, key)) out[key] = detail[key];
    if (typeof data.variant === 'string') out.variant = data.variant;
    if (data.params && typeof data.params === 'object') out.params = data.params;
    frame.last = { variant: out.variant, params: out.params };
    track(frame, data.type, out);
    emit(frame, data.type, out);
  });

  function emit(frame, type, detail) {
    window.dispatchEvent(new CustomEvent('rolefit:' + type, { detail: detail }));
    // Answers and contact details are personal data the visitor agreed to send to the host,
    // not to its tag manager: they reach the host's own listener only.
    if (frame.dataLayer && type !== 'answers' && type !== 'lead') {
      var entry = { event: 'rolefit_' + type.replace(/-/g, '_') };
      flatten(entry, 'rolefit', detail);
      (window.dataLayer = window.dataLayer || []).push(entry);
    }
  }

  // { frame: 'rf-1', percentages: { po: 60 } } -> rolefit_frame, rolefit_percentages_po
  function flatten(into, prefix, value) {
    for (var key in value) {
      if (!Object.prototype.hasOwnProperty.call(value, key) || key === 'element') continue;
      var v = value[key];
      if (v && typeof v === 'object' && !Array.isArray(v)) flatten(into, prefix + '_' + key, v);
      else if (!Array.isArray(v)) into[prefix + '_' + key] = v;
    }
  }

  // Where the visitor is in a run, so that leaving the page mid-run can be reported.
  function track(frame, type, detail) {
    if (type === 'ready') frame.assessment = detail.assessment;
    if (type === 'started') frame.run = { assessment: detail.assessment, reported: false };
    else if (type === 'step') {
      // A run resumed after a reload starts with a step, not `started`.
      frame.run = frame.run || { assessment: frame.assessment, reported: false };
      frame.run.index = detail.index;
      frame.run.total = detail.total;
      frame.run.question = detail.question;
      frame.run.reported = false;
    } else if (type === 'completed') frame.run = null;
  }

  // `abandoned`: the page is hidden or left during a run, before its result. Sent here, in
  // the host page's own handler, so the host's listener runs before the page unloads (a
  // message from the frame could arrive too late). Once per question: a visitor who comes
  // back and goes on sends further steps, and a `completed` if they finish.
  function leaving() {
    frames.forEach(function (frame, id) {
      var run = frame.run;
      // Only a run the visitor could see: a lazy frame is made a screen early, a popup's on
      // hover, and with data-intro="false" a run starts as soon as the frame loads.
      if (!run || run.reported || run.index === undefined || !frame.seen) return;
      run.reported = true;
      var detail = { frame: id, element: frame.el, version: 1, assessment: run.assessment,
        index: run.index, total: run.total, question: run.question };
      var last = frame.last;
      if (last && last.variant !== undefined) detail.variant = last.variant;
      if (last && last.params !== undefined) detail.params = last.params;
      emit(frame, 'abandoned', detail);
    });
  }
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') leaving();
  });
  window.addEventListener('pagehide', leaving);

  function tell(el, type) {
    var frame = frames.get(el.rolefitId);
    if (frame) emit(frame, type, { frame: el.rolefitId, element: el, version: 1 });
  }

  return { mount: mount, tell: tell };
};
