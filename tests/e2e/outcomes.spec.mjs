// From a result to a next step (issue 18), on the careers demo page: an apply link per role
// with only the named campaign parameters of the host page's address, the cta event saying
// which setting it was, the variant and parameters in every event, the step events' question
// and time, `abandoned` when the page is hidden mid-run, Google Tag Manager's dataLayer, and
// "E-mail me my result".
import { test, expect, shoot, toResult, hostEvents as events } from './helpers.mjs';

const bank = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(new URL('../../content/candidate.json', import.meta.url), 'utf8')));

/** Hides the host page as a phone does when the visitor switches apps. */
const hide = (page) => page.evaluate(() => {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
});

for (const width of [360, 1280]) {
  test(`careers: an apply link per role, with the named campaign parameters only (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const ctas = [];
    await page.exposeFunction('recordCta', (detail) => ctas.push(detail));
    await page.addInitScript(() => addEventListener('rolefit:cta', (e) => window.recordCta({ ...e.detail, element: undefined })));
    await page.goto('/demo/careers.html?utm_source=news&gh_src=ab12&token=secret');
    const frame = page.frameLocator('#careers-widget iframe');
    await frame.getByRole('button', { name: 'Start' }).click();
    await toResult(frame, 0);
    const done = (await events(page)).find((e) => e.type === 'completed').detail;
    // Every event carries the variant and the named parameters, never the others.
    for (const e of await events(page)) {
      expect(e.detail.variant, e.type).toBe('careers-a');
      expect(e.detail.params, e.type).toEqual({ utm_source: 'news', gh_src: 'ab12' });
    }
    const roles = { pm: 'Product Manager', po: 'Product Owner', pjm: 'Project Manager' };
    const fitting = done.outcome === 'generalist' ? [] : done.outcome.replace(/^hybrid-/, '').split('-');
    const links = frame.locator('.rf-cta a');
    const expected = fitting.length ? fitting.map((r) => `See our open ${roles[r]} roles`) : ['See our open roles'];
    await expect(links).toHaveText(expected);
    for (let i = 0; i < expected.length; i++) {
      const href = await links.nth(i).getAttribute('href');
      const url = new URL(href);
      expect(url.searchParams.get('gh_src')).toBe('ab12');
      expect(url.searchParams.get('utm_source')).toBe('news');
      expect(href).not.toContain('token');
      if (fitting.length) expect(url.searchParams.get('role')).toBe(fitting[i]);
    }
    // Google Tag Manager's shape: flat fields, prefixed; answers never.
    const layer = await page.evaluate(() => window.dataLayer || []);
    const completed = layer.find((d) => d.event === 'rolefit_completed');
    expect(completed).toMatchObject({ rolefit_outcome: done.outcome, rolefit_frame: 'rf-careers-widget', rolefit_params_gh_src: 'ab12', rolefit_variant: 'careers-a' });
    expect(layer.filter((d) => d.event === 'rolefit_step').length).toBeGreaterThanOrEqual(11);
    // "E-mail me my result": the visitor's own mail program, with the result link.
    const mail = await frame.getByRole('link', { name: 'E-mail me my result' }).getAttribute('href');
    expect(mail).toMatch(/^mailto:\?subject=My%20role-fit%20result/);
    expect(decodeURIComponent(mail)).toContain('#r=');
    expect(mail.length).toBeLessThan(2000);
    await frame.locator('.rf-cta').scrollIntoViewIfNeeded();
    await shoot(page, `outcomes-careers-${width}`);
    await links.first().click();
    await page.waitForURL(/contact\.html\?/);
    expect(new URL(page.url()).searchParams.get('gh_src')).toBe('ab12');
    const source = fitting.length ? fitting[0] : 'default';
    await expect.poll(() => ctas.map((c) => [c.outcome, c.cta, c.variant])).toEqual([[done.outcome, source, 'careers-a']]);
  });
}

test('steps say which question and how long the one before took; leaving mid-run is abandoned', async ({ page }) => {
  await page.goto('/demo/careers.html');
  const frame = page.frameLocator('#careers-widget iframe');
  await frame.getByRole('button', { name: 'Start' }).click();
  await frame.locator('form.rf-question input').first().check();
  await page.waitForTimeout(300);
  await frame.getByRole('button', { name: 'Continue' }).click();
  await expect.poll(async () => (await events(page)).filter((e) => e.type === 'step').length).toBe(2);
  const steps = (await events(page)).filter((e) => e.type === 'step').map((e) => e.detail);
  const ids = bank.questions.map((q) => q.id);
  expect(steps.map((s) => s.question)).toEqual(ids.slice(0, 2));
  expect(steps[1].elapsed_ms).toBeGreaterThanOrEqual(250);
  expect(steps[1].elapsed_ms).toBeLessThan(60_000);
  await hide(page);
  await hide(page);
  let abandoned = (await events(page)).filter((e) => e.type === 'abandoned');
  expect(abandoned.map((e) => e.detail)).toEqual([expect.objectContaining({ frame: 'rf-careers-widget', assessment: 'candidate', index: 2, question: ids[1], variant: 'careers-a' })]);
  expect((await page.evaluate(() => window.dataLayer)).filter((d) => d.event === 'rolefit_abandoned')).toHaveLength(1);
  // Back, and on to the result: a finished run is not abandoned when the page is left.
  await toResult(frame, 0);
  await hide(page);
  abandoned = (await events(page)).filter((e) => e.type === 'abandoned');
  expect(abandoned).toHaveLength(1);
});
