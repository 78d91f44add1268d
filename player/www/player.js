// Glasshouse's web player: plain DOM over the core compiled to WebAssembly (glasshouse_player.js).
// Screens: scenarios → briefing → choices → run (SVG map + live event log) → notebook → debrief.
// No framework, no build step, no request beyond this folder; progress stays in localStorage.
// The screens before the run come from data the book build wrote (inline in index.html for
// English, data/LANG.json otherwise), so they are usable before the WebAssembly has arrived;
// the core loads meanwhile and is needed from "Start the run" on.
let core = null;
let coreReady = null;
let views = null;
// The notebook and debrief screens, loaded with the core (they follow a run).
const loadViews = () => (views ||= import('./views.js'));
function loadCore() {
  coreReady ||= import('./glasshouse_player.js').then(async (m) => { await m.default(); core = m; loadViews(); return m; });
  return coreReady;
}

const STORE = 'glasshouse-player';
const RUN_SECONDS = 24; // real seconds a whole run takes at normal speed, as in the window
const SPEEDS = { slow: 0.5, normal: 1, fast: 3 };
const STEPS = ['scenarios', 'briefing', 'setup', 'run', 'notebook', 'debrief'];
const SVG = 'http://www.w3.org/2000/svg';
const reduced = matchMedia('(prefers-reduced-motion: reduce)');

// What views.js may use (function declarations below are hoisted).
const ui = { get state() { return state; }, t, h, put, button, show, get, call, complete: () => complete() };
const state = {
  lang: 'en', dir: 'ltr', t: {}, locales: [], data: null, screen: 'scenarios', scenario: null,
  choices: {}, run: null, now: 0, playing: false, speed: 'normal', timer: null, last: 0,
  logShown: 0, errors: [],
};

// ---- storage: progress and choices, only on this device -------------------------------------
function load() {
  try { return JSON.parse(localStorage.getItem(STORE)) || {}; } catch { return {}; }
}
function save(patch) {
  try { localStorage.setItem(STORE, JSON.stringify({ ...load(), ...patch })); } catch { /* private mode */ }
}

// ---- words ------------------------------------------------------------------------------------
function t(key, args = {}) {
  let s = state.t[key] ?? key;
  for (const [k, v] of Object.entries(args)) s = s.split(`{$${k}}`).join(String(v)).split(`{ $${k} }`).join(String(v));
  return s;
}
function call(name, ...args) {
  const v = JSON.parse(core[name](...args));
  if (v && !Array.isArray(v) && typeof v.error === 'string') throw new PlayerError(v.error);
  return v;
}
class PlayerError extends Error {}
// The same call, in the core's worker when the page can start one (a browser may refuse module
// workers, e.g. from file://): a run takes the worker's thread, not the page's.
let worker;
let asked = 0;
const HERE = Symbol('computed on the page');
const waiting = new Map();
function startWorker() {
  if (worker !== undefined) return worker;
  worker = null;
  try {
    const w = new Worker(new URL('./core-worker.js', import.meta.url), { type: 'module' });
    w.onmessage = (e) => {
      const { id, ok, fail } = e.data;
      const p = waiting.get(id);
      waiting.delete(id);
      if (p) (fail === undefined ? p.ok(ok) : p.fail(new Error(fail)));
    };
    // A worker that cannot load (blocked, or its module missing): every waiting call runs here.
    w.onerror = (e) => {
      e.preventDefault();
      worker = null;
      for (const [, p] of waiting) p.retry();
      waiting.clear();
    };
    worker = w;
  } catch { worker = null; }
  return worker;
}
async function callOffThread(name, ...args) {
  const here = async () => { await loadCore(); return call(name, ...args); };
  const w = startWorker();
  if (!w) return here();
  const text = await new Promise((ok, fail) => {
    const id = ++asked;
    waiting.set(id, { ok, fail, retry: () => here().then((v) => ok({ [HERE]: v }), fail) });
    w.postMessage({ id, name, args });
  });
  if (text && typeof text === 'object' && HERE in text) return text[HERE];
  const v = JSON.parse(text);
  if (v && !Array.isArray(v) && typeof v.error === 'string') throw new PlayerError(v.error);
  return v;
}
// A screen's data: from the build's data, else (a trainer's scenario) from the core.
async function get(kind, id) {
  const have = kind === 'scenarios' ? state.data.scenarios : state.data[kind]?.[id];
  if (have) return have;
  return callOffThread(kind === 'briefings' ? 'briefing' : kind === 'setups' ? 'setup' : 'scenarios', ...(id ? [id] : []), state.lang);
}

