// Opens a chapter of the built book (served on 127.0.0.1) in headless Chromium, checks that no
// .wasm loads before the click, clicks "Play in your browser", waits for the simulator to say it
// is ready, saves a screenshot, and fails on a console error, a blank simulator, or any request
// to a host other than 127.0.0.1. Prints the time from click to the first interactive frame.
// Usage: node scripts/web-check.mjs BASE_URL CHAPTER SCENARIO OUT.png   (PLAYWRIGHT = module path)
import { createRequire } from 'node:module';
import { statSync } from 'node:fs';

const [base, chapter, scenario, out] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const { chromium } = require(process.env.PLAYWRIGHT || 'playwright-core');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'],
});
const failures = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => {
    // Bevy leaves the browser's event loop running by throwing this on purpose.
    if (!String(e).includes('Using exceptions for control flow')) errors.push(String(e));
  });
  await page.goto(`${base}/${chapter}.html`, { waitUntil: 'load' });
  if (requests.some((u) => u.endsWith('.wasm'))) failures.push('the chapter downloaded .wasm before any click');
  const clicked = Date.now();
  await page.click(`.gh-play[data-scenario="${scenario}"]`);
  const handle = await page.waitForSelector('iframe.gh-play-iframe', { timeout: 10000 });
  const frame = await handle.contentFrame();
  await frame.waitForSelector('html[data-glasshouse-ready]', { state: 'attached', timeout: 120000 });
  const ready = Date.now() - clicked;
  await page.waitForTimeout(1500);
  await handle.scrollIntoViewIfNeeded();
  await handle.screenshot({ path: out });
  const size = statSync(out).size;
  if (size < 20000) failures.push(`the simulator's screenshot is ${size} bytes: blank?`);
  const foreign = requests.filter((u) => !/^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:|about:)/.test(u));
  if (foreign.length) failures.push(`requests left 127.0.0.1: ${foreign.join(', ')}`);
  const real = errors.filter((e) => !e.includes('Using exceptions for control flow'));
  if (real.length) failures.push(`console errors: ${real.join(' | ')}`);
  const wasm = requests.filter((u) => u.endsWith('.wasm')).length;
  console.log(`click to first interactive frame: ${ready} ms; ${requests.length} requests, all to 127.0.0.1; ${wasm} .wasm after the click`);
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
