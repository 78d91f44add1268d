// Checks the built book's web player (served on 127.0.0.1) in headless Chromium:
//  1. a chapter downloads nothing of the player before "Play in your browser" is clicked; from the
//     click to the first interactive screen under 4× CPU throttling and "Fast 3G" (CDP), ≤ 2 s;
//  2. a keyboard-only run of a whole scenario (Tab, Enter, Space, arrows) reaches the debrief;
//  3. axe-core on every book page and every player screen: no serious or critical violation;
//  4. no console error, no request to a host other than 127.0.0.1; optional screenshots;
//  5. the largest bundled scenario runs in the core's worker: under 4× CPU throttling no task on the
//     page's own thread lasts over 1 s from "Start the run" to the run screen (the run itself
//     takes seconds; what is left on the page is receiving its answer and drawing the screen);
//  6. without Web Workers the core runs on the page and the run still comes.
// Usage: node scripts/web-check.mjs BASE_URL CHAPTER SCENARIO OUT.png [LANG] [SHOTS_DIR]
//   PLAYWRIGHT = playwright-core's path, AXE = axe.min.js's path, BOOK_DIR = the built book
//   (its pages are listed from there), CHROMIUM = the browser (default /usr/bin/chromium).
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, statSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const [base, chapter, scenario, out, lang = 'en', shots = ''] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const { chromium } = require(process.env.PLAYWRIGHT || 'playwright-core');
const axeSource = readFileSync(process.env.AXE, 'utf8');
const LIMIT_MS = 2000;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
const failures = [];
const requests = [];
const errors = [];
function watch(page) {
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
}

// axe-core in the page (or frame): the serious and critical violations, as lines.
async function axe(target, where) {
  await target.evaluate(axeSource);
  const found = await target.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
  });
  for (const f of found) failures.push(`axe on ${where}: ${f}`);
  return found.length;
}