// Matrix ids, server names and addresses stay left to right inside any text (<bdi dir="ltr">).
const LTR = /([@!#$+][\w.=\-/]+:[\w.\-]+|[\w\-]+(?:\.[\w\-]+)*\.(?:example|org|com|net|io|invalid|test|onion|social|chat)\b|\d{1,3}(?:\.\d{1,3}){3})/g;
function put(el, text) {
  text = String(text ?? '');
  el.textContent = '';
  let at = 0;
  for (const m of String(text).matchAll(LTR)) {
    if (m.index > at) el.append(text.slice(at, m.index));
    const b = document.createElement('bdi');
    b.dir = 'ltr';
    b.textContent = m[0];
    el.append(b);
    at = m.index + m[0].length;
  }
  if (at < text.length) el.append(text.slice(at));
  return el;
}
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v == null) continue;
    if (k === 'text') put(el, v);
    else if (k === 'on') for (const [ev, f] of Object.entries(v)) el.addEventListener(ev, f);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) if (c != null && c !== false) el.append(c);
  return el;
}
function button(label, onClick, cls = 'button') {
  return h('button', { type: 'button', class: cls, on: { click: onClick } }, label);
}
function announce(text) {
  const a = document.getElementById('announce');
  a.textContent = '';
  // A fresh node makes screen readers speak a repeated sentence too.
  requestAnimationFrame(() => put(a, text));
}

// ---- screens ------------------------------------------------------------------------------------
const main = () => document.getElementById('main');

async function show(screen, { focus = true } = {}) {
  stop();
  state.screen = screen;
  const body = document.createDocumentFragment();
  const later = (name) => (m) => loadViews().then((v) => v[name](m, ui));
  const render = { scenarios, briefing, setup, run: runScreen, notebook: later('notebook'), debrief: later('debrief') }[screen];
  try {
    await render(body);
  } catch (e) {
    body.append(h('div', { class: 'error-summary', role: 'alert' }, h('h1', { text: t('player-error-summary') }), h('p', { text: e.message })));
  }
  if (state.screen !== screen) return;
  const m = main();
  m.textContent = '';
  m.append(body);
  if (screen === 'run') tick();
  steps();
  const h1 = m.querySelector('h1');
  document.title = `${h1 ? h1.textContent + ' — ' : ''}${t('player-title')}`;
  if (focus && h1) { h1.tabIndex = -1; h1.focus(); }
  const url = new URL(location.href);
  if (state.scenario) url.searchParams.set('scenario', state.scenario); else url.searchParams.delete('scenario');
  url.searchParams.set('lang', state.lang);
  history.replaceState(null, '', url);
}

function steps() {
  const ol = document.getElementById('steps');
  ol.textContent = '';
  const reachable = {
    scenarios: true, briefing: !!state.scenario, setup: !!state.scenario,
    run: !!state.run, notebook: !!state.run, debrief: !!state.run,
  };
  for (const s of STEPS) {
    const label = t(`player-step-${s}`);
    const current = s === state.screen;
    const li = h('li', {});
    if (current) li.append(h('span', { 'aria-current': 'step', class: 'step current' }, label));
    else if (reachable[s]) li.append(button(label, () => show(s), 'step link'));
    else li.append(h('span', { class: 'step off' }, label));
    ol.append(li);
  }
}

