/*
 * Stands in for a host site's own Lit: creates Lit's Trusted Types policy "lit-html" before our bundle loads, and uses
 * it, as Lit does, to put a template into the page.
 */
(function () {
  'use strict';
  var policy = window.trustedTypes.createPolicy('lit-html', {
    createHTML: function (html) {
      return html;
    },
  });
  var template = document.createElement('template');
  template.innerHTML = policy.createHTML('<span id="host-lit">宿主页面自己的 Lit 正常工作</span>');
  document.addEventListener('DOMContentLoaded', function () {
    document.getElementById('host-widget').appendChild(template.content.cloneNode(true));
  });
})();
