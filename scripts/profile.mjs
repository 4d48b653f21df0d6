// Called by scripts/profile: samples the main thread (CDP Profiler, every 100 µs, CPU slowed
// 4×) during cold loads of each assessment up to its first screen (`load`), or during full
// scripted runs of its questions (`answers`), and prints the functions by self time (per load
// or per answer) and the totals by kind. Sampling inflates the absolute times; compare rows.
//   node scripts/profile.mjs <site> [load|answers] [runs]
import { chromium } from '@playwright/test';
import e2e from '../tests/e2e/playwright.config.mjs';
import { serve, waitInPage } from './harness.mjs';

const [site, mode = 'load', runsArg = '6'] = process.argv.slice(2);
if (!['load', 'answers'].includes(mode)) throw new Error(`mode must be load or answers, not ${mode}`);
const RUNS = Number(runsArg);
const PORT = 8286;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const server = await serve(site, PORT);
const browser = await chromium.launch({ ...e2e.use.launchOptions, headless: true });

const selfMs = new Map();
let units = 0;
// Waits without Playwright's helpers, whose injected script would show up in the profile.
const until = (cdp, expression) => waitInPage(cdp, expression, { everyMs: 50 });
const record = (profile) => {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const { functionName, url } = nodes.get(id).callFrame;
    const name = functionName || `(${url.split('/').pop() || 'anonymous'})`;
    selfMs.set(name, (selfMs.get(name) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
};
try {
  // Warms the server's compression cache and Chromium, as scripts/bench does.
  const warm = await browser.newContext();
  await (await warm.newPage()).goto(`${ORIGIN}/?assessment=candidate`);
  await warm.close();
  for (let i = 0; i < RUNS; i++) {
    const assessment = i % 2 ? 'team' : 'candidate';
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const start = "!!document.querySelector('.rf-intro .rf-primary')";
    if (mode === 'load') {
      await cdp.send('Profiler.start');
      await page.goto(`${ORIGIN}/?assessment=${assessment}`);
      await until(cdp, start);
      record((await cdp.send('Profiler.stop')).profile);
      units += 1;
    } else {
      await page.goto(`${ORIGIN}/?assessment=${assessment}`);
      await until(cdp, start);
      await cdp.send('Runtime.evaluate', { expression: "document.querySelector('.rf-intro .rf-primary').click()" });
      await until(cdp, "!!document.querySelector('form.rf-question')");
      await cdp.send('Profiler.start');
      // Answers in the page itself (no Playwright locators): pick an option, Continue, wait
      // for the heading to change. The profile covers these steps' own scripts too, which
      // are small next to the widget's work (their rows are anonymous JavaScript).
      for (let k = 0; k < 60; k++) {
        const heading = await cdp.send('Runtime.evaluate', { returnByValue: true, awaitPromise: true, expression: `(async () => {
          const form = document.querySelector('form.rf-question');
          if (!form) return null;
          const inputs = form.querySelectorAll('input');
          inputs[${k * 7} % inputs.length].click();
          const h = document.getElementById('rf-heading').textContent;
          await new Promise((ok) => setTimeout(ok, 50)); // the choice reaches the app first
          form.querySelector('button[type=submit]').click();
          return h;
        })()` });
        if (heading.result.value === null) break;
        await until(cdp, `document.getElementById('rf-heading')?.textContent !== ${JSON.stringify(heading.result.value)}`);
        units += 1;
      }
      record((await cdp.send('Profiler.stop')).profile);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}

const rows = [...selfMs].map(([name, ms]) => [name, ms / units]).sort((a, b) => b[1] - a[1]);
const kind = (name) => {
  if (/^\((program|idle|garbage collector)\)$/.test(name)) return name;
  // serde_json and our content parsers (not SafeUrl::parse or Color::parse, which are config).
  if (/serde|Deserializ|(Bank|Model)::parse/.test(name)) return 'JSON parsing (serde_json, Bank/Model::parse)';
  if (/^<?yew::/.test(name)) return 'yew';
  if (/rolefit::/.test(name)) return 'our Rust (rolefit::)';
  if (/::/.test(name)) return 'other Rust (std, alloc, wasm-bindgen, …)';
  return 'JavaScript (glue, DOM calls, boot)';
};
const kinds = new Map();
for (const [name, ms] of rows) kinds.set(kind(name), (kinds.get(kind(name)) ?? 0) + ms);
const per = mode === 'load' ? 'per load' : 'per answer';
console.log(`\n${mode}: ${units} ${mode === 'load' ? 'loads' : 'answers'}; self time ${per}, ms at 4× (sampling inflates it)\n`);
for (const [k, ms] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`${ms.toFixed(1).padStart(8)}  ${k}`);
console.log('');
for (const [name, ms] of rows.filter(([n]) => !n.startsWith('(')).slice(0, 30)) {
  console.log(`${ms.toFixed(2).padStart(8)}  ${name.replace(/::h[0-9a-f]{16}$/, '').slice(0, 120)}`);
}