async function scenarios(m) {
  const done = new Set(load().completed || []);
  const list = await get('scenarios');
  const ul = h('ul', { class: 'cards' });
  for (const s of list) {
    ul.append(h('li', { class: 'card' },
      h('h2', { text: s.title }),
      h('p', { text: s.summary }),
      h('p', { class: 'meta' }, t('player-minutes', { minutes: s.minutes }),
        done.has(s.id) ? h('span', { class: 'tag' }, ` · ${t('player-completed')}`) : null),
      h('button', { type: 'button', class: 'button', 'data-id': s.id, text: t('player-open', { title: s.title }),
        on: { click: () => open(s.id) } })));
  }
  m.append(h('h1', { text: t('player-scenarios-heading') }), h('p', { class: 'lead', text: t('player-scenarios-intro') }), ul);
}

function open(id) {
  state.scenario = id;
  state.run = null;
  state.choices = (load().choices || {})[id] || {};
  show('briefing');
}

async function briefing(m) {
  const b = await get('briefings', state.scenario);
  m.append(
    h('h1', { text: b.title }),
    h('p', { class: 'meta' }, t('player-minutes', { minutes: b.minutes })),
    h('h2', { text: t('player-briefing-heading') }),
    h('p', { class: 'lead', text: b.briefing }),
    h('div', { class: 'actions' }, button(t('player-continue'), () => show('setup')),
      button(t('player-other-scenario'), () => { state.scenario = null; show('scenarios'); }, 'button secondary')));
}

async function setup(m) {
  const s = await get('setups', state.scenario);
  const form = h('form', { novalidate: true, on: { submit: (e) => { e.preventDefault(); start(form, s); } } });
  if (state.errors.length) form.append(errorSummary(state.errors));
  for (const c of s.choices) {
    const chosen = state.choices[c.key] ?? c.default;
    const err = state.errors.find((e) => e.key === c.key);
    const fs = h('fieldset', { class: `field${err ? ' has-error' : ''}`, 'aria-describedby': err ? `err-${c.key}` : false },
      h('legend', { text: c.label }));
    if (err) fs.append(h('p', { id: `err-${c.key}`, class: 'error-message', text: err.text }));
    const radios = h('div', { class: 'radios' });
    c.options.forEach((o, i) => {
      const id = `c-${c.key}-${i}`;
      radios.append(h('div', { class: 'radio' },
        h('input', { type: 'radio', id, name: c.key, value: o.value, checked: o.value === chosen }),
        h('label', { for: id, text: o.label })));
    });
    fs.append(radios);
    form.append(fs);
  }
  const goals = h('ul', { class: 'objectives' }, s.objectives.map((o) => h('li', { text: o.text })));
  form.append(h('h2', { text: t('player-objectives-heading') }), goals,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button start' }, t('player-start'))));
  m.append(h('h1', { text: s.title }), h('h2', { text: t('player-setup-heading') }),
    h('p', { text: t('player-setup-intro') }), form);
  if (state.errors.length) requestAnimationFrame(() => form.querySelector('.error-summary')?.focus());
  state.errors = [];
}

function errorSummary(errors) {
  return h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', 'aria-labelledby': 'error-title' },
    h('h2', { id: 'error-title', text: t('player-error-summary') }),
    h('ul', {}, errors.map((e) => h('li', {}, e.key
      ? h('a', { href: `#c-${e.key}-0`, text: e.text, on: { click: (ev) => { ev.preventDefault(); document.getElementById(`c-${e.key}-0`)?.focus(); } } })
      : h('span', { text: e.text })))));
}

function start(form, s) {
  const choices = {};
  const errors = [];
  for (const c of s.choices) {
    const v = form.querySelector(`input[name="${CSS.escape(c.key)}"]:checked`);
    if (v) choices[c.key] = v.value; else errors.push({ key: c.key, text: t('player-error-choose', { label: c.label }) });
  }
  state.choices = choices;
  if (errors.length) { state.errors = errors; show('setup', { focus: false }); return; }
  save({ choices: { ...(load().choices || {}), [state.scenario]: choices } });
  const m = main();
  m.querySelector('.start').disabled = true;
  m.append(h('p', { role: 'status', class: 'running', text: t('player-running') }));
  m.setAttribute('aria-busy', 'true');
  // Let the page say so before the run starts (on the main thread, it takes the thread).
  new Promise((ok) => setTimeout(ok, 30)).then(() => callOffThread('run', state.scenario, state.lang, JSON.stringify(choices))).then((run) => {
    m.removeAttribute('aria-busy');
    state.run = run;
    state.now = 0;
    state.logShown = 0;
    show('run').then(() => { if (!reduced.matches) play(); });
  }, (e) => {
    m.removeAttribute('aria-busy');
    state.errors = [{ text: e instanceof PlayerError ? e.message : t('player-load-failed') }];
    show('setup', { focus: false });
  });
}

