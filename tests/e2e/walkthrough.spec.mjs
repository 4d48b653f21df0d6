// A visitor's walk through both assessments on the release build: intro, every question,
// summary, result; no console error or failed request; axe-core finds nothing; screenshots.
import { test, expect, answer, answerAll, axe, shoot } from './helpers.mjs';

for (const assessment of ['candidate', 'team']) {
  test(`${assessment}: intro to result`, async ({ page }) => {
    await page.goto(`/?assessment=${assessment}`);
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
    await axe(page);
    await shoot(page, `${assessment}-intro`);

    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.locator('.rf-progress-text')).toHaveText(/^Question 1 of \d+$/);
    await expect(page.locator('#rf-heading')).toBeFocused();
    await axe(page);
    await shoot(page, `${assessment}-question`);

    await answer(page, 1);
    await expect(page.locator('.rf-progress-text')).toHaveText(/^Question 2 of \d+$/);
    await answerAll(page, 0);

    await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
    await axe(page);
    await shoot(page, `${assessment}-summary`);
    await page.getByRole('button', { name: 'See my result' }).click();

    await page.locator('#rf-more-split > summary').click();
    await expect(page.locator('table.rf-split tbody tr')).toHaveCount(19);
    await expect(page.getByRole('heading', { name: 'Why' })).toBeVisible();
    // Each bar is two sibling rects, the fill as wide as its number says: the result is raw
    // markup (ui::raw), and a rect the parser nested inside the other would draw nothing.
    const bars = await page.locator('.rf-bar').evaluateAll((items) => items.map((li) => ({
      rects: li.querySelectorAll('svg > rect').length,
      nested: li.querySelectorAll('rect rect').length,
      width: li.querySelector('.rf-bar-fill').getAttribute('width'),
      value: li.querySelector('.rf-bar-value').textContent,
    })));
    // Three roles; the team these answers give shares the work among three people too.
    expect(bars).toHaveLength(3);
    for (const bar of bars) {
      expect(bar).toMatchObject({ rects: 2, nested: 0, value: `${bar.width}%` });
    }
    await axe(page);
    await shoot(page, `${assessment}-result`);
  });
}

test('keyboard only: Enter continues, arrows choose', async ({ page }) => {
  await page.goto('/?assessment=candidate');
  await page.getByRole('button', { name: 'Start' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#rf-heading')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('.rf-progress-text')).toHaveText(/^Question 2 of/);
  await expect(page.locator('#rf-heading')).toBeFocused();
});

test('a bad parameter shows a specific message and the widget still works', async ({ page }) => {
  await page.goto('/?assessment=recruiter');
  await expect(page.getByRole('alert')).toContainText('assessment "recruiter" is not known');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('.rf-progress-text')).toHaveText(/^Question 1 of/);
});
