/*!
 * 江北区人民政府门户网站 公共脚本 v2.3 (2014)
 * A stand-in for the old jQuery-era script every portal carries: a tiny `$` library, prototype extensions, global
 * handlers, and page behaviours that walk the whole DOM. Test fixture: written for this repository, in the style of
 * such scripts, so the widgets are tested next to the kind of code they will meet. It follows its own page's
 * Trusted Types policy (text only, no markup strings), as it must on a page with that policy.
 */
(function (window, document) {
  'use strict';

  function Query(elements) {
    for (var i = 0; i < elements.length; i++) this[i] = elements[i];
    this.length = elements.length;
  }

  function $(selector) {
    if (typeof selector === 'function') {
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', selector);
      else selector();
      return undefined;
    }
    if (typeof selector === 'string') return new Query(document.querySelectorAll(selector));
    return new Query(selector && selector.nodeType ? [selector] : selector === window ? [window] : []);
  }

  $.fn = Query.prototype = {
    each: function (callback) {
      for (var i = 0; i < this.length; i++) callback.call(this[i], i, this[i]);
      return this;
    },
    css: function (name, value) {
      var styles = typeof name === 'object' ? name : {};
      if (typeof name === 'string') styles[name] = value;
      return this.each(function () {
        if (!this.style) return;
        for (var key in styles)
          if (Object.prototype.hasOwnProperty.call(styles, key)) this.style.setProperty(key, styles[key]);
      });
    },
    attr: function (name, value) {
      return this.each(function () {
        this.setAttribute(name, value);
      });
    },
    addClass: function (name) {
      return this.each(function () {
        this.classList.add(name);
      });
    },
    text: function (value) {
      return this.each(function () {
        this.textContent = value;
      });
    },
    // on(event, handler) or, delegated, on(event, selector, handler); `return false` stops the event like jQuery.
    on: function (type, selector, handler) {
      if (typeof selector === 'function') {
        handler = selector;
        selector = null;
      }
      return this.each(function () {
        var root = this;
        root.addEventListener(type, function (event) {
          var target = selector ? event.target.closest && event.target.closest(selector) : root;
          if (!target) return;
          if (handler.call(target, event) === false) {
            event.preventDefault();
            event.stopPropagation();
          }
        });
      });
    },
  };

  $.cookie = function (name, value) {
    document.cookie = name + '=' + encodeURIComponent(value) + '; path=/; SameSite=Lax';
  };

  window.$ = window.jQuery = $;

  // The visit counter's cookie, set as soon as the script runs (before any module script on the page).
  $.cookie('portal_visit', '1');

  // An AMD loader's global, left over from an old module system: UMD code that sees it registers itself there.
  window.define = function () {};
  window.define.amd = { jQuery: true };

  // Prototype-era helpers, enumerable, so every `for…in` over an array meets them.
  Array.prototype.remove = function (item) {
    var index = this.indexOf(item);
    if (index > -1) this.splice(index, 1);
    return this;
  };
  String.prototype.format = function () {
    var args = arguments;
    return this.replace(/\{(\d+)\}/g, function (match, n) {
      return args[n] !== undefined ? args[n] : match;
    });
  };

  // 禁止右键、禁止 F12 和“查看源代码”: still on many portals.
  document.oncontextmenu = function () {
    return false;
  };
  document.onkeydown = function (event) {
    if (event.keyCode === 123 || (event.ctrlKey && event.keyCode === 85)) return false;
    return undefined;
  };

  window.portalStats = { clicks: 0, keys: 0 };

  $(function () {
    // The portal's font and spacing on every element, inline, to beat every stylesheet.
    $('*').css({ 'font-family': 'SimSun, serif', 'line-height': '2' });

    // 去掉链接的虚线框: blur every link as soon as it gets focus.
    $('a').on('focus', function () {
      this.blur();
    });
    $('a[href^="http"]').attr('target', '_blank');
    $('table tr:nth-child(even)').addClass('alt');

    // 字号：大 中 小, remembered in localStorage.
    var saved = window.localStorage.getItem('portal-font-size');
    if (saved) $('body').css('font-size', saved);
    $('.font-size').on('click', 'a', function () {
      var size = this.getAttribute('data-size');
      $('body').css('font-size', size);
      window.localStorage.setItem('portal-font-size', size);
      return false;
    });

    // Visit statistics on every click and key press anywhere on the page.
    $(document).on('click', function () {
      window.portalStats.clicks++;
    });
    $(document).on('keyup', function () {
      window.portalStats.keys++;
    });

    // The floating notice in the corner.
    var notice = document.createElement('div');
    notice.className = 'float-notice';
    notice.textContent = '{0}年{1}月 政务服务满意度调查'.format(2025, 6);
    document.body.appendChild(notice);
  });
})(window, document);
