/* Host script of hostile.html (see there). Plain script, run before the bundle. */
(function () {
  'use strict';
  window.__pwned = 0;
  window.__events = [];
  window.__clicks = 0;
  ['sixin-load', 'sixin-error'].forEach(function (type) {
    document.addEventListener(type, function (event) {
      window.__events.push({
        type: type,
        source: event.detail.source,
        code: event.detail.problem ? event.detail.problem.code : null,
      });
    });
  });
  document.addEventListener('click', function (event) {
    if (event.target && event.target.id === 'host-button') window.__clicks++;
  });
  if (/[?&]polluted\b/.test(location.search)) {
    // What a careless library (or an attacker's prototype pollution) leaves on every object of the page.
    var pollution = {
      href: 'javascript:window.__pwned=1',
      children: ['1.1', '1.1'],
      parent: '9',
      status: 'inferred',
      partial: true,
      answeredBySearch: 'no',
      licensed: true,
      hint: { 'zh-CN': '（注入的提示）', en: '(injected hint)' },
      help: { 'zh-CN': '（注入的说明）', en: '(injected help)' },
      permit: ['yes'],
      'in-directory': ['no'],
    };
    Object.keys(pollution).forEach(function (key) {
      Object.prototype[key] = pollution[key];
    });
  }
})();
