// "Play in your browser" on every scenario card: loads the simulator (play/) in an iframe only
// when the reader clicks, so a chapter downloads no WebAssembly until then. Same origin only.
(function () {
  function root() {
    return typeof path_to_root === 'string' ? path_to_root : '';
  }
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('.gh-play') : null;
    if (!button) return;
    var card = button.closest('.gh-card');
    var holder = card ? card.querySelector('.gh-play-frame') : null;
    if (!holder || holder.querySelector('iframe')) return;
    var url = root() + 'play/index.html?scenario=' + encodeURIComponent(button.dataset.scenario);
    var lang = document.documentElement.lang;
    if (lang && lang !== 'en') url += '&lang=' + encodeURIComponent(lang);
    fetch(root() + 'play/index.html', { method: 'HEAD' }).then(function (r) {
      if (!r.ok) throw new Error(String(r.status));
      var frame = document.createElement('iframe');
      frame.src = url;
      frame.title = button.dataset.title || 'Glasshouse simulator';
      frame.className = 'gh-play-iframe';
      frame.setAttribute('allow', 'fullscreen');
      holder.appendChild(frame);
      button.textContent = button.dataset.playing || button.textContent;
      frame.focus();
    }).catch(function () {
      holder.textContent = button.dataset.missing || 'The browser simulator is not in this build of the book.';
    });
  });
})();
