// Shared steps for the end-to-end tests: a watch on every test for console errors and failed
// requests, answering questions as a visitor would, and saving screenshots to look at.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';

export const SHOTS = new URL('./artifacts/screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

export const ORIGIN = new URL(process.env.E2E_ORIGIN ?? `http://127.0.0.1:${process.env.E2E_PORT ?? 8181}`).origin;

/** Watches every page of a browser context: console errors (CSP violations among them), page
 * errors, failed or non-2xx requests, and requests to another origin than the test server.
 * A request aborted by a navigation (of its frame or its page, or a frame removed with it)
 * is not a failure; any other abort is, the widget's own timed-out fetch included. Playwright
 * may report the navigation just after the abort it caused, so each abort is judged a second
 * after it is reported. A test
 * that provokes a failure on purpose says which with `allow(pattern)`; a test that serves a
 * page from another origin says so with `allowOrigin(origin)`. */
export function watchContext(context) {
  const problems = [];
  const allowed = [];
  const origins = new Set([ORIGIN]);
  // Navigations and removals per frame, so an abort can be traced to one.
  const moves = new WeakMap();
  const bump = (frame) => moves.set(frame, (moves.get(frame) ?? 0) + 1);
  const movesOf = (frame) => {
    let n = 0;
    for (let f = frame; f; f = f.parentFrame()) n += moves.get(f) ?? 0;
    return n;
  };
  const started = new WeakMap();
  const frameOf = (r) => { try { return r.frame(); } catch { return null; } };
  const add = (text) => { if (!allowed.some((a) => a.test(text))) problems.push(text); };
  const onPage = (page) => {
    page.on('pageerror', (e) => add(`page error: ${e.message}`));
    page.on('framenavigated', bump);
    page.on('framedetached', bump);
  };
  context.pages().forEach(onPage);
  context.on('page', onPage);
  context.on('console', (m) => { if (m.type() === 'error') add(`console: ${m.text()}`); });
  context.on('request', (r) => {
    const frame = frameOf(r);
    if (frame) started.set(r, movesOf(frame));
    // A navigation starts with its request, before the old document's requests are aborted
    // (which Playwright may report before the frame's "navigated" event).
    if (frame && r.isNavigationRequest()) bump(frame);
    const url = r.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && !origins.has(new URL(url).origin)) add(`request to another origin: ${url}`);
  });
  // An abort is judged a second after it is reported: the navigation that caused it may be
  // reported after it (a frame is detached only once its page has moved on).
  const judging = [];
  context.on('requestfailed', (r) => {
    const error = r.failure()?.errorText;
    const frame = frameOf(r);
    if (error !== 'net::ERR_ABORTED' || !frame) return add(`request failed: ${r.url()} ${error}`);
    judging.push(new Promise((done) => setTimeout(() => {
      if (movesOf(frame) <= (started.get(r) ?? 0)) add(`request failed: ${r.url()} ${error}`);
      done();
    }, 1000)));
  });
  context.on('response', (r) => { if (r.status() >= 400) add(`HTTP ${r.status()}: ${r.url()}`); });
  return {
    problems,
    allow: (pattern) => { allowed.push(pattern); },
    allowOrigin: (origin) => { origins.add(new URL(origin).origin); },
    clean: async () => {
      await Promise.all(judging.splice(0));
      expect(problems, problems.join('\n')).toEqual([]);
    },
  };
}

/** Every test runs watched: `problems` is checked after the test, whatever it does. */
export const test = base.extend({
  problems: [async ({ context }, use) => {
    const watcher = watchContext(context);
    await use(watcher);
    await watcher.clean();
  }, { auto: true }],
});
export { expect };

/** Answers the current question by choice position (0-based), then continues. */
export async function answer(page, index = 0) {
  const inputs = page.locator('form.rf-question input');
  await inputs.nth(Math.min(index, (await inputs.count()) - 1)).check();
  // By role, not by name: the same step in every language.
  await page.locator('form.rf-question button[type=submit]').click();
}

/** Answers questions until the summary, always with the choice at `index` (or the last one). */
export async function answerAll(page, index = 0) {
  for (let i = 0; i < 60; i++) {
    if (await page.locator('form.rf-question').count() === 0) return;
    const n = await page.locator('form.rf-question input').count();
    await answer(page, Math.min(index, n - 1));
  }
  throw new Error('still asking after 60 questions');
}

/** Answers every question (the choice at `index`) in `scope`, a page or a widget's frame,
 * then opens the result from the summary. */
export async function toResult(scope, index = 0) {
  await answerAll(scope, index);
  await scope.locator('.rf-summary .rf-primary').click();
  await expect(scope.locator('.rf-result')).toBeVisible();
}

/** The events a demo host page received, in order (recorded by demo/demo.js). */
export const hostEvents = (page) => page.evaluate(() => (window.rolefitEvents || []).map((e) => ({ ...e })));

/** The widget's ten-second give-up (a fetch, a contact form's send), crossed with the page's
 * clock instead of waited out: `page.clock.install()` first, then this before the request
 * starts. The returned function moves the clock 9 s, where `notYet` must hold and no request
 * whose address contains `part` has failed, then 2 s more. The clock runs in real time between
 * the steps, hence a second's margin on each side. */
export function tenSeconds(page, part) {
  const given = [];
  page.on('requestfailed', (r) => { if (r.url().includes(part)) given.push(r.url()); });
  return async (notYet) => {
    await page.clock.fastForward(9_000);
    await notYet();
    expect(given, `given up before 10 s: ${part}`).toEqual([]);
    await page.clock.fastForward(2_000);
  };
}

/** axe-core's WCAG 2.2 AA rules on `page`, failing with every violation. A page with frames
 * (a host page and the widget's iframe) is scanned across them, which axe finishes in a blank
 * page of its own; a page without is scanned in place (`legacyMode`), a third of the time:
 * there is nothing to merge. */
export async function axe(page) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  const results = await builder.setLegacyMode(page.frames().length === 1).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, summary.join('\n')).toEqual([]);
}

export async function shoot(page, name) {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}${name}-${width}.png`, fullPage: true });
  }
}

/** Every visible button and button-styled link in `scope` (a page or a frame) has text at
 * least 4.5:1 against its own background, when that background is a solid colour. axe leaves
 * such pairs "incomplete" in some layouts; a branded call to action once had its text in the
 * accent colour on an accent background and no scan noticed. */
export async function buttonContrast(scope) {
  const bad = await scope.locator('.rf-button').evaluateAll((els) => {
    const rgb = (c) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]) => {
      const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    return els.filter((e) => e.getClientRects().length > 0).flatMap((e) => {
      const s = getComputedStyle(e);
      const bg = rgb(s.backgroundColor);
      if (bg.length < 3 || (bg.length === 4 && bg[3] < 1)) return []; // transparent: axe's case
      const [a, b] = [lum(rgb(s.color)), lum(bg)].sort((x, y) => y - x);
      const ratio = (a + 0.05) / (b + 0.05);
      return ratio < 4.5 ? [`${e.textContent.trim()}: ${s.color} on ${s.backgroundColor} (${ratio.toFixed(2)}:1)`] : [];
    });
  });
  expect(bad, bad.join('\n')).toEqual([]);
}

/** A watch on another browser context a test opens itself (the test's own is watched). */
export const watch = (page) => watchContext(page.context());