// ---- the run: map, controls, log ------------------------------------------------------------
function runScreen(m) {
  const r = state.run;
  m.append(h('h1', { text: r.title }), h('h2', { text: t('player-run-heading') }));
  const controls = h('div', { class: 'controls', role: 'group', 'aria-label': t('player-controls') },
    h('button', { type: 'button', id: 'play', class: 'button', on: { click: toggle } }, t('player-play')),
    button(t('player-step'), step, 'button secondary'),
    button(t('player-restart'), () => { stop(); state.now = 0; state.logShown = 0; document.getElementById('log').textContent = ''; tick(); }, 'button secondary'),
    button(t('player-to-end'), () => { stop(); state.now = r.end; tick(); }, 'button secondary'));
  const speed = h('fieldset', { class: 'speed' }, h('legend', {}, t('player-speed')));
  for (const s of Object.keys(SPEEDS)) {
    const id = `speed-${s}`;
    speed.append(h('span', { class: 'radio inline' },
      h('input', { type: 'radio', name: 'speed', id, value: s, checked: state.speed === s,
        on: { change: () => { state.speed = s; } } }),
      h('label', { for: id }, t(`player-speed-${s}`))));
  }
  const clock = h('label', { for: 'time', id: 'clock-label' });
  const range = h('input', { type: 'range', id: 'time', min: 0, max: r.end, step: 1, value: 0,
    on: { input: (e) => { stop(); state.now = Number(e.target.value); tick(); } } });
  const map = h('figure', { class: 'map' }, h('figcaption', { id: 'map-title', text: t('player-map-heading') }), drawMap(r.map), legend(), mapList(r.map));
  const log = h('section', { class: 'log', 'aria-labelledby': 'log-title', tabindex: '0' },
    h('h2', { id: 'log-title', text: t('player-log-heading') }),
    h('p', { id: 'log-empty', class: 'meta', text: t('player-log-empty') }),
    h('ol', { id: 'log', class: 'log-lines' }));
  const done = h('div', { id: 'done', class: 'done', hidden: true },
    h('p', { text: t('player-run-done') }), button(t('player-to-notebook'), () => show('notebook')));
  m.append(controls, h('div', { class: 'time' }, clock, range), speed,
    h('div', { class: 'run-grid' }, map, log), done,
    h('div', { class: 'actions' }, button(t('player-to-notebook'), () => show('notebook'), 'button secondary')));
}

function legend() {
  return h('ul', { class: 'legend' }, ['server', 'you', 'compromised', 'encrypted'].map((k) =>
    h('li', { class: `legend-${k}` }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), t(`player-map-legend-${k}`))));
}

function mapList(map) {
  return h('details', { class: 'map-list' }, h('summary', {}, t('player-map-summary')),
    h('ul', {}, map.servers.map((s) => h('li', { text: s.label },
      h('ul', {}, map.people.filter((p) => p.server === s.id).map((p) => h('li', {}, put(h('span'), p.label), ' ',
        h('bdi', { dir: 'ltr', class: 'mxid' }, p.mxid))))))),
    h('h3', {}, t('player-rooms-heading')),
    h('ul', {}, map.rooms.map((r) => h('li', { text: r.label }))));
}

