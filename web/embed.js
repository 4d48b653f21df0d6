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
  var widgetOrigin = base.origin;
  // data-<name> attributes passed to the widget as URL parameters, unchanged: the widget
  // validates every value and shows a specific message for a bad one.
  var PASSED = ['lang', 'theme', 'accent', 'company', 'logo', 'cta-label', 'cta-url', 'intro', 'preview'];
  var frames = {};
  var count = 0;

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
    var id = 'rf-' + (++count);
    var params = new URLSearchParams();
    var assessment = el.getAttribute('data-rolefit');
    if (assessment) params.set('assessment', assessment);
    PASSED.forEach(function (name) {
      var value = el.getAttribute('data-' + name);
      if (value !== null) params.set(name, value);
    });
    // Links and images are resolved against the host page, as the host wrote them.
    ['logo', 'cta-url'].forEach(function (name) {
      var value = el.getAttribute('data-' + name);
      if (value && !/^[a-z][a-z0-9+.-]*:/i.test(value)) params.set(name, resolve(value));
    });
    var inline = null;
    var bank = el.getAttribute('data-bank');
    if (bank && bank.charAt(0) === '#') {
      inline = document.getElementById(bank.slice(1));
      params.set('bank', 'inline');
    } else if (bank) {
      params.set('bank', resolve(bank));
    }
    if (el.hasAttribute('data-send-answers')) params.set('send-answers', 'true');
    params.set('frame', id);
    params.set('host', location.origin);
    // Result links made in this frame point at this page, "<page>#rf-1=<code>", unless the
    // host prefers them on the widget's own page (its scripts then never see a code). A
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
    if (links !== 'widget') params.set('page', location.href.split('#')[0]);
    // Opened from such a link: hand the result to this frame only.
    var shared = location.hash.indexOf('#' + id + '=') === 0 ? '#r=' + location.hash.slice(id.length + 2) : '';

    var iframe = document.createElement('iframe');
    // The authors' preview is a separate build beside the widget (index.html would only
    // forward to it); "true" as the widget reads it: empty, true, yes, 1 or on.
    var preview = el.getAttribute('data-preview');
    var page = preview !== null && /^(|true|yes|1|on)$/i.test(preview.trim()) ? 'preview.html' : 'index.html';
    iframe.src = new URL(page, base).href + '?' + params.toString() + shared;
    iframe.title = el.getAttribute('data-title') || 'Role-fit assessment';
    iframe.setAttribute('scrolling', 'no');
    // A cross-origin frame may use the clipboard and the share sheet only when its host allows it.
    iframe.allow = 'clipboard-write; web-share';
    // Reserve roughly the intro's height so the page does not jump when the widget arrives.
    var reserve = parseInt(el.getAttribute('data-height') || '480', 10);
    iframe.style.cssText = 'display:block;width:100%;max-width:100%;border:0;margin:0;padding:0;overflow:hidden;' +
      'background:transparent;height:' + (reserve > 0 && reserve < 5000 ? reserve : 480) + 'px';
    // The element's own content (a fallback link, a "loading" note) gives way to the widget.
    el.replaceChildren(iframe);
    frames[id] = { el: el, iframe: iframe, inline: inline };
    el.rolefitFrame = iframe;
    return iframe;
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== widgetOrigin) return;
    var data = event.data;
    if (!data || data.source !== 'rolefit' || data.version !== 1 || typeof data.type !== 'string') return;
    var frame = frames[data.frame];
    if (!frame || event.source !== frame.iframe.contentWindow) return;
    var detail = data.detail || {};
    if (data.type === 'height') {
      var h = Number(detail.height);
      if (h > 0 && h < 100000) frame.iframe.style.height = Math.ceil(h) + 'px';
      return;
    }
    if (data.type === 'bank-request') {
      if (frame.inline) {
        frame.iframe.contentWindow.postMessage(
          { source: 'rolefit-host', version: 1, type: 'bank', bank: frame.inline.textContent }, widgetOrigin);
      }
      return;
    }
    var out = { frame: data.frame, element: frame.el, version: data.version };
    for (var key in detail) if (Object.prototype.hasOwnProperty.call(detail, key)) out[key] = detail[key];
    window.dispatchEvent(new CustomEvent('rolefit:' + data.type, { detail: out }));
  });

  // One broken element must not keep the others from mounting.
  function scan() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-rolefit]'), function (el) {
      try {
        mount(el);
      } catch (e) {
        console.error('rolefit: could not mount', el, e);
      }
    });
  }
  window.rolefit = { version: 1, mount: mount, scan: scan };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
