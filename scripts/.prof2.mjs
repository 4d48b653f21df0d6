import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import e2e from '/work/main/tests/e2e/playwright.config.mjs';
const PORT = 8393;
const server = spawn(process.execPath, ['scripts/static-server.mjs', '/tmp/pdist', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((ok) => server.stdout.once('data', ok));
const browser = await chromium.launch({ ...e2e.use.launchOptions, headless: true });
const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await page.goto(`http://127.0.0.1:${PORT}/?assessment=candidate`);
await page.click('.rf-intro .rf-primary');
await page.waitForSelector('form.rf-question');
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
for (let i = 0; i < 12; i++) {
  if (await page.locator('form.rf-question').count() === 0) break;
  await page.locator('form.rf-question input').nth(i % 3).check();
  await page.locator('form.rf-question button[type=submit]').click();
  await page.waitForTimeout(150);
}
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); profile.nodes.forEach((n) => (n.children ?? []).forEach((c) => parent.set(c, n.id)));
const self = new Map(), total = new Map();
profile.samples.forEach((id, i) => {
  const d = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  const n = byId.get(id); const k = n.callFrame.functionName || `(${n.callFrame.url.split('/').pop() || 'native'})`;
  self.set(k, (self.get(k) ?? 0) + d);
  const seen = new Set(); let cur = id;
  while (cur !== undefined) { const m = byId.get(cur); const kk = m.callFrame.functionName || '(anon)'; if (!seen.has(kk)) { total.set(kk, (total.get(kk) ?? 0) + d); seen.add(kk); } cur = parent.get(cur); }
});
console.log('--- self'); for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(1).padStart(8), k.slice(0, 130));
console.log('--- total (rolefit/yew)'); for (const [k, v] of [...total.entries()].filter(([k]) => /rolefit|yew|focus|setItem|post_message|replace_state/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(v.toFixed(1).padStart(8), k.slice(0, 130));
await browser.close(); server.kill();