// Servers as boxes in rows (wrapping, so ten and more stay readable), their accounts inside,
// rooms as labelled bands beneath with a line to each server they span.
function drawMap(map) {
  // One column on a phone, so names stay readable; up to three otherwise.
  const cols = Math.min(map.servers.length, matchMedia('(max-width: 40rem)').matches ? 1 : 3);
  const W = 220, H0 = 64, PER = 26, GAP = 24;
  const rows = [];
  map.servers.forEach((s, i) => { (rows[Math.floor(i / cols)] ||= []).push(s); });
  const svg = document.createElementNS(SVG, 'svg');
  const pos = {};
  let y = 10;
  for (const row of rows) {
    const hgt = Math.max(...row.map((s) => H0 + PER * map.people.filter((p) => p.server === s.id).length));
    row.forEach((s, i) => { pos[s.id] = { x: 10 + i * (W + GAP), y, w: W, h: hgt }; });
    y += hgt + GAP;
  }
  const roomsY = y;
  const width = 10 + cols * (W + GAP);
  const height = roomsY + map.rooms.length * 40 + 10;
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-labelledby', 'map-title');
  const el = (tag, attrs, parent) => {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    parent?.append(e);
    return e;
  };
  const txt = (parent, x, y2, s, cls) => { const e = el('text', { x, y: y2, class: cls }, parent); e.textContent = s; return e; };
  const rtl = state.dir === 'rtl';
  for (const s of map.servers) {
    const p = pos[s.id];
    // Right to left, a box's contents are mirrored: dots and names start from its right edge.
    const mx = (x) => (rtl ? p.x + p.w - (x - p.x) : x);
    const g = el('g', { role: 'img', 'aria-label': s.label, id: `n-${s.id}`, class: `server${s.yours ? ' yours' : ''}`, tabindex: '-1' }, svg);
    el('title', {}, g).textContent = s.label;
    el('rect', { x: p.x, y: p.y, width: p.w, height: p.h, rx: 8, class: 'box' }, g);
    el('rect', { x: p.x, y: p.y, width: p.w, height: p.h, rx: 8, class: 'stripes' }, g);
    const name0 = txt(g, mx(p.x + 12), p.y + 24, s.id, 'server-name');
    name0.setAttribute('direction', 'ltr');
    if (rtl) name0.setAttribute('text-anchor', 'end');
    const state0 = txt(g, mx(p.x + 12), p.y + 44, '', 'server-state');
    if (rtl) state0.setAttribute('direction', 'rtl');
    map.people.filter((q) => q.server === s.id).forEach((q, i) => {
      const cy = p.y + 62 + i * PER;
      const pg = el('g', { role: 'img', 'aria-label': q.label, id: `n-${q.id}`, class: `person${q.you ? ' you' : ''}${q.compromised_at != null ? ' watched' : ''}` }, g);
      el('title', {}, pg).textContent = q.label;
      el('circle', { cx: mx(p.x + 22), cy, r: q.you ? 9 : 7, class: 'dot' }, pg);
      const name = txt(pg, mx(p.x + 38), cy + 5, q.name, 'person-name');
      if (rtl) name.setAttribute('direction', 'rtl');
      pos[q.id] = { x: mx(p.x + 22), y: cy, w: 0, h: 0 };
    });
  }
  map.rooms.forEach((r, i) => {
    const ry = roomsY + i * 40;
    const g = el('g', { role: 'img', 'aria-label': r.label, class: `room${r.encrypted ? ' encrypted' : ''}` }, svg);
    el('title', {}, g).textContent = r.label;
    for (const s of r.servers) {
      const p = pos[s];
      if (p) el('line', { x1: p.x + p.w / 2, y1: p.y + p.h, x2: p.x + p.w / 2, y2: ry + 14, class: 'room-link' }, g);
    }
    el('rect', { x: 10, y: ry, width: width - 20, height: 28, rx: 14, class: 'band' }, g);
    const rn = txt(g, rtl ? width - 26 : 26, ry + 19, `${r.encrypted ? '🔒 ' : ''}${r.name}`, 'room-name');
    if (rtl) rn.setAttribute('direction', 'rtl');
  });
  el('g', { id: 'packets', 'aria-hidden': 'true' }, svg);
  svg.dataset.pos = JSON.stringify(pos);
  return svg;
}

