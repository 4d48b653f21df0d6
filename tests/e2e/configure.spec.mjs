// The embed configurator (configure.html, issue 18): choose the settings, see the real
// widget update beside the form with its own messages about bad values, copy the snippet,
// paste it into a blank host page, and the widget there behaves as configured. Under the
// strict CSP, keyboard and screen-reader usable (axe clean).
import { test, expect, axe, shoot, toResult } from './helpers.mjs';

const preview = (page) => page.frameLocator('#cf-preview iframe');

test('configure, copy, paste into a blank page: the widget there is as configured', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/configure.html');
  await page.getByLabel('Which assessment').selectOption('team');
  await page.getByLabel('Company name').fill('Acme Product Studio');
  await page.getByLabel('Accent colour').fill('#7c3aed');
  await page.getByLabel('Button label').fill('Book a free call');
  await page.getByLabel('Button address (empty: no button)').fill('/demo/contact.html');
  await page.getByRole('button', { name: 'Add a button for one result' }).click();
  await expect(page.getByLabel('For the result')).toBeFocused();
  await page.getByLabel('For the result').selectOption('with-pjm');
  await page.getByLabel('Its button label').fill('Talk to us about a Project Manager');
  await page.getByLabel('Show a contact form').check();
  await page.getByLabel('Your privacy page').fill('/demo/privacy.html');
  await page.getByLabel('Background').selectOption('transparent');
  // The preview is the real widget, remounted with these settings.
  await expect(preview(page).getByText('Acme Product Studio').first()).toBeVisible();
  // Copied as a person copies it: the button, then the clipboard.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await page.getByRole('button', { name: 'Copy the snippet' }).click();
  await expect(page.getByText('Copied.')).toBeVisible();
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(snippet).toBe(await page.getByLabel('Paste this where the widget should appear').inputValue());
  expect(snippet).toContain('data-rolefit="team"');
  expect(snippet).toContain('data-cta-label-with-pjm="Talk to us about a Project Manager"');
  expect(snippet).toContain('data-lead="name,email*"');
  expect(snippet).toMatch(/<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" defer><\/script>$/);
  await expect(page.locator('#cf-csp')).toContainText('frame-src ' + new URL(page.url()).origin);
  await expect(page.locator('#cf-problems')).toBeEmpty();
  await axe(page);
  await shoot(page, 'configure');

  // Paste it into a blank host page.
  await page.route('**/demo/pasted.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><title>pasted</title><link rel="icon" href="data:,"><style></style></head><body>${snippet}<script src="demo.js"></script></body></html>`,
  }));
  await page.goto('/demo/pasted.html');
  const w = page.frameLocator('#rolefit iframe');
  await expect(w.getByText('Acme Product Studio').first()).toBeVisible();
  // The host's accent and the transparent background reached the widget.
  const root = await w.locator('html').evaluate((h) => ({ accent: h.style.getPropertyValue('--rf-host-accent-light'), bg: getComputedStyle(h).backgroundColor, cls: h.className }));
  expect(root.accent).not.toBe('');
  expect(root.cls).toContain('rf-transparent');
  expect(root.bg).toBe('rgba(0, 0, 0, 0)');
  await w.getByRole('button', { name: 'Start' }).click();
  await toResult(w);
  const outcome = (await page.evaluate(() => window.rolefitEvents)).find((e) => e.type === 'completed').detail.outcome;
  const label = outcome.endsWith('+pjm') ? 'Talk to us about a Project Manager' : 'Book a free call';
  await expect(w.locator('.rf-cta a')).toHaveText([label]);
  await expect(w.locator('.rf-cta a')).toHaveAttribute('href', /\/demo\/contact\.html$/);
  await expect(w.locator('form.rf-contact-form')).toBeVisible();
});

test('a bad value gets the widget\'s own message beside the form', async ({ page }) => {
  await page.goto('/configure.html');
  await page.getByLabel('Accent colour').fill('banana');
  await expect(page.locator('#cf-problems')).toContainText('accent "banana" is not a colour like #0a7 or #00aa77. Using the default colour.');
  await page.getByLabel('Show a contact form').check();
  await expect(page.locator('#cf-problems')).toContainText('lead needs lead-privacy');
  await page.getByLabel('Accent colour').fill('#0a7');
  await page.getByLabel('Your privacy page').fill('/privacy');
  await expect(page.locator('#cf-problems')).toBeEmpty();
  await page.setViewportSize({ width: 360, height: 800 });
  await axe(page);
});
