// Shared steps for the end-to-end tests: watching for console errors and failed requests,
// answering questions as a visitor would, and saving screenshots to look at.
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';

export const SHOTS = new URL('./artifacts/screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

/** Records console errors (CSP violations among them), page errors, failed or non-2xx
 * requests, and any request to another origin than the test server; assert with `clean()`. */
export function watch(page) {
  const problems = [];
  const origin = new URL(process.env.E2E_ORIGIN ?? `http://127.0.0.1:${process.env.E2E_PORT ?? 8181}`).origin;
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    // A navigation away (the CTA link) aborts the old page's pending requests: not a failure.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('data:') && new URL(url).origin !== origin) problems.push(`request to another origin: ${url}`);
  });
  return { problems, clean: () => expect(problems, problems.join('\n')).toEqual([]) };
}

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

export async function axe(page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
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
