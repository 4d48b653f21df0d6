// Every screen of both assessments in each language at 360 px (Arabic right to left), for a
// person to read (languages-<lang>-<assessment>-<screen>.png), with the checks a reader
// would make first: the language and direction are set, no key or placeholder shows, and
// counted texts use the language's forms (no "{n}").
import { test, expect, answer, SHOTS } from './helpers.mjs';

const leaks = async (page) => {
  const text = await page.locator('main').innerText();
  expect(text, 'no placeholder shows').not.toMatch(/\{[a-z_]+\}/);
  expect(text, 'no catalog key shows').not.toMatch(/\b(result|person|intro|question|summary|share|step|outcome|confidence|candidate)\.[a-z_.-]+/);
};

for (const lang of ['en', 'de', 'es', 'ar']) {
  for (const assessment of ['candidate', 'team']) {
    test(`${lang}, ${assessment}: every screen at 360 px`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(`/?assessment=${assessment}&lang=${lang}`);
      await expect(page.locator('.rf-intro')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
      // What a reader checks on each screen, and its screenshot.
      const look = async (screen) => {
        await leaks(page);
        await page.screenshot({ path: `${SHOTS}languages-${lang}-${assessment}-${screen}.png`, fullPage: true });
      };
      await look('intro');
      await page.locator('.rf-intro .rf-primary').click();
      await expect(page.locator('form.rf-question')).toBeVisible();
      await look('question');
      for (let i = 0; i < 40 && await page.locator('form.rf-question').count(); i++) await answer(page, 1);
      await expect(page.locator('.rf-summary')).toBeVisible();
      await look('summary');
      await page.locator('.rf-summary .rf-primary').click();
      await expect(page.locator('.rf-result')).toBeVisible();
      await look('result');
      await page.locator('details.rf-more').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
      await look('result-open');
    });
  }
}
