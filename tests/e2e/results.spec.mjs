// The result as a visitor uses it: change an answer and see the result change, share link
// opened in a fresh page, tampered link, reload mid-way, remember on this device, print.
import { test, expect, answer, answerAll, shoot, watch } from './helpers.mjs';

async function finish(page) {
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.locator('.rf-result')).toBeVisible();
}

test('changing an answer from the summary changes the result', async ({ page }) => {
  await page.goto('/?assessment=candidate');
  await page.getByRole('button', { name: 'Start' }).click();
  await answerAll(page, 0);
  await finish(page);
  const first = await page.locator('#rf-heading').textContent();
  await page.getByRole('button', { name: 'Back to answers' }).click();
  // Change every answer to its third choice, one by one, through the summary.
  const n = await page.locator('.rf-summary-row').count();
  for (let i = 0; i < n; i++) {
    await page.locator('.rf-summary-row').nth(i).getByRole('button').click();
    const inputs = page.locator('form.rf-question input');
    const count = await inputs.count();
    const target = inputs.nth(Math.min(2, count - 1));
    if (await inputs.first().getAttribute('type') === 'checkbox') {
      for (let j = 0; j < count; j++) if (await inputs.nth(j).isChecked()) await inputs.nth(j).uncheck();
    }
    await target.check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
  }
  await finish(page);
  const second = await page.locator('#rf-heading').textContent();
  expect(second).not.toEqual(first);
});

test('open sections stay open while the visitor copies the link and ticks a box', async ({ page }) => {
  // The result's sections are one raw node (ui::raw), which Yew replaces whenever its markup
  // changes: the status line and the boxes must stay outside it, or every click would close
  // what the visitor opened.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?assessment=candidate');
  await page.getByRole('button', { name: 'Start' }).click();
  await answerAll(page, 0);
  await finish(page);
  await page.locator('#rf-more-kpis > summary').click();
  await page.locator('#rf-more-week > summary').click();
  const copy = page.getByRole('button', { name: 'Copy link' });
  await copy.click();
  await expect(page.locator('.rf-share [role=status]')).toHaveText('Link copied.');
  await expect(copy).toBeFocused();
  await page.getByLabel('Keep my answers on this device so I can finish later').check();
  for (const id of ['rf-more-kpis', 'rf-more-week']) await expect(page.locator(`#${id}`)).toHaveAttribute('open', '');
  await expect(page.locator('#rf-more-split')).not.toHaveAttribute('open', '');
});

test('a share link shows the same result in a fresh page, read-only', async ({ page, browser }) => {
  await page.goto('/?assessment=team');
  await page.getByRole('button', { name: 'Start' }).click();
  await answerAll(page, 1);
  await finish(page);
  const heading = await page.locator('#rf-heading').textContent();
  const url = await page.locator('.rf-share-link input').inputValue();
  expect(url).toMatch(/#r=[A-Za-z0-9_-]+$/);
  await shoot(page, 'team-result-own');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const w2 = watch(other);
  await other.goto(url);
  await expect(other.locator('#rf-heading')).toHaveText(heading);
  await expect(other.getByText('Someone shared this result with you')).toBeVisible();
  await expect(other.getByRole('button', { name: 'Start again' })).toHaveCount(0);
  await shoot(other, 'team-result-shared');
  await other.getByRole('button', { name: 'Take the assessment yourself' }).click();
  await expect(other.getByRole('button', { name: 'Start' })).toBeVisible();
  expect(other.url()).not.toContain('#r=');
  await w2.clean();
  await fresh.close();
});

test('a tampered link shows a clear message and a way to start', async ({ page }) => {
  await page.goto('/?assessment=candidate');
  await page.getByRole('button', { name: 'Start' }).click();
  await answerAll(page, 0);
  await finish(page);
  const url = await page.locator('.rf-share-link input').inputValue();
  const tampered = url.slice(0, -3) + (url.endsWith('AAA') ? 'BBB' : 'AAA');
  const fresh = await page.context().browser().newContext();
  const other = await fresh.newPage();
  const w2 = watch(other);
  await other.goto(tampered);
  await expect(other.getByRole('alert')).toContainText('damaged or incomplete');
  await shoot(other, 'tampered-link');
  await other.getByRole('button', { name: 'Start' }).click();
  await expect(other.locator('.rf-progress-text')).toHaveText(/^Question 1 of/);
  await other.goto('/#r=this-is-not-a-result');
  await expect(other.getByRole('alert')).toBeVisible();
  await w2.clean();
  await fresh.close();
});

test('a reload mid-way continues where the visitor was; nothing stored before starting', async ({ page }) => {
  await page.goto('/?assessment=team');
  expect(await page.evaluate(() => [sessionStorage.length, localStorage.length, document.cookie])).toEqual([0, 0, '']);
  await page.getByRole('button', { name: 'Start' }).click();
  await answer(page, 1);
  await answer(page, 2);
  await page.reload();
  await expect(page.locator('.rf-progress-text')).toHaveText(/^Question 3 of/);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.locator('form.rf-question input').nth(2)).toBeChecked();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  expect(await page.evaluate(() => document.cookie)).toBe('');
});

