// Small enhancements; every page reads without them.
// Provision pages: show the version in force on the date picked (#on=YYYY-MM-DD keeps it in the address).
// The matrix: filter rows by assessment and chapter.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  var picker = document.querySelector('form.date-picker');
  if (picker) {
    var input = picker.querySelector('input[type=date]');
    var status = picker.querySelector('output');
    var versions = Array.prototype.slice.call(document.querySelectorAll('section.version[data-from]'));
    var none = document.querySelector('.not-in-force');
    var fromHash = function () {
      var m = /^#on=(\d{4}-\d{2}-\d{2})$/.exec(location.hash);
      return m ? m[1] : null;
    };
    var today = function () {
      var d = new Date();
      var pad = function (n) { return (n < 10 ? '0' : '') + n; };
      return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
    };
    var show = function (date) {
      var shown = null;
      versions.forEach(function (v) {
        var from = v.getAttribute('data-from');
        var until = v.getAttribute('data-until');
        // a version whose start no source gives counts as in force from the beginning
        var on = (from === '' || from <= date) && (until === '' || date < until);
        if (on && shown === null) shown = v;
        v.classList.toggle('off', !(on && shown === v));
      });
      if (none) none.hidden = shown !== null;
      status.textContent = shown ? shown.querySelector('h3').textContent : 'Not in force on ' + date;
    };
    picker.hidden = false;
    picker.addEventListener('submit', function (e) { e.preventDefault(); });
    input.value = fromHash() || today();
    show(input.value);
    input.addEventListener('change', function () {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(input.value)) return;
      history.replaceState(null, '', '#on=' + input.value);
      show(input.value);
    });
    window.addEventListener('hashchange', function () {
      var d = fromHash();
      if (d) { input.value = d; show(d); }
    });
  }

  var filters = document.querySelector('form.filters');
  if (filters) {
    var rows = Array.prototype.slice.call(document.querySelectorAll('table.matrix tbody tr'));
    var assessment = filters.querySelector('#f-assessment');
    var chapter = filters.querySelector('#f-chapter');
    var count = filters.querySelector('#f-count');
    var apply = function () {
      var n = 0;
      rows.forEach(function (r) {
        var on = (!assessment.value || r.getAttribute('data-assessment') === assessment.value) && (!chapter.value || r.getAttribute('data-chapter') === chapter.value);
        r.classList.toggle('off', !on);
        if (on) n++;
      });
      count.textContent = n + ' of ' + rows.length + ' articles';
    };
    filters.hidden = false;
    filters.addEventListener('submit', function (e) { e.preventDefault(); });
    assessment.addEventListener('change', apply);
    chapter.addEventListener('change', apply);
    apply();
  }
})();
