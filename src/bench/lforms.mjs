// Driven by lforms.sh: serves questionnaire.json with LHC-Forms on 127.0.0.1, opens it in headless
// Chromium, answers, and compares the next question shown with the one `triage` asks next.
import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

const [jar, screenshot] = process.argv.slice(2);
const root = path.dirname(new URL(import.meta.url).pathname);
const questionnaire = JSON.parse(fs.readFileSync(path.join(root, 'questionnaire.json'), 'utf8'));
const lib = 'lforms/dist/lforms';
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>triage in LHC-Forms</title>
<link rel="stylesheet" href="${lib}/webcomponent/styles.css">
<script src="${lib}/webcomponent/assets/lib/zone.min.js"></script>
<script src="${lib}/webcomponent/runtime.js" type="module"></script>
<script src="${lib}/webcomponent/polyfills.js" type="module"></script>
<script src="${lib}/webcomponent/main.js" type="module"></script>
<script src="${lib}/fhir/R4/lformsFHIR.min.js" defer></script></head>
<body><div id="form"></div><script type="module">
const q = await (await fetch('questionnaire.json')).json();
try { await LForms.Util.addFormToPage(q, 'form', { fhirVersion: 'R4' }); window.ready = true; }
catch (e) { window.failed = String(e && (e.message || e)); }
</script></body></html>`;
const types = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = http.createServer((req, res) => {
  const name = path.normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^\/+/, '');
  if (name === '' || name === 'index.html') { res.writeHead(200, { 'content-type': 'text/html' }); res.end(page); return; }
  const file = path.join(root, name);
  if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-lforms-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1000, height: 900 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
    '--disable-component-update', '--disable-sync'],
});
const offsite = [];
await browser.route('**/*', route => {
  const url = new URL(route.request().url());
  if (url.protocol.startsWith('http') && url.hostname !== '127.0.0.1') { offsite.push(url.href); return route.abort(); }
  return route.continue();
});
const tab = browser.pages()[0] || await browser.newPage();
tab.on('pageerror', e => console.log('page error:', e.message));
tab.on('response', r => { if (r.status() >= 400) console.log('not served:', r.status(), r.url()); });
let failures = 0;
try {
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  await tab.waitForFunction(() => window.ready || window.failed, null, { timeout: 120000 });
  const failed = await tab.evaluate(() => window.failed);
  if (failed) throw new Error('LHC-Forms refused the questionnaire: ' + failed);

  const questions = questionnaire.item.map(i => i.linkId).filter(id => !id.startsWith('triage:') && !id.endsWith(':unsure'));
  const shown = id => tab.locator(`[id="label-${id}/1"]`).isVisible().catch(() => false);
  const answer = (id, code) => tab.locator(`[id="${id}/1|urn:triage:answers|${code}"]`).click();
  const answered = [];
  const nextShown = async () => {
    for (const id of questions) if (!answered.includes(id) && await shown(id)) return id;
    return null;
  };
  // The walker's next question: `triage --no-input` names the first question the answers leave open.
  const walkerNext = given => {
    const args = ['-jar', jar, '--format', 'json', '--no-input', ...given.flatMap(id => ['--answer', id + '=no'])];
    const run = spawnSync('java', args, { encoding: 'utf8' });
    return run.status === 3 ? JSON.parse(run.stderr).question : `(exit ${run.status})`;
  };
  const check = (what, form, walker) => {
    console.log(`${form === walker ? 'ok  ' : 'FAIL'}  ${what}: the form shows ${form} next; triage asks ${walker}`);
    if (form !== walker) failures++;
  };

  await answer('chest_pain', 'no'); answered.push('chest_pain');
  const bladderHidden = !(await shown('bladder_bowel'));
  console.log(`${bladderHidden ? 'ok  ' : 'FAIL'}  after chest_pain no, bladder_bowel is ${bladderHidden ? 'hidden' : 'shown'} (triage would not ask it yet)`);
  if (!bladderHidden) failures++;
  check('chest_pain no, bladder_bowel no', await nextShown(), walkerNext(['chest_pain', 'bladder_bowel']));

  while (!answered.includes('bladder_bowel')) {
    const id = await nextShown();
    if (id === null) throw new Error('no question shown before bladder_bowel');
    await answer(id, 'no'); answered.push(id);
  }
  check(`${answered.join(', ')} no`, await nextShown(), walkerNext(answered));
  const levelShown = () => tab.locator(`[id="triage:level/1"]`).inputValue().catch(() => '(not shown)');
  console.log(`      the level item reads "${await levelShown()}" while the walk is not over`);
  await tab.screenshot({ path: screenshot, fullPage: true, animations: 'disabled' });

  // On to the end as a person with no warning sign: no, the lowest number, the first option.
  const given = Object.fromEntries(answered.map(id => [id, 'no']));
  const items = Object.fromEntries(questionnaire.item.map(i => [i.linkId, i]));
  for (let id = await nextShown(); id !== null; id = await nextShown()) {
    const item = items[id];
    if (item.type === 'integer') {
      const low = String(item.extension.find(e => e.url.endsWith('/minValue')).valueInteger);
      await tab.locator(`[id="${id}/1"]`).fill(low);
      await tab.locator(`[id="${id}/1"]`).press('Tab');
      given[id] = low;
    } else {
      const coding = item.answerOption.map(o => o.valueCoding).find(c => c.code === 'no') || item.answerOption[0].valueCoding;
      await tab.locator(`[id="${id}/1|${coding.system}|${coding.code}"]`).click();
      given[id] = coding.code;
    }
    answered.push(id);
  }
  const run = spawnSync('java', ['-jar', jar, '--format', 'json', '--no-input',
    ...Object.entries(given).flatMap(([id, value]) => ['--answer', `${id}=${value}`])], { encoding: 'utf8' });
  const walker = run.status === 0 ? JSON.parse(run.stdout) : { level: `(exit ${run.status}: ${run.stderr})` };
  const formLevel = await levelShown();
  console.log(`${formLevel === walker.level ? 'ok  ' : 'FAIL'}  after ${answered.length} answers the form's level`
    + ` is "${formLevel}"; triage gives ${walker.level} (${walker.outcome})`);
  if (formLevel !== walker.level) failures++;
  const title = await tab.locator(`[id="label-triage:outcome:${walker.outcome}:${walker.level}/1"]`).isVisible()
    .catch(() => false);
  console.log(`${title ? 'ok  ' : 'FAIL'}  the form shows the outcome ${walker.outcome}`);
  if (!title) failures++;
  await tab.screenshot({ path: screenshot.replace(/\.png$/, '-verdict.png'), fullPage: true, animations: 'disabled' });
  console.log(`      screenshots: ${screenshot}, ${screenshot.replace(/\.png$/, '-verdict.png')}; LHC-Forms ${await tab.evaluate(() => LForms.lformsVersion)}`);
  if (offsite.length) { console.log('FAIL  requests off this machine:', offsite); failures++; }
} finally {
  await browser.close();
  server.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
process.exit(failures === 0 ? 0 : 1);
