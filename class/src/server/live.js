// The class's live pages: the page listens to the class's event stream (/events) and reloads
// itself when the class moves on (a phase, a message, a raid finished), but never while the
// person is typing: it waits until they send or clear what they wrote. The browser's EventSource
// reconnects by itself after a server restart or a Wi-Fi drop; meanwhile the page says so. Without
// JavaScript every page works as plain forms and a reload.
(() => {
  const body = document.body;
  if (!window.EventSource || !body.dataset.live) return;
  const status = document.createElement('p');
  status.className = 'live-status';
  status.setAttribute('role', 'status');
  status.hidden = true;
  status.textContent = body.dataset.reconnecting || '';
  body.prepend(status);
  // Typing: a text field has the focus, or holds something the person wrote since the page came.
  const written = new Set();
  document.addEventListener('input', (e) => written.add(e.target));
  const field = (el) => el && (el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && ['text', 'search', ''].includes(el.type)));
  const typing = () => field(document.activeElement) || [...written].some((el) => el.isConnected && el.value.trim() !== '');
  let seen = null;
  let pending = false;
  const reload = () => { if (typing()) { pending = true; } else { location.reload(); } };
  document.addEventListener('focusout', () => { if (pending) setTimeout(reload, 300); });
  const events = new EventSource('/events');
  events.addEventListener('update', (e) => {
    status.hidden = true;
    if (seen !== null && e.data !== seen) reload();
    seen = e.data;
  });
  events.onerror = () => { status.hidden = false; };
})();
