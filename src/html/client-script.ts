/**
 * The only script, inlined and allowed by its hash in the Content-Security-Policy. It enhances
 * pages that already work without it: copy buttons next to feed URLs, the filter form's URL
 * shown live as you type (built exactly as the server's `/build` does, see feed-url.ts), and
 * update times restated as "12 minutes ago". It reads the page, never any upstream data.
 */
export const CLIENT_SCRIPT = `
(function () {
  'use strict';
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var input = document.getElementById(button.getAttribute('data-copy'));
    if (!input) return;
    button.hidden = false;
    button.addEventListener('click', function () {
      input.select();
      var done = function (label) {
        button.textContent = label;
        setTimeout(function () { button.textContent = 'Copy'; }, 1600);
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(input.value).then(function () { done('Copied'); }, function () { done('Press Ctrl+C'); });
      } else {
        done('Press Ctrl+C');
      }
    });
  });
  document.querySelectorAll('input[readonly]').forEach(function (input) {
    input.addEventListener('focus', function () { input.select(); });
  });

  var form = document.getElementById('builder');
  var live = document.getElementById('builder-live');
  var output = document.getElementById('builder-url');
  var open = document.getElementById('builder-open');
  if (form && live && output && open) {
    var update = function () {
      var data = new FormData(form);
      var params = new URLSearchParams();
      var defaults = { source: 'trending', sort: 'new' };
      ['source', 'q', 'min_upvotes', 'sort'].forEach(function (name) {
        var value = String(data.get(name) || '').trim();
        if (value !== '' && value !== defaults[name]) params.set(name, value);
      });
      var search = params.toString();
      var url = location.origin + '/feeds/' + data.get('topic') + '.' + data.get('format') + (search ? '?' + search : '');
      output.value = url;
      open.href = url;
    };
    live.hidden = false;
    form.addEventListener('input', update);
    form.addEventListener('change', update);
    update();
  }

  var units = [['day', 86400], ['hour', 3600], ['minute', 60]];
  document.querySelectorAll('time[data-ago]').forEach(function (time) {
    var at = Date.parse(time.getAttribute('datetime') || '');
    if (!isFinite(at)) return;
    var seconds = Math.round((Date.now() - at) / 1000);
    var text = 'just now';
    for (var i = 0; i < units.length; i++) {
      var n = Math.floor(seconds / units[i][1]);
      if (n >= 1) { text = n + ' ' + units[i][0] + (n === 1 ? '' : 's') + ' ago'; break; }
    }
    time.title = new Date(at).toLocaleString();
    time.textContent = text;
  });
})();
`;