test('keep on this device survives a new tab; forget removes it', async ({ page, context }) => {
  await page.goto('/?assessment=candidate');
  await page.getByRole('button', { name: 'Start' }).click();
  await answer(page, 1);
  await page.getByLabel('Keep my answers on this device').check();
  expect(await page.evaluate(() => localStorage.length)).toBe(1);
  const tab = await context.newPage();
  await tab.goto('/?assessment=candidate');
  await expect(tab.locator('.rf-progress-text')).toHaveText(/^Question 2 of/);
  await tab.getByRole('button', { name: 'Forget my answers' }).click();
  await expect(tab.getByRole('button', { name: 'Start' })).toBeVisible();
  expect(await tab.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  await tab.close();
});

test('print shows the report without buttons', async ({ page }) => {
  await page.goto('/?assessment=candidate');
  await page.getByRole('button', { name: 'Start' }).click();
  await answerAll(page, 1);
  await finish(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('button:visible')).toHaveCount(0);
  await expect(page.locator('table.rf-split')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Why' })).toBeVisible();
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.screenshot({ path: new URL('./artifacts/screenshots/print-report.png', import.meta.url).pathname, fullPage: true });
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(10_000);
  expect(pdfPages(pdf), 'a candidate report fits three A4 pages').toBeLessThanOrEqual(3);
});

test('the dark theme prints dark text on white paper', async ({ page }) => {
  await page.goto('/?assessment=candidate&theme=dark');
  await page.getByRole('button', { name: 'Start' }).click();
  await answerAll(page, 0);
  await finish(page);
  await page.emulateMedia({ media: 'print' });
  // Every visible text against what it is printed on (its nearest background, else the
  // white paper): at least 4.5:1 (WCAG AA).
  const faint = await page.evaluate(() => {
    const background = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor;
        if (!/rgba\(.*, 0\)$|transparent/.test(c)) return c;
      }
      return 'rgb(255, 255, 255)';
    };
    const lum = (c) => {
      const [r, g, b] = c.match(/[\d.]+/g).slice(0, 3).map((v) => {
        const x = Number(v) / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const out = [];
    const walker = document.createTreeWalker(document.querySelector('.rf'), NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!n.textContent.trim() || !el.checkVisibility()) continue;
      const [fg, bg] = [lum(getComputedStyle(el).color), lum(background(el))];
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      if (ratio < 4.5) out.push(`${el.className || el.tagName}: ${n.textContent.trim().slice(0, 30)} (${ratio.toFixed(2)})`);
    }
    return out;
  });
  expect(faint).toEqual([]);
});

test('team reports print on at most three A4 pages, in German too', async ({ page }) => {
  // Four runs, four different setups (up to three people and four rules), in the language
  // with the longest words.
  const seen = new Set();
  for (const choice of [0, 1, 2, 3]) {
    // A fresh start each time: the tab keeps the last run's progress.
    if (choice > 0) await page.evaluate(() => sessionStorage.clear());
    await page.goto('/?assessment=team&lang=de');
    await page.locator('.rf-intro .rf-primary').click();
    await answerAll(page, choice);
    await page.locator('button.rf-primary').last().click();
    await expect(page.locator('.rf-result')).toBeVisible();
    seen.add(await page.locator('#rf-heading').textContent());
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdfPages(pdf), `choice ${choice}`).toBeLessThanOrEqual(3);
  }
  expect(seen.size).toBeGreaterThanOrEqual(3);
});

/** Page objects in a PDF from Chromium (Skia writes each as an uncompressed `/Type /Page`). */
function pdfPages(pdf) {
  const n = (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
  expect(n, 'the PDF has pages').toBeGreaterThan(0);
  return n;
}
