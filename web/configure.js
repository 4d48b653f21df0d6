/* The embed configurator: builds the snippet from the form, remounts the real widget beside
 * it through the real embed script (so every value is checked by the widget's own rules,
 * and its messages are shown here), and lists the Content-Security-Policy a host needs. */
(function () {
  'use strict';
  // Outcome ids a button can address, per assessment, and the families
  // (tests/it/tidy.rs checks this list against the widget's own).
  var OUTCOMES = {
    candidate: ['pm', 'po', 'pjm', 'hybrid-pm-po', 'hybrid-pm-pjm', 'hybrid-po-pjm', 'generalist'],
    team: ['keep', 'founder-po', 'upskill-insider', 'insider-po', 'one-person', 'pm-first', 'po-first', 'add-po',
      'add-pm', 'separate', 'po-per-product', 'portfolio', 'cover-for-now', 'client-led', 'with-pjm', 'hire']
  };
  var FIELDS = ['name', 'email', 'company', 'phone', 'message'];
  var form = document.getElementById('cf-form');
  var targeted = document.getElementById('cf-targeted');
  var leadFields = document.getElementById('cf-lead-fields');
  var snippet = document.getElementById('cf-snippet');
  var problems = document.getElementById('cf-problems');
  var preview = document.getElementById('cf-preview');
  var embedUrl = new URL('embed.js', location.href).href;
  var widgetOrigin = location.origin;
  var rows = 0;

  FIELDS.forEach(function (f) {
    var on = document.createElement('div');
    on.className = 'cf-check';
    on.innerHTML = '<input type="checkbox" id="cf-field-' + f + '"' + (f === 'name' || f === 'email' ? ' checked' : '') +
      '><label for="cf-field-' + f + '">' + f.charAt(0).toUpperCase() + f.slice(1) + '</label>';
    var req = document.createElement('div');
    req.className = 'cf-check';
    req.innerHTML = '<input type="checkbox" id="cf-required-' + f + '"' + (f === 'email' ? ' checked' : '') +
      '><label for="cf-required-' + f + '"><span class="cf-sr">' + f + ' </span>required</label>';
    leadFields.appendChild(on);
    leadFields.appendChild(req);
  });

  function addRow() {
    var n = ++rows;
    var row = document.createElement('div');
    row.className = 'cf-row';
    row.dataset.row = String(n);
    row.innerHTML =
      '<label for="cf-target-' + n + '">For the result</label><select id="cf-target-' + n + '" class="cf-target"></select>' +
      '<label for="cf-target-label-' + n + '">Its button label</label><input id="cf-target-label-' + n + '" class="cf-target-label" type="text">' +
      '<label for="cf-target-url-' + n + '">Its button address</label><input id="cf-target-url-' + n + '" class="cf-target-url" type="url">' +
      '<button type="button" class="cf-remove">Remove this button</button>';
    row.querySelector('.cf-remove').addEventListener('click', function () {
      row.remove();
      document.getElementById('cf-add-cta').focus();
      update();
    });
    targeted.appendChild(row);
    fillTargets();
    row.querySelector('select').focus();
    update();
  }

  // The outcomes of the chosen assessment, keeping each row's choice where it still applies.
  function fillTargets() {
    var ids = OUTCOMES[form.elements.rolefit.value];
    Array.prototype.forEach.call(targeted.querySelectorAll('.cf-target'), function (select) {
      var was = select.value;
      select.replaceChildren();
      ids.forEach(function (id) {
        var o = document.createElement('option');
        o.value = id;
        o.textContent = id === 'with-pjm' ? 'any result that adds a Project Manager (with-pjm)'
          : id === 'hire' ? 'any result that hires someone (hire)' : id;
        select.appendChild(o);
      });
      if (ids.indexOf(was) >= 0) select.value = was;
    });
  }

  function value(id) {
    return document.getElementById(id).value.trim();
  }

  // The element's attributes, in the order a person reads them.
  function attributes() {
    var a = [['data-rolefit', form.elements.rolefit.value]];
    var plain = [['lang', 'cf-lang'], ['intro', 'cf-intro'], ['theme', 'cf-theme'], ['background', 'cf-background'],
      ['accent', 'cf-accent'], ['company', 'cf-company'], ['logo', 'cf-logo'], ['cta-label', 'cf-cta-label'],
      ['cta-url', 'cf-cta-url']];
    plain.forEach(function (p) { if (value(p[1])) a.push(['data-' + p[0], value(p[1])]); });
    Array.prototype.forEach.call(targeted.querySelectorAll('.cf-row'), function (row) {
      var id = row.querySelector('.cf-target').value;
      var label = row.querySelector('.cf-target-label').value.trim();
      var url = row.querySelector('.cf-target-url').value.trim();
      if (url) a.push(['data-cta-url-' + id, url]);
      if (label) a.push(['data-cta-label-' + id, label]);
    });
    if (value('cf-pass')) a.push(['data-pass-params', value('cf-pass')]);
    if (document.getElementById('cf-lead').checked) {
      var fields = FIELDS.filter(function (f) { return document.getElementById('cf-field-' + f).checked; })
        .map(function (f) { return f + (document.getElementById('cf-required-' + f).checked ? '*' : ''); });
      a.push(['data-lead', fields.join(',')]);
      ['lead-privacy', 'lead-url', 'lead-hubspot'].forEach(function (n) { if (value('cf-' + n)) a.push(['data-' + n, value('cf-' + n)]); });
    }
    if (document.getElementById('cf-send-answers').checked) a.push(['data-send-answers', '']);
    if (document.getElementById('cf-datalayer').checked) a.push(['data-datalayer', '']);
    if (value('cf-variant')) a.push(['data-variant', value('cf-variant')]);
    return a;
  }

  function escape(s) {
    return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  }

  function csp(a) {
    var lines = ['Your page:  frame-src ' + widgetOrigin + '; script-src ' + widgetOrigin];
    var connect = [];
    a.forEach(function (p) {
      if (p[0] === 'data-lead-url') {
        // A path is on your page's origin (embed.js resolves it there), not this page's.
        if (/^[a-z][a-z0-9+.-]*:/i.test(p[1])) {
          try { connect.push(new URL(p[1]).origin); } catch (e) { /* the widget reports it */ }
        } else {
          connect.push('<your site\'s origin>');
        }
      }
      if (p[0] === 'data-lead-hubspot') connect.push('https://api.hsforms.com');
    });
    if (connect.length) lines.push("The widget's pages:  connect-src 'self' " + connect.join(' '));
    return lines.join('\n');
  }

  var timer = null;
  function update() {
    var a = attributes();
    var attrs = a.map(function (p) { return p[1] === '' ? p[0] : p[0] + '="' + escape(p[1]) + '"'; });
    snippet.value = '<div id="rolefit"\n     ' + attrs.join('\n     ') + '></div>\n' +
      '<script src="' + embedUrl + '" defer></script>';
    document.getElementById('cf-csp').textContent = csp(a);
    document.getElementById('cf-copied').textContent = '';
    clearTimeout(timer);
    timer = setTimeout(function () { mount(a); }, 300);
  }

  // A fresh element each time: the embed script builds its frame from the attributes once.
  var mounted = 0;
  function mount(a) {
    var el = document.createElement('div');
    el.id = 'cf-widget-' + (++mounted);
    a.forEach(function (p) { el.setAttribute(p[0], p[1]); });
    preview.replaceChildren(el);
    window.rolefit.mount(el).then(function (frame) {
      frame.addEventListener('load', function () { watchProblems(frame); });
    }, function (e) {
      console.error('rolefit: the preview could not be made', e);
    });
  }

  // The widget's own messages about the settings, shown beside the form.
  function watchProblems(frame) {
    var tries = 0;
    (function look() {
      var doc = frame.contentDocument;
      var app = doc && doc.querySelector('main.rf:not([aria-busy])');
      if (!app && ++tries < 50) return setTimeout(look, 100);
      problems.replaceChildren();
      if (!app) return;
      Array.prototype.forEach.call(doc.querySelectorAll('.rf-notice'), function (n) {
        var p = document.createElement('p');
        p.textContent = n.textContent;
        problems.appendChild(p);
      });
    })();
  }

  document.getElementById('cf-add-cta').addEventListener('click', addRow);
  form.addEventListener('input', update);
  form.addEventListener('change', function (e) {
    if (e.target === form.elements.rolefit) fillTargets();
    update();
  });
  document.getElementById('cf-copy').addEventListener('click', function () {
    var done = function (ok) { document.getElementById('cf-copied').textContent = ok ? 'Copied.' : 'Select the text and copy it.'; };
    if (navigator.clipboard) navigator.clipboard.writeText(snippet.value).then(function () { done(true); }, function () { done(false); });
    else done(false);
  });
  update();
})();
