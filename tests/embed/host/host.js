/*
 * The portal's own glue for the widgets, written the way its developers write everything: with the old `$` library.
 * Test fixture: shows the widgets' events on the page as text (the page's Trusted Types policy allows no markup).
 */
(function ($) {
  'use strict';

  $(document).on('sixin-select', function (event) {
    var category = event.detail.category;
    var text = '已选择：' + category.name;
    if (event.detail.industry) text += '（' + event.detail.industry.code + ' ' + event.detail.industry.name + '）';
    $('#chosen').text(text);
  });

  $(document).on('sixin-search', function (event) {
    $('#search-count').text('找到 ' + event.detail.result.categories.length + ' 个相关分类');
  });

  $(document).on('sixin-checker-complete', function (event) {
    var applies = event.detail.outcomes.filter(function (outcome) {
      return outcome.status === 'applies';
    });
    $('#checker-outcome').text('自查完成：' + applies.length + ' 项措施适用');
  });
})(window.jQuery);
