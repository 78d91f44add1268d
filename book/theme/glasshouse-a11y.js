// Small repairs to mdBook's page for keyboard and screen-reader users (found by axe-core in
// scripts/web-check.sh): the sidebar toggle is a <label> carrying aria-label and aria-expanded,
// which only a button may carry, so it becomes a focusable button that Enter and Space press;
// code blocks and tables that scroll sideways become focusable, so the keyboard can scroll them;
// a nested list in the "on this page" outline is put inside the item it belongs to.
(function () {
  function repair() {
    var toggle = document.getElementById('mdbook-sidebar-toggle');
    if (toggle && !toggle.hasAttribute('role')) {
      toggle.setAttribute('role', 'button');
      if (!toggle.hasAttribute('tabindex')) toggle.setAttribute('tabindex', '0');
      toggle.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle.click(); }
      });
    }
    var scrollers = document.querySelectorAll('pre > code, .table-wrapper, pre');
    for (var i = 0; i < scrollers.length; i++) {
      var el = scrollers[i];
      if (el.scrollWidth > el.clientWidth + 1 && !el.hasAttribute('tabindex') && !el.querySelector('a, button, input, [tabindex]')) {
        el.setAttribute('tabindex', '0');
      }
    }
    var lists = document.querySelectorAll('.on-this-page ul, .on-this-page ol');
    for (var j = 0; j < lists.length; j++) {
      var kids = Array.prototype.slice.call(lists[j].children);
      for (var k = 0; k < kids.length; k++) {
        var kid = kids[k];
        if (kid.tagName === 'LI' || kid.tagName === 'SCRIPT' || kid.tagName === 'TEMPLATE') continue;
        var prev = kid.previousElementSibling;
        if (prev && prev.tagName === 'LI') prev.appendChild(kid);
        else { var li = document.createElement('li'); lists[j].insertBefore(li, kid); li.appendChild(kid); }
      }
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', repair); else repair();
  window.addEventListener('load', repair); // after mdBook's own scripts built the outline
  window.addEventListener('resize', repair);
})();
