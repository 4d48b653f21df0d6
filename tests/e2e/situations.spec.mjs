// Six contrasting visitors answer through the real UI, by choice label, as issue 15 asks;
// each must get the outcome its persona test expects (tests/it/personas.rs), with the first
// steps and the deciding answers on the first screen at 360 px. The screenshots
// (situation-*.png) are for a person to look at.
import { readFileSync } from 'node:fs';
import { test, expect, SHOTS } from './helpers.mjs';

const read = (f) => JSON.parse(readFileSync(new URL(`../../content/${f}`, import.meta.url), 'utf8'));
const banks = { team: read('team.json'), candidate: read('candidate.json') };
const model = read('model.json');

const TEAM = 'size=21-50 roles=none decides=committee founder=little stage=mvp products=one complexity=moderate '
  + 'market=some experience=some needs=steady grow=no budget=ample delivery=none';
const parse = (s) => Object.fromEntries(s.split(/\s+/).filter(Boolean).map((p) => p.split('=')).map(([q, c]) => [q, c.split(',')]));

const situations = [
  ['tiny-founder', 'team', 'size=up-to-5 decides=founder founder=daily complexity=simple budget=very-tight', 'founder-po'],
  ['mvp-first-product', 'team', 'size=up-to-5 decides=founder founder=some complexity=simple experience=little budget=tight', 'po-first'],
  ['agency-for-client', 'team', 'decides=client complexity=complex delivery=fixed-date,vendors', 'client-led'],
  ['enterprise-portfolio', 'team', 'size=200-plus roles=pm,po decides=product stage=maturity products=seven-plus complexity=complex delivery=teams,vendors', 'portfolio+pjm'],
  ['analyst-backlog', 'team', 'roles=pm,side decides=product complexity=complex grow=po-ready', 'insider-po'],
  ['candidate-all-middle', 'candidate', 'energy=mix kpi=none mid-sprint=talk slip=team-cause competitor=talk-first strengths=markets,writing horizon=mix customers=some meeting=any people=everyone change=depends', 'generalist'],
];

for (const [name, assessment, spec, outcome] of situations) {
  test(`${name}: ${outcome} at 360 px`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/?assessment=${assessment}`);
    await page.locator('.rf-intro .rf-primary').click();
    const answers = assessment === 'team' ? { ...parse(TEAM), ...parse(spec) } : parse(spec);
    const bank = banks[assessment];
    for (let i = 0; i < 40 && await page.locator('form.rf-question').count(); i++) {
      const prompt = (await page.locator('#rf-heading').textContent()).trim();
      const q = bank.questions.find((x) => x.prompt === prompt);
      expect(q, prompt).toBeTruthy();
      for (const id of answers[q.id]) {
        const label = q.choices.find((c) => c.id === id).label;
        await page.getByLabel(label, { exact: true }).check();
      }
      await page.locator('form.rf-question button[type=submit]').click();
    }
    await page.locator('.rf-summary .rf-primary').click();
    const base = outcome.replace(/\+pjm$/, '');
    await expect(page.locator('#rf-heading')).toHaveText(model.outcomes[base].title);
    if (outcome.endsWith('+pjm')) await expect(page.locator('.rf-pjm-note')).toBeVisible();
    // The first screen (800 px at 360 px wide): the headline and the first step or how sure.
    const first = assessment === 'team' ? '.rf-now li' : '.rf-confidence-tier';
    const box = await page.locator(first).first().boundingBox();
    expect(box.y + box.height, 'on the first screen').toBeLessThanOrEqual(800);
    await expect(page.locator('table.rf-split')).toBeHidden();
    await page.screenshot({ path: `${SHOTS}situation-${name}-360.png`, fullPage: true });
  });
}

// A Product Owner kept and another hired for the second product: each owns the backlog of
// their own product, so every person in the split owns rows and none shows 0%.
test('a second product: both Product Owners own their backlog, at 360 and 1280 px', async ({ page }) => {
  const answers = { ...parse(TEAM), ...parse('roles=po stage=growth products=two') };
  const bank = banks.team;
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/?assessment=team');
  await page.locator('.rf-intro .rf-primary').click();
  for (let i = 0; i < 40 && await page.locator('form.rf-question').count(); i++) {
    const prompt = (await page.locator('#rf-heading').textContent()).trim();
    const q = bank.questions.find((x) => x.prompt === prompt);
    for (const id of answers[q.id]) await page.getByLabel(q.choices.find((c) => c.id === id).label, { exact: true }).check();
    await page.locator('form.rf-question button[type=submit]').click();
  }
  await page.locator('.rf-summary .rf-primary').click();
  await expect(page.locator('#rf-heading')).toHaveText(model.outcomes['po-per-product'].title);
  await page.locator('#rf-more-split > summary').click();
  const table = page.locator('table.rf-split');
  await expect(table).toBeVisible();
  const people = await table.locator('thead th').count() - 1;
  expect(people, 'the committee, the PM hire and two Product Owners').toBe(4);
  for (let p = 0; p < people; p++) {
    const owned = await table.locator(`tbody tr td:nth-of-type(${p + 1}).rf-own`).count();
    expect(owned, `column ${p + 1} owns rows`).toBeGreaterThan(0);
  }
  const backlog = table.locator('tbody tr').filter({ hasText: 'Backlog' });
  await expect(backlog.locator('td.rf-own')).toHaveCount(2);
  await expect(page.locator('.rf-bar-value').filter({ hasText: /^0\s?%$/ })).toHaveCount(0);
  // Each owns the same rows for their own product, delivery's included: the same share, up
  // to the one point that whole percentages summing to 100 give one of them.
  const shares = (await page.locator('.rf-bar').filter({ hasText: 'Product Owner' }).locator('.rf-bar-value').allTextContents())
    .map((v) => parseInt(v, 10));
  expect(shares.length).toBe(2);
  expect(Math.abs(shares[0] - shares[1]), `${shares}`).toBeLessThanOrEqual(1);
  await page.screenshot({ path: `${SHOTS}situation-second-product-360.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${SHOTS}situation-second-product-1280.png`, fullPage: true });
});
