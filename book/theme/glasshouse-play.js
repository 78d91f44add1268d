// "Play in your browser" on every scenario card: loads the web player (play/, HTML over the core
// in WebAssembly) in an iframe only when the reader clicks, so a chapter downloads nothing of it
// until then, with a link to the same player on a page of its own (better on a phone). Same
// origin only.
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
    // The frame at once (no round trip first); the check runs beside it and replaces the frame
    // with a sentence if this book was built without the player.
    var frame = document.createElement('iframe');
    frame.src = url;
    frame.title = button.dataset.title || 'Glasshouse simulator';
    frame.className = 'gh-play-iframe';
    frame.setAttribute('allow', 'fullscreen');
    holder.appendChild(frame);
    var own = document.createElement('a');
    own.href = url;
    own.className = 'gh-play-own';
    own.textContent = button.dataset.own || 'Open the player on a page of its own';
    holder.appendChild(own);
    button.textContent = button.dataset.playing || button.textContent;
    frame.focus();
    fetch(root() + 'play/index.html', { method: 'HEAD' }).then(function (r) {
      if (!r.ok) throw new Error(String(r.status));
    }).catch(function () {
      holder.textContent = button.dataset.missing || 'The browser simulator is not in this build of the book.';
    });
  });
})();