function play() {
  const r = state.run;
  if (!r) return;
  if (state.now >= r.end) { state.now = 0; state.logShown = 0; document.getElementById('log').textContent = ''; }
  state.playing = true;
  state.last = performance.now();
  const loop = (ts) => {
    if (!state.playing) return;
    const dt = (ts - state.last) / 1000;
    state.last = ts;
    state.now = Math.min(r.end, state.now + dt * (r.end / RUN_SECONDS) * SPEEDS[state.speed]);
    tick();
    if (state.now >= r.end) { stop(); return; }
    state.timer = requestAnimationFrame(loop);
  };
  state.timer = requestAnimationFrame(loop);
  playLabel();
}
function stop() {
  state.playing = false;
  if (state.timer) cancelAnimationFrame(state.timer);
  state.timer = null;
  playLabel();
}
function toggle() { if (state.playing) stop(); else play(); }
function playLabel() {
  const b = document.getElementById('play');
  if (b) b.textContent = state.playing ? t('player-pause') : t('player-play');
}
function step() {
  stop();
  const next = state.run.log.find((l) => l.at > state.now);
  state.now = next ? next.at : state.run.end;
  tick();
}

function clockText(secs) {
  const s = Math.floor(secs);
  const d = Math.floor(s / 86400), hh = Math.floor((s % 86400) / 3600), mm = Math.floor((s % 3600) / 60);
  return `${d ? d + 'd ' : ''}${hh}:${String(mm).padStart(2, '0')}`;
}

// Brings the log, the map and the controls to `state.now`; announces what just happened.
function tick() {
  const r = state.run;
  const log = document.getElementById('log');
  if (!log) return;
  const range = document.getElementById('time');
  range.value = Math.floor(state.now);
  const clock = t('player-clock', { at: clockText(state.now), end: r.end_clock });
  document.getElementById('clock-label').textContent = clock;
  range.setAttribute('aria-valuetext', clock);
  let upto = 0;
  while (upto < r.log.length && r.log[upto].at <= state.now) upto++;
  if (upto < state.logShown) { log.textContent = ''; state.logShown = 0; }
  const fresh = r.log.slice(state.logShown, upto);
  const frag = document.createDocumentFragment();
  for (const l of fresh) {
    frag.append(h('li', { class: `line ${l.kind}` }, h('time', {}, l.clock), ' ', put(h('span'), l.text)));
  }
  log.append(frag);
  state.logShown = upto;
  document.getElementById('log-empty').hidden = upto > 0;
  if (fresh.length) {
    const box = log.closest('.log');
    if (box) box.scrollTop = box.scrollHeight; // the log's own scroll, never the page's
    // PhET-style: say what happened, briefly; a burst is told as its first lines and a count.
    const words = fresh.slice(0, 2).map((l) => l.text);
    if (fresh.length > 2) words.push(t('player-log-same-moment', { count: fresh.length - 2 }));
    const adv = fresh.filter((l) => l.kind === 'adversary');
    announce((adv.length ? adv.map((l) => l.text) : words).join(' '));
  }
  // The map: compromised servers, and (motion allowed) packets in flight.
  for (const s of r.map.servers) {
    const g = document.getElementById(`n-${s.id}`);
    const hit = s.compromised_at != null && s.compromised_at <= state.now;
    g?.classList.toggle('compromised', hit);
    const st = g?.querySelector('.server-state');
    if (st) st.textContent = hit ? t('player-map-taken') : '';
  }
  for (const p of r.map.people) document.getElementById(`n-${p.id}`)?.classList.toggle('hit', p.compromised_at != null && p.compromised_at <= state.now);
  packets();
  const done = document.getElementById('done');
  if (state.now >= r.end && done.hidden) {
    done.hidden = false;
    complete();
  }
}

