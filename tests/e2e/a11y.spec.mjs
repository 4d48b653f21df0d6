// Accessibility and languages on the release build: axe-core on every screen (intro, each
// question, summary, result, shared result, error states) in light, and on each shape of
// screen in dark, Arabic and two host brands; no horizontal scrolling at 320 px on every
// screen; a keyboard-only run of each assessment with focus checked after every step; the
// result in each language at 360 px, saved to look at.
import { test, expect, axe, answer, buttonContrast, SHOTS } from './helpers.mjs';

/** No horizontal scrolling: the reflow criterion at 320 CSS px (= 1280 px at 400% zoom). */
async function reflows(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'horizontal scrolling').toBeLessThanOrEqual(0);
}

/** A question screen's shape: each kind of element in its form (tag, classes, input type, the
 * ARIA attributes it has), not its words. */
const shape = (page) => page.locator('form.rf-question').evaluate((form) => [...new Set([...form.querySelectorAll('*')].map((e) =>
  [e.localName, ...[...e.classList].sort(), e.getAttribute('type') ?? '',
    ...[...e.attributes].map((a) => a.name).filter((n) => n.startsWith('aria-') || n === 'role').sort()].join(' ')))].sort().join('\n'));

const variants = [
  ['light', 'theme=light&lang=en'],
  ['dark', 'theme=dark&lang=en'],
  ['arabic', 'theme=light&lang=ar'],
  // A host's brand: a light accent (made contrast-safe by the widget) and a call to action.
  ['branded dark', 'theme=dark&lang=en&accent=%2300cc88&cta-label=Book%20a%20call&cta-url=%2Fcontact'],
  ['branded light', 'theme=light&lang=en&accent=%2300cc88&cta-label=Book%20a%20call&cta-url=%2Fcontact'],
];

/** axe plus our own check of solid-coloured buttons (see helpers), with the mouse resting on
 * the first button as well: hover states must stay readable too. */
async function scan(page) {
  await axe(page);
  await buttonContrast(page);
  const first = page.locator('.rf-button:visible:not(:disabled)').first();
  if (await first.count()) {
    await first.hover();
    await buttonContrast(page);
    await page.mouse.move(0, 0);
  }
}

for (const [name, query] of variants) {
  for (const assessment of ['candidate', 'team']) {
    test(`axe, ${name}, ${assessment}: every screen, reflow at 320 px`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(`/?assessment=${assessment}&${query}`);
      if (name === 'arabic') await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.locator('.rf-intro')).toBeVisible();
      await scan(page);
      await reflows(page);
      await page.locator('.rf-intro button').click();
      // Light scans every question; the other variants each question's shape once (a scan is
      // the run's slowest step, and a screen's colours and roles follow from its shape).
      // Reflow, which depends on the words too, is checked on every question everywhere.
      const seen = new Set();
      for (let i = 0; i < 40 && await page.locator('form.rf-question').count(); i++) {
        const form = await shape(page);
        if (name === 'light' || !seen.has(form)) await scan(page);
        seen.add(form);
        await reflows(page);
        await answer(page, 1);
      }
      if (name !== 'light') expect(seen.size, 'more than one shape of question').toBeGreaterThan(1);
      await scan(page);
      await reflows(page);
      await page.locator('.rf-summary .rf-primary').click();
      await expect(page.locator('.rf-result')).toBeVisible();
      // Scan what the disclosures hold too: axe skips closed content.
      await page.locator('details.rf-more').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
      await expect(page.locator('table.rf-split')).toBeVisible();
      if (name.startsWith('branded')) await expect(page.locator('.rf-cta .rf-button')).toBeVisible();
      await scan(page);
      await reflows(page);
      const url = await page.locator('.rf-share-link input').inputValue();
      await page.goto('about:blank');
      await page.goto(url);
      await expect(page.locator('.rf-shared-note')).toBeVisible();
      await scan(page);
      await reflows(page);
    });
  }
  test(`axe, ${name}: error states`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`/?assessment=nope&accent=banana&${query}`);
    await expect(page.getByRole('alert').first()).toBeVisible();
    await axe(page);
    await reflows(page);
    await page.goto(`/?${query}#r=AAAAdamaged`);
    await expect(page.getByRole('alert')).toBeVisible();
    await axe(page);
  });
}

for (const assessment of ['candidate', 'team']) {
  test(`keyboard only: ${assessment} from intro to result, focus on each new heading`, async ({ page }) => {
    await page.goto(`/?assessment=${assessment}&lang=en`);
    // Nothing is focused before the visitor moves: the widget must not pull focus (and the
    // host page's scroll position) to itself on load.
    await expect(page.locator('.rf-intro')).toBeVisible();
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    // Tab from the top of the page to Start.
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.textContent?.trim()) === 'Start') break;
    }
    await page.keyboard.press('Enter');
    for (let step = 1; step <= 40; step++) {
      if (await page.locator('form.rf-question').count() === 0) break;
      await expect(page.locator('#rf-heading')).toBeFocused();
      await expect(page.locator('.rf-progress-text')).toHaveText(new RegExp(`^Question ${step} of `));
      // Tab into the choices; Space picks (a radio or a check box), Enter continues.
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.tagName);
      expect(focused).toBe('INPUT');
      await page.keyboard.press('Space');
      await page.keyboard.press('Enter');
    }
    await expect(page.locator('#rf-heading')).toBeFocused();
    await expect(page.locator('#rf-heading')).toHaveText('Check your answers');
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.textContent?.trim()) === 'See my result') break;
    }
    await page.keyboard.press('Enter');
    await expect(page.locator('.rf-result')).toBeVisible();
    await expect(page.locator('#rf-heading')).toBeFocused();
    // The live region announced the result: its headline.
    await expect(page.locator('[aria-live]')).toContainText((await page.locator('.rf-result .rf-lead').first().textContent()).trim());
    // The disclosures open from the keyboard: Tab to "Who owns what", Enter shows the table.
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('#rf-more-split') !== null)) break;
    }
    await expect(page.locator('table.rf-split')).toBeHidden();
    await page.keyboard.press('Enter');
    await expect(page.locator('table.rf-split')).toBeVisible();
  });
}

for (const lang of ['en', 'de', 'es', 'ar']) {
  test(`result in ${lang} at 360 px`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/?assessment=team&lang=${lang}`);
    // After the intro shows, so a translation that failed to load (the widget then falls back
    // to English) cannot pass: the language stays, and the Start button is translated.
    await expect(page.locator('.rf-intro')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const start = { en: 'Start', de: 'Starten', es: 'Empezar', ar: 'ابدأ' }[lang];
    await expect(page.locator('.rf-intro button')).toHaveText(start);
    await page.locator('.rf-intro button').click();
    for (let i = 0; i < 40 && await page.locator('form.rf-question').count(); i++) await answer(page, 1);
    await page.locator('.rf-summary .rf-primary').click();
    await expect(page.locator('.rf-result')).toBeVisible();
    await reflows(page);
    await page.screenshot({ path: `${SHOTS}result-${lang}-360.png`, fullPage: true });
  });
}
