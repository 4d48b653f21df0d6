import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import e2e from '/work/main/tests/e2e/playwright.config.mjs';
const PORT = 8392;
const server = spawn(process.execPath, ['scripts/static-server.mjs', process.argv[2] ?? 'dist', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((ok) => server.stdout.once('data', ok));
const browser = await chromium.launch({ ...e2e.use.launchOptions, headless: true });
const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await page.goto(`http://127.0.0.1:${PORT}/?assessment=candidate`);
await page.click('.rf-intro .rf-primary');
await page.waitForSelector('form.rf-question');
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await browser.startTracing(page, { path: '/tmp/trace2.json', categories: ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline', 'blink'] });
for (let i = 0; i < 6; i++) {
  await page.locator('form.rf-question input').nth(i % 3).check();
  await page.evaluate(() => performance.mark('click'));
  await page.locator('form.rf-question button[type=submit]').click();
  await page.waitForTimeout(400);
}
await browser.stopTracing();
await browser.close(); server.kill();
const ev = JSON.parse(readFileSync('/tmp/trace2.json', 'utf8')).traceEvents;
const main = ev.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
const onMain = ev.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
const names = ['EventDispatch', 'FunctionCall', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'Commit', 'HitTest', 'IntersectionObserverController::computeIntersections', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'ParseHTML', 'UpdateLayer', 'FireAnimationFrame', 'TimerFire', 'RunMicrotasks'];
const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur > 8000);
const sums = {};
for (const t of tasks) {
  const kids = onMain.filter((e) => e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && names.includes(e.name));
  const line = kids.filter(k => k.dur > 1500).map((k) => `${k.name} ${(k.dur / 1000).toFixed(1)}`).join(', ');
  console.log(`task ${(t.dur / 1000).toFixed(1)} ms: ${line}`);
}
