// The core in a worker: a long run (forty-members takes seconds in WebAssembly) leaves the page
// responsive — its status is announced, the keyboard and screen reader keep working.
// Messages in: { id, name, args }; out: { id, ok } with the core's JSON text, or { id, fail }.
import init, * as core from './glasshouse_player.js';

const ready = init();
self.onmessage = async (e) => {
  const { id, name, args } = e.data;
  try {
    await ready;
    self.postMessage({ id, ok: core[name](...args) });
  } catch (err) {
    self.postMessage({ id, fail: String(err && err.message ? err.message : err) });
  }
};
