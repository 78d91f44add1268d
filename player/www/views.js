// The notebook and the debrief screens of Glasshouse's web player (player.js loads this module
// with the core: both screens need a run). `ui` is player.js's toolkit: state, words and DOM helpers.

export function notebook(m, ui) {
  const { state, t, h, button, show, complete } = ui;
  const r = state.run;
  const now = state.now > 0 ? state.now : r.end;
  const seen = r.notebook.filter((n) => n.at <= now);
  m.append(h('h1', { text: r.title }), h('h2', { text: t('player-notebook-heading') }), h('p', { text: t('player-notebook-intro') }));
  if (!seen.length) m.append(h('p', { text: t('player-notebook-empty') }));
  const ol = h('ol', { class: 'notebook' });
  for (const n of seen) {
    ol.append(h('li', { class: `note sev-${n.severity}${n.you ? ' about-you' : ''}` },
      h('p', { class: 'who', text: t('player-notebook-about', { name: n.person }) }),
      h('h3', { text: n.heading }), h('p', { text: n.sentence })));
  }
  m.append(ol);
  if (seen.length < r.notebook.length) m.append(h('p', { class: 'meta', text: t('player-notebook-hidden', { count: r.notebook.length - seen.length }) }));
  m.append(h('div', { class: 'actions' }, button(t('player-to-debrief'), () => { state.now = r.end; complete(); show('debrief'); })));
}

export async function debrief(m, ui) {
  const { state, t, h, put, button, show, get, call } = ui;
  const r = state.run;
  const d = r.debrief;
  m.append(h('h1', { text: `${t('player-debrief-heading')}: ${r.title}` }));
  m.append(h('h2', { text: t('player-your-choices') }),
    h('dl', { class: 'choices' }, r.choices.map(([k, v]) => [h('dt', { text: k }), h('dd', { text: v })])));
  m.append(h('h2', { text: d.about_you }));
  if (d.you) m.append(groups(d.you, ui));
  if (d.at_risk.length) m.append(h('h2', { text: d.at_risk_heading }), people(d.at_risk, true, ui));
  if (d.others.length) m.append(h('h2', { text: d.others_heading }), people(d.others, false, ui));
  m.append(h('h2', { text: t('player-objectives-result') }),
    h('ul', { class: 'objectives' }, d.objectives.map((o) => h('li', { class: o.met ? 'met' : 'missed' },
      h('strong', {}, `${o.mark}: `), put(h('span'), o.text)))));
  m.append(h('h2', { text: t('player-lesson-heading') }), h('p', { text: d.lesson }));
  const chapter = (await get('briefings', r.id)).chapter;
  m.append(h('div', { class: 'actions' },
    button(t('player-try-again'), () => show('setup')),
    button(t('player-other-scenario'), () => { state.scenario = null; state.run = null; show('scenarios'); }, 'button secondary'),
    chapter ? h('a', { class: 'button secondary', href: `../${chapter}.html`, target: '_top' }, t('player-book-link')) : null));
}

function groups(p, ui) {
  const { t, h, put } = ui;
  const ul = h('ul', { class: 'groups' });
  for (const g of p.groups) {
    const id = `g-${p.id}-${g.kind}`;
    const li = h('li', { class: `group sev-${g.severity}`, 'aria-labelledby': id },
      h('h3', { id }, h('span', { class: 'badge', 'aria-hidden': 'true' }), put(h('span'), `${g.title} (${g.count})`)),
      g.severity_text ? h('p', { class: 'severity', text: g.severity_text }) : null,
      h('p', { text: g.sentence }),
      g.prevented ? h('p', { class: 'prevented', text: g.prevented }) : null,
      h('p', { class: 'todo' }, h('strong', {}, `${g.todo.label} `),
        h('a', { href: `../${g.todo.page}`, target: '_top' }, g.todo.text)));
    const ev = h('details', { class: 'evidence' }, h('summary', {}, t('player-evidence', { count: g.items.length })),
      h('ul', {}, g.items.map((it) => h('li', {}, put(h('span'), it.sentence),
        h('ul', {}, it.evidence.map((e) => h('li', {}, put(h('span'), e.finding),
          e.evidence.length ? h('ul', { class: 'refs' }, e.evidence.map((x) => h('li', { text: x }))) : null)))))));
    li.append(ev);
    ul.append(li);
  }
  return ul;
}

function people(list, open, ui) {
  const { h } = ui;
  const ul = h('ul', { class: 'people' });
  for (const p of list) {
    if (open && p.groups.length) {
      ul.append(h('li', {}, h('details', {}, h('summary', { text: p.line }), groups(p, ui))));
    } else ul.append(h('li', { text: p.line }));
  }
  return ul;
}

