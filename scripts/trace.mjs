// Where the main thread's time goes, from a Chromium trace at 4× CPU slowdown: the long
// tasks of a cold load (`load`), or the tasks of six answers (`answers`), each with the
// trace events inside it that took over 1.5 ms. The figures in ARCHITECTURE.md ("Where the
// time goes", "Per answer") come from it. Run after a release build (scripts/serve or
// scripts/test make one):
//   node scripts/trace.mjs [load|answers] [dist]
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import e2e from '../tests/e2e/playwright.config.mjs';
import { serve, waitInPage } from './harness.mjs';

const mode = process.argv[2] ?? 'load';
const PORT = 8285;
const TRACE = 'target/trace.json';
const server = await serve(process.argv[3] ?? 'dist', PORT);
const browser = await chromium.launch({ ...e2e.use.launchOptions, headless: true });
try {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm', 'blink', 'toplevel'];
  // A warm-up load in another context, as scripts/bench does: the server compresses each file
  // once, on first request, and the traced load must not wait for that.
  const warmContext = await browser.newContext();
  const warm = await warmContext.newPage();
  await warm.goto(`http://127.0.0.1:${PORT}/?assessment=candidate`);
  await warm.waitForSelector('.rf-intro .rf-primary', { state: 'visible' });
  await warmContext.close();
  if (mode === 'answers') {
    await page.goto(`http://127.0.0.1:${PORT}/?assessment=candidate`);
    await page.click('.rf-intro .rf-primary');
    await page.waitForSelector('form.rf-question');
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await browser.startTracing(page, { path: TRACE, categories });
  if (mode === 'answers') {
    for (let i = 0; i < 6; i++) {
      await page.locator('form.rf-question input').nth(i % 3).check();
      await page.locator('form.rf-question button[type=submit]').click();
      await page.waitForTimeout(400);
    }
  } else {
    await page.goto(`http://127.0.0.1:${PORT}/?assessment=candidate`);
    // No Playwright locator until the load is traced: its injected script would show up in
    // the middle of the start-up (harness.mjs).
    await waitInPage(cdp, "!!document.querySelector('.rf-intro .rf-primary')");
    await page.waitForTimeout(500);
  }
  await browser.stopTracing();
} finally {
  await browser.close();
  server.kill();
}

const events = JSON.parse(readFileSync(TRACE, 'utf8')).traceEvents;
const main = events.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
const wrappers = /^(ThreadControllerImpl|Receive mojo|BlinkScheduler|RunTask)/;
const minTask = mode === 'answers' ? 8 : 30;
for (const task of onMain.filter((e) => e.name === 'RunTask' && e.dur > minTask * 1000)) {
  const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur
    && e.dur > 1500 && !wrappers.test(e.name));
  console.log(`task at ${((task.ts - onMain[0].ts) / 1000).toFixed(0)} ms: ${(task.dur / 1000).toFixed(1)} ms`);
  for (const e of inside.slice(0, 8)) {
    console.log(`  +${((e.ts - task.ts) / 1000).toFixed(0).padStart(4)} ${(e.dur / 1000).toFixed(1).padStart(6)} ms  ${e.name}`);
  }
}
