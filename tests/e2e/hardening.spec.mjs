// Hardening on the release build: the strict Content-Security-Policy is sent and nothing
// violates it through both assessments; no cookie; nothing requested from elsewhere; a
// panic shows a friendly panel with a way to restart, never a blank page.
import { test, expect } from '@playwright/test';
import { watch, answerAll } from './helpers.mjs';

test.beforeEach(async ({ page }) => {
  // Record CSP violations in every frame, as a reporting endpoint would.
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

for (const assessment of ['candidate', 'team']) {
  test(`${assessment}: strict CSP, no violation, no cookie, nothing from elsewhere`, async ({ page }) => {
    const w = watch(page);
    const response = await page.goto(`/?assessment=${assessment}`);
    const csp = response.headers()['content-security-policy'];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("style-src 'self'");
    await page.getByRole('button', { name: 'Start' }).click();
    await answerAll(page, 1);
    await page.getByRole('button', { name: 'See my result' }).click();
    await expect(page.locator('.rf-result')).toBeVisible();
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    const cookies = await page.context().cookies();
    expect(cookies).toEqual([]);
    w.clean();
  });
}

test('a panic shows a friendly panel with a restart link', async ({ page }) => {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto('/?assessment=candidate&test-panic=render');
  await expect(page.getByRole('alert')).toContainText('Something went wrong');
  const restart = page.getByRole('link', { name: 'Start again' });
  await expect(restart).toBeVisible();
  // The details are in the console for the developer, not on the visitor's screen.
  expect(errors.join('\n')).toContain('rolefit panicked');
  await restart.click();
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  expect(page.url()).not.toContain('test-panic');
});

test('the panic panel speaks the page language and drops the saves that may have caused it, and only those', async ({ page }) => {
  await page.goto('/?assessment=candidate&lang=de');
  await page.evaluate(() => {
    localStorage.setItem('rolefit.progress.candidate', 'kept on this device');
    sessionStorage.setItem('rolefit.progress.candidate', 'kept in this tab');
    localStorage.setItem('rolefit.progress.team', 'another assessment, kept');
  });
  await page.goto('/?assessment=candidate&lang=de&test-panic=render');
  await expect(page.getByRole('alert')).toContainText('Etwas ist schiefgelaufen');
  await expect(page.getByRole('link', { name: 'Neu beginnen' })).toBeVisible();
  expect(await page.evaluate(() => [Object.keys(localStorage), sessionStorage.length])).toEqual([['rolefit.progress.team'], 0]);
});

test('a question bank that never arrives gives way to the built-in questions after 10 s', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  // The server accepts the request and never answers.
  await page.route('**/demo/silent-bank.json', () => {});
  await page.goto('/?bank=demo%2Fsilent-bank.json');
  await expect(page.getByRole('alert')).toContainText('no answer within 10 seconds', { timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  expect(warnings.join('\n')).toContain('silent-bank.json');
});
