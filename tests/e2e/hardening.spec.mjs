// Hardening on the release build: every page the widget serves sends exactly the documented
// Content-Security-Policy, and nothing violates it through both assessments; no cookie;
// nothing requested from elsewhere (the watch every test runs under); no URL switch can make
// the widget panic; a bank that never arrives gives way after 10 s.
import { readFileSync, readdirSync } from 'node:fs';
import { test, expect, answerAll, tenSeconds } from './helpers.mjs';

// The policy as EMBEDDING.md documents it, read from there: the docs and the server agree.
const EMBEDDING = readFileSync(new URL('../../EMBEDDING.md', import.meta.url), 'utf8');
const WIDGET_CSP = EMBEDDING.match(/^Content-Security-Policy: (.+)$/m)[1];
const HOST_CSP = WIDGET_CSP + "; frame-src 'self'";
const DEMO = readdirSync(new URL('../../dist/demo/', import.meta.url)).filter((f) => f.endsWith('.html'));

test.beforeEach(async ({ page }) => {
  // Record CSP violations in every frame, as a reporting endpoint would.
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

test('every page sends the documented policy, every directive of it', async ({ page }) => {
  expect(WIDGET_CSP).toContain("default-src 'none'");
  expect(DEMO.length).toBeGreaterThanOrEqual(4);
  const pages = [['/', WIDGET_CSP], ['/index.html', WIDGET_CSP], ['/preview.html', WIDGET_CSP], ['/lead.html', WIDGET_CSP], ['/configure.html', HOST_CSP],
    ...DEMO.map((f) => [`/demo/${f}`, HOST_CSP])];
  for (const [path, policy] of pages) {
    const response = await page.goto(path);
    expect(response.headers()['content-security-policy'], path).toBe(policy);
    expect(await page.evaluate(() => window.cspViolations), path).toEqual([]);
  }
});

for (const assessment of ['candidate', 'team']) {
  test(`${assessment}: no violation, no cookie, nothing from elsewhere`, async ({ page }) => {
    await page.goto(`/?assessment=${assessment}`);
    await page.getByRole('button', { name: 'Start' }).click();
    await answerAll(page, 1);
    await page.getByRole('button', { name: 'See my result' }).click();
    await expect(page.locator('.rf-result')).toBeVisible();
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(await page.context().cookies()).toEqual([]);
  });
}

test('no URL parameter makes the widget panic or drop saves', async ({ page }) => {
  // The old test switch (test-panic=render) shipped in every build: a crafted link could make
  // the widget panic, and the panic hook drop the visitor's saves. It is gone from every build;
  // the panel itself is tested in tests/browser.rs.
  await page.goto('/?assessment=candidate');
  await page.getByRole('button', { name: 'Start' }).click();
  await answerAll(page, 0);
  const saved = await page.evaluate(() => [Object.keys(sessionStorage), sessionStorage.length]);
  expect(saved[1]).toBe(1);
  await page.goto('/?assessment=candidate&test-panic=render');
  await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
  await expect(page.getByText('Something went wrong')).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual(saved[0]);
});

test('a question bank that never arrives gives way to the built-in questions after 10 s', async ({ page, problems }) => {
  // The widget gives up on purpose: its own fetch is aborted, and that is the only failure.
  problems.allow(/request failed: .*silent-bank\.json net::ERR_ABORTED/);
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  // The server accepts the request and never answers. The page's clock runs as usual, and is
  // moved on past the ten seconds instead of waited out: not given up at 9 s, given up by 11 s.
  await page.route('**/demo/silent-bank.json', () => {});
  await page.clock.install();
  const cross = tenSeconds(page, 'silent-bank.json');
  const asked = page.waitForRequest('**/demo/silent-bank.json');
  await page.goto('/?bank=demo%2Fsilent-bank.json');
  await asked;
  await cross(async () => {
    await expect(page.getByText('Loading')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
  await expect(page.getByRole('alert')).toContainText('no answer within 10 seconds');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  expect(warnings.join('\n')).toContain('silent-bank.json');
});
