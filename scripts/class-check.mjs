// A whole class in headless Chromium: the projector (the trainer's page on the wall) and two
// learners, one on a 360 px phone, join, choose, chat; the trainer raids and reveals; each learner
// sees their own debrief and the projector the class picture. Learners' pages follow the class by
// themselves, also across a kill -9 and --resume of the server (RESTART, a shell command).
// Screenshots of every step.
// Usage: node scripts/class-check.mjs BASE_URL TRAINER_KEY JOIN_CODE SHOTS_DIR
//   PLAYWRIGHT = playwright-core's path, CHROMIUM = the browser (default /usr/bin/chromium).
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { join } from 'node:path';

const [base, key, code, shots] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const { chromium } = require(process.env.PLAYWRIGHT || 'playwright-core');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
const failures = [];
const errors = [];
mkdirSync(shots, { recursive: true });

async function open(width, height) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  return page;
}
const shot = (page, name) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: false });

try {
  // The trainer logs in on the projector laptop, then puts /projector on the wall.
  const trainer = await open(1280, 800);
  await trainer.goto(`${base}/trainer`);
  await trainer.fill('input[name=key]', key);
  await trainer.click('form[action="/trainer/login"] button');
  await trainer.waitForSelector('form[action="/trainer/phase"]');
  const wall = await open(1920, 1080);
  await wall.context().addCookies(await trainer.context().cookies());
  await wall.goto(`${base}/projector`);
  if (!(await wall.textContent('body')).includes(code)) failures.push('the projector does not show the join code');
  await shot(wall, 'projector-joining');

  // Two learners: a laptop and a 360 px phone.
  const learners = [];
  for (const [name, width, height, server] of [['Kite', 1280, 800, 'bigchat.example'], ['Wren', 360, 740, 'collective.example']]) {
    const page = await open(width, height);
    await page.goto(`${base}/`);
    await page.fill('#code', code.toLowerCase());
    await page.fill('#pseudonym', name);
    await page.click('form[action="/join"] button');
    await page.waitForSelector('form[action="/choose"]');
    await page.fill('#username', name.toLowerCase());
    await page.fill('#display_name', name);
    await page.selectOption('#choice-server', server);
    await page.click('form[action="/choose"] button');
    await page.waitForLoadState('load');
    learners.push([name, page, width]);
  }
  await shot(learners[1][1], 'learner-360-joined');
  // The server dies and comes back (kill -9, --resume): the pages reconnect by themselves.
  if (process.env.RESTART) {
    execSync(process.env.RESTART, { shell: '/bin/bash', stdio: 'ignore' });
  }
  await trainer.goto(`${base}/trainer`);
  await trainer.click('button[name=phase][value=chat]');
  for (const [name, page] of learners) {
    // No reload here: the open page learns of the new phase from the event stream.
    await page.waitForSelector('form[action="/say"]', { timeout: 20000 })
      .catch(() => failures.push(`${name}'s page did not follow the class by itself${process.env.RESTART ? ' after the restart' : ''}`));
    await page.fill('textarea[name=text], input[name=text]', `${name} here: see you at six`);
    await page.click('form[action="/say"] button');
    await page.waitForLoadState('load');
  }
  await wall.reload();
  await shot(wall, 'projector-chat');
  await trainer.click('button[name=phase][value=closed]');
  await trainer.click('form[action="/trainer/raid"] button');
  // The raid runs off the request path; reveal once it has finished.
  for (let i = 0; i < 120; i++) {
    await trainer.goto(`${base}/trainer`);
    if (await trainer.locator('table').count()) break;
    await trainer.waitForTimeout(500);
  }
  await trainer.click('form[action="/trainer/reveal"] button');
  await shot(trainer, 'trainer-revealed');
  for (const [name, page, width] of learners) {
    await page.reload();
    const text = await page.textContent('body');
    if (!/what they learned about you/i.test(text)) failures.push(`${name} sees no debrief after the reveal`);
    const other = name === 'Kite' ? 'Wren' : 'Kite';
    if (text.includes(`${other} here`) && (await page.locator('.groups, .gh-debrief').count()) === 0) failures.push(`${name}'s page has no debrief groups`);
    await shot(page, `learner-${width}-debrief`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    if (overflow) failures.push(`${name}'s page scrolls sideways at ${width} px`);
  }
  await wall.reload();
  const picture = await wall.locator('table').count();
  if (!picture) failures.push('the projector shows no class picture after the reveal');
  if ((await wall.textContent('body')).match(/Kite|Wren/)) failures.push('the projector names a learner');
  await shot(wall, 'projector-revealed');
  console.log(`class session: 2 learners joined, chatted, were raided and revealed; projector picture: ${picture} table(s)`);
} finally {
  await browser.close();
}
if (errors.length) failures.push(`console errors: ${errors.join(' | ')}`);
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
