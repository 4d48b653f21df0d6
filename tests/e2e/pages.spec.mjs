// The two visitors' pages (Cargo.toml's `candidate` and `team`): index.html has the candidate
// assessment, team.html the team's, and each sends a visitor who asks for the other there, by
// parameter, by the intro's link or by a shared result's link, before its own wasm arrives
// (web/boot.js). Whatever the path, a visitor downloads one wasm: the one with their assessment.
import { readFileSync } from 'node:fs';
import { test, expect, answerAll, watch } from './helpers.mjs';

const wasmOf = (html) => readFileSync(new URL(`../../dist/${html}`, import.meta.url), 'utf8').match(/data-wasm="?\.\/([^"\s>]+)/)[1];
const WASM = { index: wasmOf('index.html'), team: wasmOf('team.html') };

/** The wasm files `page` downloads from now on (their names), in order. Each page's wasm is
 * held back for half a second: a page that forwards must leave before it has downloaded its own
 * (its preload may start and is then cancelled). */
async function wasmRequests(page) {
  const seen = [];
  for (const wasm of Object.values(WASM)) {
    await page.route(`**/${wasm}`, async (route) => {
      await new Promise((ok) => setTimeout(ok, 500));
      await route.continue().catch(() => {}); // the request was cancelled by the forward
    });
  }
  page.on('requestfinished', (r) => { if (r.url().endsWith('.wasm')) seen.push(new URL(r.url()).pathname.slice(1)); });
  return seen;
}

test('each assessment opens on its own page, which fetches only its own wasm', async ({ page }) => {
  const seen = await wasmRequests(page);
  await page.goto('/?assessment=team&lang=de#x=1');
  await expect(page).toHaveURL((url) => url.pathname === '/team.html' && url.search === '?assessment=team&lang=de' && url.hash === '#x=1');
  await expect(page.getByRole('button', { name: 'Starten' })).toBeVisible();
  await expect(page.locator('.rf-kicker')).toHaveText(/Team/);
  expect(seen).toEqual([WASM.team]);
  // The forward replaced the entry: Back leaves the widget instead of bouncing.
  expect(await page.evaluate(() => history.length)).toBe(2);

  seen.length = 0;
  await page.goto('/team.html?assessment=candidate');
  await expect(page).toHaveURL((url) => url.pathname === '/index.html' && url.search === '?assessment=candidate');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  expect(seen).toEqual([WASM.index]);

  // Without a parameter each page shows its own.
  for (const [path, wasm, kicker] of [['/', WASM.index, 'For candidates'], ['/team.html', WASM.team, 'For teams']]) {
    seen.length = 0;
    await page.goto(path);
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(path);
    expect(seen).toEqual([wasm]);
    await expect(page.locator('.rf-kicker')).toHaveText(kicker);
  }
});

/** Follows the intro's link to the other assessment: it names `target` and opens it. */
async function followSwitch(page, target) {
  const link = page.locator('.rf-switch a');
  expect(await link.getAttribute('href')).toMatch(target);
  await link.click();
  await expect(page).toHaveURL(target);
  await expect(page.getByRole('button', { name: 'Empezar' })).toBeVisible();
}

test('the intro\'s link to the other assessment goes straight to its page, frame settings kept', async ({ page }) => {
  const seen = await wasmRequests(page);
  await page.goto('/?lang=es&frame=w1');
  await followSwitch(page, /\/team\.html\?lang=es&frame=w1&assessment=team$/);
  // The link fixed the assessment, so the team's page offers no way back (as on one page);
  // opened without it, it links to the candidate's.
  await expect(page.locator('.rf-switch')).toHaveCount(0);
  await page.goto('/team.html?lang=es&frame=w1');
  await followSwitch(page, /\/index\.html\?lang=es&frame=w1&assessment=candidate$/);
  // One wasm per page, none fetched by a page that then left (a second visit's may come from
  // the memory cache, unseen).
  expect(seen.slice(0, 2)).toEqual([WASM.index, WASM.team]);
  expect(seen.slice(2).every((w) => w === WASM.team || w === WASM.index)).toBe(true);
});

test('a shared result opens on its assessment\'s page, whichever page the link names', async ({ page, browser }) => {
  await page.goto('/team.html');
  await page.getByRole('button', { name: 'Start' }).click();
  await answerAll(page, 1);
  await page.getByRole('button', { name: 'See my result' }).click();
  const heading = await page.locator('#rf-heading').textContent();
  const link = await page.locator('.rf-share-link input').inputValue();
  expect(link).toMatch(/\/team\.html#r=[A-Za-z0-9_-]+$/);

  // The same code on the candidate's page (a host that links to index.html, say).
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const w = watch(other);
  const seen = await wasmRequests(other);
  const code = new URL(link).hash;
  await other.goto(`/?lang=en${code}`);
  await expect(other).toHaveURL((url) => url.pathname === '/team.html' && url.hash === code);
  await expect(other.locator('#rf-heading')).toHaveText(heading);
  await expect(other.getByText('Someone shared this result with you')).toBeVisible();
  expect(seen).toEqual([WASM.team]);
  await w.clean();
  await fresh.close();
});

test('a page whose other page is missing shows its own assessment and says why, once', async ({ page, problems }) => {
  // A server that answers the missing team.html with index.html: the page must not forward
  // again (it is at the address of the page it would go to).
  const visitors = readFileSync(new URL('../../dist/index.html', import.meta.url), 'utf8');
  let served = 0;
  await page.route(/\/team\.html/, (route) => { served += 1; return route.fulfill({ contentType: 'text/html', body: visitors }); });
  const notice = 'assessment=team needs team.html beside this page, which did not open here; the candidate assessment is shown.';
  problems.allow(new RegExp(`rolefit: ${notice.replace(/[.()]/g, '\\$&')}`));
  await page.goto('/?assessment=team');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText(notice);
  expect(served).toBe(1);
  expect(new URL(page.url()).pathname).toBe('/team.html');

  // A team result's link there: the candidate's page cannot show it and says so.
  await page.unroute(/\/team\.html/);
  await page.goto('/team.html');
  await page.getByRole('button', { name: 'Start' }).click();
  await answerAll(page, 0);
  await page.getByRole('button', { name: 'See my result' }).click();
  const code = new URL(await page.locator('.rf-share-link input').inputValue()).hash;
  await page.route(/\/team\.html/, (route) => route.fulfill({ contentType: 'text/html', body: visitors }));
  await page.goto(`/${code}`);
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText(/This result link is for an assessment this page does not have/);
});

test('a host\'s team widget frames team.html directly', async ({ page }) => {
  const seen = await wasmRequests(page);
  await page.route('**/demo/team-host.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><title>team host</title><link rel="icon" href="data:,"></head><body>
      <div id="w" data-rolefit="team"></div><script src="../embed.js"></script></body></html>`,
  }));
  await page.goto('/demo/team-host.html');
  const frame = page.frameLocator('#w iframe');
  await expect(frame.getByRole('button', { name: 'Start' })).toBeVisible();
  expect(await page.locator('#w iframe').getAttribute('src')).toMatch(/\/team\.html\?assessment=team&/);
  expect(seen).toEqual([WASM.team]);
});