function packets() {
  const layer = document.getElementById('packets');
  if (!layer) return;
  layer.textContent = '';
  const svg = layer.ownerSVGElement;
  const pos = JSON.parse(svg.dataset.pos);
  const r = state.run;
  const flight = Math.max(1, r.end / RUN_SECONDS / 2);
  const center = (id) => { const p = pos[id]; return p ? { x: p.x + p.w / 2, y: p.y + p.h / 2 } : null; };
  let shown = 0;
  for (let i = state.logShown - 1; i >= 0 && shown < 40; i--) {
    const l = r.log[i];
    if (state.now - l.at >= flight) break;
    const a = center(l.from), b = center(l.to);
    if (!a || !b || l.kind === 'adversary') continue;
    const k = reduced.matches ? 1 : (state.now - l.at) / flight;
    const c = document.createElementNS(SVG, 'circle');
    c.setAttribute('cx', a.x + (b.x - a.x) * k);
    c.setAttribute('cy', a.y + (b.y - a.y) * k);
    c.setAttribute('r', 5);
    c.setAttribute('class', `packet ${l.kind}`);
    layer.append(c);
    shown++;
  }
}

function complete() {
  const done = new Set(load().completed || []);
  done.add(state.run.id);
  save({ completed: [...done] });
}

// ---- start ----------------------------------------------------------------------------------------
async function language(lang) {
  const inline = document.getElementById('gh-data');
  let data = null;
  const short = String(lang).toLowerCase().split(/[-_]/)[0];
  if (inline && inline.textContent.trim()) {
    const d = JSON.parse(inline.textContent);
    if (d.ui.lang === short) data = d;
  }
  if (!data) {
    try {
      const r = await fetch(`data/${encodeURIComponent(short)}.json`);
      if (r.ok) data = await r.json();
    } catch { /* not offered: English */ }
  }
  if (!data && inline) data = JSON.parse(inline.textContent);
  if (!data) { const r = await fetch('data/en.json'); data = await r.json(); }
  const ui = data.ui;
  Object.assign(state, { data, lang: ui.lang, dir: ui.dir, t: ui.strings, locales: ui.locales });
  document.documentElement.lang = ui.lang;
  document.documentElement.dir = ui.dir;
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = t(el.dataset.t);
  const sel = document.getElementById('lang');
  sel.textContent = '';
  for (const l of ui.locales) sel.append(h('option', { value: l.code, lang: l.code, dir: l.dir, selected: l.code === ui.lang }, l.name));
  sel.disabled = false;
  save({ lang: ui.lang });
}

async function start0() {
  const params = new URLSearchParams(location.search);
  await language(params.get('lang') || load().lang || navigator.language || 'en');
  document.getElementById('lang').addEventListener('change', async (e) => {
    await language(e.target.value);
    if (state.run) {
      try { state.run = await callOffThread('run', state.scenario, state.lang, JSON.stringify(state.choices)); } catch { state.run = null; }
    }
    let screen = state.screen;
    if (!state.run && ['run', 'notebook', 'debrief'].includes(screen)) screen = 'setup';
    await show(screen, { focus: false });
    document.getElementById('lang').focus();
  });
  document.getElementById('forget').addEventListener('click', () => {
    try { localStorage.removeItem(STORE); } catch { /* nothing kept */ }
    document.getElementById('forgotten').textContent = t('player-forget-done');
  });
  const wanted = params.get('scenario');
  let first = 'scenarios';
  if (wanted) {
    try { await get('briefings', wanted); state.scenario = wanted; first = 'briefing'; } catch { /* unknown: the list */ }
  }
  if (state.scenario) state.choices = (load().choices || {})[state.scenario] || {};
  await show(first, { focus: false });
  // Ready once the first screen has been painted (the checks read the time it says).
  requestAnimationFrame(() => setTimeout(() => { document.documentElement.dataset.glasshouseReady = String(Date.now()); }));
  // The core (in its worker), after the first screen: the run needs it; a trainer's scenarios
  // come with it.
  loadViews();
  callOffThread('scenarios', state.lang).then((list) => {
    document.documentElement.dataset.glasshouseCore = String(Date.now());
    if (list.length !== state.data.scenarios.length) {
      state.data.scenarios = list;
      if (state.screen === 'scenarios') show('scenarios', { focus: false });
    }
  }, (e) => {
    console.warn(e);
    put(document.getElementById('forgotten'), t('player-load-failed'));
  });
}

start0();
