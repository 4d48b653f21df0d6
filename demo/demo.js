// Demo host pages: log every rolefit event, as a host's analytics would receive them.
(function () {
  var log = document.getElementById('events');
  ['ready', 'started', 'step', 'completed', 'answers', 'cta', 'lead', 'abandoned', 'opened', 'closed', 'error'].forEach(function (type) {
    window.addEventListener('rolefit:' + type, function (e) {
      var d = Object.assign({}, e.detail);
      d.element = d.element && d.element.id ? '#' + d.element.id : undefined;
      window.rolefitEvents = window.rolefitEvents || [];
      window.rolefitEvents.push({ type: type, detail: d });
      if (log) log.textContent += type + ' ' + JSON.stringify(d) + '\n';
    });
  });
})();
