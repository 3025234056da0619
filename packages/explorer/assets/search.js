// Search over the prebuilt index (search-index.js): every word of the query must occur, case and accents ignored.
(function () {
  'use strict';
  var index = window.cyberlexSearch || [];
  var form = document.querySelector('form.search');
  var input = document.getElementById('q');
  var list = document.getElementById('results');
  var status = document.getElementById('search-status');
  var fold = function (s) { return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); };
  var folded = index.map(function (e) { return fold(e.t + ' ' + e.x); });
  var snippet = function (text, word) {
    var at = fold(text).indexOf(word);
    var start = Math.max(0, at - 80);
    return (start > 0 ? '… ' : '') + text.slice(start, start + 240) + (start + 240 < text.length ? ' …' : '');
  };
  var run = function (q) {
    list.textContent = '';
    var words = fold(q).split(/\s+/).filter(Boolean);
    if (words.length === 0) { status.textContent = ''; return; }
    var hits = [];
    folded.forEach(function (text, i) {
      if (words.every(function (w) { return text.indexOf(w) !== -1; })) hits.push(index[i]);
    });
    status.textContent = hits.length + (hits.length === 1 ? ' result' : ' results') + (hits.length > 100 ? ' (first 100 shown)' : '');
    hits.slice(0, 100).forEach(function (e) {
      var li = document.createElement('li');
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = e.k;
      var a = document.createElement('a');
      a.href = e.u;
      a.textContent = e.t;
      var p = document.createElement('p');
      p.textContent = snippet(e.x, words[0]);
      li.appendChild(kind);
      li.appendChild(a);
      li.appendChild(p);
      list.appendChild(li);
    });
  };
  var fromQuery = new URLSearchParams(location.search).get('q');
  if (fromQuery) { input.value = fromQuery; run(fromQuery); }
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    history.replaceState(null, '', '?q=' + encodeURIComponent(input.value));
    run(input.value);
  });
  input.addEventListener('input', function () { run(input.value); });
})();
