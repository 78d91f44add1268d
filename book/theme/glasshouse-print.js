// The facilitator's copy: on workbook pages a switch prints the self-check answers, and
// `?facilitator` (for example print.html?facilitator) turns it on for the whole book.
// Nothing is fetched or sent; the choice is kept in this tab only.
(function () {
  "use strict";
  var KEY = "glasshouse/facilitator";
  var root = document.documentElement;
  // The self-check answers are <details>: a closed one prints nothing, so open them.
  function answers(open) {
    var all = document.querySelectorAll("main details:not(.gh-full)");
    for (var i = 0; i < all.length; i++) {
      if (all[i].closest(".gh-fact, .gh-card, .gh-findings-block")) continue;
      all[i].open = open;
    }
  }
  function set(on) {
    root.classList.toggle("gh-facilitator", on);
    answers(on);
    try { sessionStorage.setItem(KEY, on ? "1" : "0"); } catch (e) { /* storage off */ }
  }
  var on = /[?&]facilitator\b/.test(location.search);
  if (!on) {
    try { on = sessionStorage.getItem(KEY) === "1"; } catch (e) { on = false; }
  }
  set(on);
  if (!document.querySelector(".worksheet")) return;
  var main = document.querySelector("main");
  if (!main || location.pathname.endsWith("print.html")) return;
  var box = document.createElement("p");
  box.className = "gh-print-switch";
  var label = document.createElement("label");
  var input = document.createElement("input");
  input.type = "checkbox";
  input.checked = on;
  input.addEventListener("change", function () { set(input.checked); });
  label.appendChild(input);
  label.appendChild(document.createTextNode(
    " Facilitator's copy: print the self-check answers (a learner's copy leaves room to write instead)"));
  box.appendChild(label);
  var h1 = main.querySelector("h1");
  if (h1 && h1.nextSibling) main.insertBefore(box, h1.nextSibling); else main.prepend(box);
})();