try {
  // 1. The chapter, throttled: 4× CPU, Fast 3G as Chromium's DevTools define it.
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1100 } });
    const page = await context.newPage();
    watch(page);
    const cdp = await context.newCDPSession(page);
    await page.goto(`${base}/${chapter}.html`, { waitUntil: 'load' });
    if (requests.some((u) => u.includes('/play/'))) failures.push('the chapter requested the player before any click');
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 562.5, downloadThroughput: (1.6 * 1024 * 1024 / 8) * 0.9, uploadThroughput: (750 * 1024 / 8) * 0.9,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // Timed inside the browser: from the click event to the player's first painted screen.
    await page.evaluate(() => document.addEventListener('click', () => { window.ghClickAt = Date.now(); }, { capture: true, once: true }));
    await page.click(`.gh-play[data-scenario="${scenario}"]`);
    const handle = await page.waitForSelector('iframe.gh-play-iframe', { timeout: 10000 });
    const frame = await handle.contentFrame();
    await frame.waitForSelector('html[data-glasshouse-ready]', { state: 'attached', timeout: 60000 });
    const clicked = await page.evaluate(() => window.ghClickAt);
    const ready = Number(await frame.getAttribute('html', 'data-glasshouse-ready')) - clicked;
    await frame.waitForSelector('html[data-glasshouse-core]', { state: 'attached', timeout: 300000 });
    const core = Number(await frame.getAttribute('html', 'data-glasshouse-core')) - clicked;
    console.log(`click to first interactive screen (4x CPU, Fast 3G): ${ready} ms; the core ready after ${core} ms`);
    if (ready > LIMIT_MS) failures.push(`click to first interactive screen took ${ready} ms (limit ${LIMIT_MS})`);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    const h1 = await frame.textContent('h1');
    if (!h1 || !h1.trim()) failures.push('the player shows no heading');
    await handle.scrollIntoViewIfNeeded();
    await handle.screenshot({ path: out });
    if (statSync(out).size < 10000) failures.push(`the player's screenshot is ${statSync(out).size} bytes: blank?`);
    await context.close();
  }

  // 2 and 3. The player on its own page, keyboard only, axe on every screen.
  // The phone also asks for dark colours and reduced motion (nothing plays by itself).
  for (const [width, height] of [[1280, 800], [360, 740]]) {
    const phone = width < 500;
    const context = await browser.newContext({
      viewport: { width, height }, colorScheme: phone ? 'dark' : 'light', reducedMotion: phone ? 'reduce' : 'no-preference',
    });
    const page = await context.newPage();
    watch(page);
    const shot = async (name) => {
      if (!shots) return;
      mkdirSync(shots, { recursive: true });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(shots, `${lang}-${width}x${height}${phone ? '-dark' : ''}-${name}.png`), fullPage: false });
    };
    const where = (s) => `player ${s} (${lang}, ${width}px${phone ? ', dark, reduced motion' : ''})`;
    const k = async (key) => { await page.keyboard.press(key); };
    // Tab until the focused element matches, as a keyboard user would.
    const tabTo = async (selector, max = 80) => {
      for (let i = 0; i < max; i++) {
        await k('Tab');
        if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    const checkScreen = async (name) => {
      await axe(page, where(name));
      await shot(name);
    };
    await page.goto(`${base}/play/index.html?lang=${lang}`, { waitUntil: 'load' });
    await page.waitForSelector('html[data-glasshouse-ready]', { state: 'attached' });
    await checkScreen('scenarios');
    await page.waitForSelector('html[data-glasshouse-core]', { state: 'attached', timeout: 300000 });
    await tabTo(`.card button[data-id="${scenario}"]`);
    await k('Enter');
    await page.waitForSelector('main h1');
    await checkScreen('briefing');
    await tabTo('main .actions button:first-child');
    await k('Enter');
    await page.waitForSelector('main form');
    await checkScreen('setup');
    // Arrow keys change a radio group's answer; Space selects the focused one.
    await tabTo('main input[type=radio]');
    await k('ArrowDown');
    await k('Space');
    const changed = await page.evaluate(() => document.activeElement?.value);
    await tabTo('main button.start');
    await k('Enter');
    await page.waitForSelector('#play', { timeout: 120000 });
    await checkScreen('run');
    await tabTo('#play');
    await k('Space');
    await tabTo('main .controls button:nth-child(2)'); // Step
    await k('Enter');
    await k('Enter');
    const logged = await page.locator('#log li').count();
    if (logged < 1) failures.push(`${where('run')}: Step showed no line in the log`);
    await tabTo('main .controls button:nth-child(4)'); // Skip to the end
    await k('Enter');
    await page.waitForSelector('#done:not([hidden])');
    await tabTo('#done button');
    await k('Enter');
    await page.waitForSelector('.notebook');
    await checkScreen('notebook');
    await tabTo('main .actions button');
    await k('Enter');
    await page.waitForSelector('.groups, .objectives');
    // The evidence opens from the keyboard.
    const hasEvidence = await page.locator('details.evidence summary').count();
    if (hasEvidence) {
      await tabTo('details.evidence summary');
      await k('Enter');
      if (!(await page.locator('details.evidence[open]').count())) failures.push(`${where('debrief')}: Enter did not open the evidence`);
    }
    await checkScreen('debrief');
    const groups = await page.locator('main .group').count();
    const heading = await page.textContent('main h1');
    console.log(`keyboard-only run (${width}px${phone ? ', dark, reduced motion' : ''}, ${lang}): ${scenario} with ${changed ? `a changed answer (${changed})` : 'the defaults'} → debrief "${heading?.trim()}" with ${groups} groups about you`);
    if (!groups && !(await page.locator('.objectives li').count())) failures.push(`${where('debrief')}: no debrief`);
    // Right to left where the language says so.
    const dir = await page.evaluate(() => document.documentElement.dir);
    if (['fa', 'ar'].includes(lang) !== (dir === 'rtl')) failures.push(`${where('debrief')}: dir is ${dir}`);
    await context.close();
  }

  // 5. The largest scenario, throttled: the run takes the worker's thread, not the page's.
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    watch(page);
    await page.goto(`${base}/play/index.html?lang=${lang}&scenario=forty-members`, { waitUntil: 'load' });
    await page.waitForSelector('html[data-glasshouse-core]', { state: 'attached', timeout: 300000 });
    await page.click('main .actions button:first-child');
    await page.waitForSelector('main button.start');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.evaluate(() => {
      window.ghLongest = 0;
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.ghLongest = Math.max(window.ghLongest, e.duration); })
        .observe({ type: 'longtask', buffered: false });
    });
    const started = Date.now();
    await page.click('main button.start');
    await page.waitForSelector('#play', { timeout: 300000 });
    const took = Date.now() - started;
    const longest = Math.round(await page.evaluate(() => window.ghLongest));
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    console.log(`forty-members, 4x CPU: Start to run screen ${took} ms; longest task on the page's thread ${longest} ms`);
    if (longest > 1000) failures.push(`forty-members held the page's thread for ${longest} ms (limit 1000)`);
    await context.close();
  }

  // 6. A browser that cannot start the worker: the core runs on the page, and the run still comes.
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    watch(page);
    await page.addInitScript(() => { delete window.Worker; });
    await page.goto(`${base}/play/index.html?lang=${lang}&scenario=${scenario}`, { waitUntil: 'load' });
    await page.waitForSelector('html[data-glasshouse-core]', { state: 'attached', timeout: 300000 });
    await page.click('main .actions button:first-child');
    await page.click('main button.start');
    await page.waitForSelector('#play', { timeout: 120000 });
    console.log(`without a Web Worker: ${scenario} reaches the run screen (the core on the page)`);
    await context.close();
  }

  // 3. Every page of the book (English book; the player's own screens are above).
  if (process.env.BOOK_DIR) {
    const pages = [];
    const walk = (d) => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        // print.html repeats every page; toc.html is the sidebar's frame of the same links.
        if (statSync(p).isDirectory()) { if (!['play', 'fonts', 'FontAwesome', 'css', 'theme'].includes(f)) walk(p); } else if (f.endsWith('.html') && !['print.html', 'toc.html'].includes(f)) pages.push(relative(process.env.BOOK_DIR, p));
      }
    };
    walk(process.env.BOOK_DIR);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    watch(page);
    let bad = 0;
    for (const p of pages.sort()) {
      await page.goto(`${base}/${p}`, { waitUntil: 'load' });
      bad += await axe(page, `book ${p}`);
    }
    console.log(`axe-core on ${pages.length} book pages: ${bad} serious or critical violations`);
    await context.close();
  }
} finally {
  await browser.close();
}
const foreign = requests.filter((u) => !/^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:|about:)/.test(u));
if (foreign.length) failures.push(`requests left 127.0.0.1: ${[...new Set(foreign)].join(', ')}`);
if (errors.length) failures.push(`console errors: ${errors.join(' | ')}`);
console.log(`${requests.length} requests, all to 127.0.0.1: ${!foreign.length}`);
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
