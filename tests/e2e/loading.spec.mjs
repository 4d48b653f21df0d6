// Loading modes of embed.js (issue 19): lazy by default (no frame, no widget request until
// the element comes near the viewport; its box reserved, so nothing shifts), eager on
// request, and a popup: a button in a shadow root that opens the widget in a modal dialog
// (focus in, Escape, focus back, no page scroll behind, opened/closed events, a reopened
// popup resumes). Under the host page's strict CSP; axe clean with the dialog open.
import { test, expect, axe, shoot, toResult, hostEvents } from './helpers.mjs';

const events = async (page) => (await hostEvents(page)).map((e) => e.type);
// The frame's page and wasm, and embed.js's second part (it builds the frames).
const widgetRequests = (requests) =>
  requests.filter((u) => /\/(index|preview)\.html\?/.test(u) || /\.wasm$/.test(u) || /\/embed-frames-[0-9a-f]{12}\.js$/.test(u));

async function recordViolations(page) {
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    // The element's height before and at the moment its frame arrives.
    window.boxes = [];
    new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach((n) => {
      if (n.tagName === 'IFRAME') window.boxes.push([r.target.id, Math.round(r.target.getBoundingClientRect().height)]);
    }))).observe(document, { childList: true, subtree: true });
  });
}

test('lazy by default: nothing of the widget loads until the visitor scrolls near it, and nothing shifts', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await recordViolations(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/demo/article.html');
  await page.waitForTimeout(1500);
  expect(widgetRequests(requests), 'no widget request before scrolling').toEqual([]);
  await expect(page.locator('#article-widget iframe')).toHaveCount(0);
  // Its box is reserved at data-height meanwhile.
  const before = await page.locator('#article-widget').boundingBox();
  expect(Math.round(before.height)).toBe(520);
  const heading = await page.getByRole('heading', { name: 'Events received by this page' }).boundingBox();
  await page.locator('#article-widget').scrollIntoViewIfNeeded();
  await expect(page.frameLocator('#article-widget iframe').getByRole('button', { name: 'Start' })).toBeVisible();
  expect(widgetRequests(requests).length).toBeGreaterThan(0);
  // The frame arrived in the reserved box: the element was as high with it as before it.
  expect(await page.evaluate(() => window.boxes.filter(([id]) => id === 'article-widget'))).toEqual([['article-widget', 520]]);
  expect((await events(page))[0]).toBe('ready');
  expect(heading.y).toBeGreaterThan(before.y);
  expect(await page.evaluate(() => window.violations)).toEqual([]);
});

test('data-load="eager" makes the frame at once, wherever the element is', async ({ page }) => {
  await page.route('**/demo/eager.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><title>eager</title><link rel="icon" href="data:,"><link rel="stylesheet" href="hostile.css"></head><body>
      <div class="spacer"></div><div id="e" data-rolefit="team" data-load="eager"></div>
      <script src="../embed.js"></script><script src="demo.js"></script></body></html>`,
  }));
  await page.goto('/demo/eager.html');
  await expect(page.locator('#e iframe')).toHaveCount(1);
  await expect.poll(() => events(page)).toContain('ready');
});

test('popup: a button that opens the widget in a modal dialog, keyboard and screen-reader usable', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await recordViolations(page);
  await page.goto('/demo/article.html');
  const open = page.getByRole('button', { name: 'Which role fits you?' });
  await expect(open).toBeVisible();
  await page.waitForTimeout(500);
  expect(widgetRequests(requests).filter((u) => u.includes('rf-popup-widget')), 'nothing before the visitor shows interest').toEqual([]);
  // The host page's hostile CSS does not reach the button (it is in a shadow root).
  const look = await open.evaluate((b) => { const s = getComputedStyle(b); return { font: s.fontFamily, border: s.borderStyle }; });
  expect(look.font).not.toContain('Comic');
  expect(look.border).not.toBe('dotted');
  // Keyboard: focus makes the frame, Enter opens the dialog, focus moves into it.
  await open.focus();
  await expect.poll(() => widgetRequests(requests).some((u) => u.includes('frame=rf-popup-widget'))).toBe(true);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Role-fit assessment' });
  await expect(dialog).toBeVisible();
  expect(await page.evaluate(() => document.querySelector('#popup-widget span').shadowRoot.activeElement?.tagName)).toBe('IFRAME');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe('hidden');
  const widget = page.locator('#popup-widget iframe').contentFrame();
  await widget.getByRole('button', { name: 'Start' }).click();
  const bank0 = await widget.locator('#rf-heading').textContent();
  await widget.locator('form.rf-question input').first().check();
  await widget.locator('form.rf-question button[type=submit]').click();
  await expect(widget.locator('#rf-heading')).not.toHaveText(bank0);
  await axe(page);
  await shoot(page, 'popup-open');
  // Escape closes it; focus goes back to the button; the page scrolls again.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect.poll(() => page.evaluate(() => document.querySelector('#popup-widget span').shadowRoot.activeElement?.textContent)).toBe('Which role fits you?');
  await expect.poll(() => page.evaluate(() => document.documentElement.style.overflow)).toBe('');
  // Reopened, it is where the visitor left it: the same frame.
  await open.click();
  await expect(widget.locator('.rf-progress-text')).toHaveText(/^Question 2 of/);
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  // The dialog's close event is queued: poll.
  await expect.poll(async () => (await events(page)).filter((t) => t === 'opened' || t === 'closed'))
    .toEqual(['opened', 'closed', 'opened', 'closed']);
  expect(await page.evaluate(() => window.violations)).toEqual([]);
});

test('a result link for a popup opens it with the result; for a lazy widget, at once', async ({ page, context }) => {
  await page.goto('/demo/article.html');
  await page.getByRole('button', { name: 'Which role fits you?' }).click();
  const widget = page.locator('#popup-widget iframe').contentFrame();
  await widget.getByRole('button', { name: 'Start' }).click();
  await toResult(widget);
  const link = await widget.locator('.rf-share-link input').inputValue();
  expect(link).toMatch(/\/demo\/article\.html#rf-popup-widget=[A-Za-z0-9_-]+$/);
  const heading = await widget.locator('#rf-heading').textContent();
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('dialog', { name: 'Role-fit assessment' })).toBeVisible();
  const shared = other.locator('#popup-widget iframe').contentFrame();
  await expect(shared.locator('#rf-heading')).toHaveText(heading);
  // The code left the address bar once handed to the frame.
  expect(new URL(other.url()).hash).toBe('');
  // The article's lazy widget, two screens down, still waits for a scroll.
  await expect(other.locator('#article-widget iframe')).toHaveCount(0);
  await other.close();
});

test('the popup speaks the page\'s language when the host names no label', async ({ page }) => {
  await page.route('**/demo/popup-de.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="de-AT"><head><title>de</title><link rel="icon" href="data:,"></head><body>
      <span id="p" data-rolefit="team" data-mode="popup"></span><script src="../embed.js"></script></body></html>`,
  }));
  await page.goto('/demo/popup-de.html');
  await page.getByRole('button', { name: 'Zur Rollen-Einschätzung' }).click();
  await expect(page.getByRole('dialog', { name: 'Rollen-Einschätzung' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Schließen' })).toBeVisible();
  await expect(page.locator('#p iframe')).toHaveAttribute('title', 'Rollen-Einschätzung');
});

test('a host page with a nonce-only policy and Trusted Types gets the widget, and no referrer leaks', async ({ page }) => {
  // The page allows scripts only by nonce, and script URLs only through Trusted Types
  // policies named "rolefit": embed.js passes both on to its second part.
  await page.route(/\/demo\/strict-host\.html/, (route) => route.fulfill({
    contentType: 'text/html',
    headers: {
      'content-security-policy': "script-src 'nonce-r4nd0m'; frame-src 'self'; require-trusted-types-for 'script'; trusted-types rolefit",
      'referrer-policy': 'unsafe-url',
    },
    body: `<!doctype html><html lang="en"><head><title>strict host</title><link rel="icon" href="data:,"></head><body>
      <div id="w" data-rolefit="team" data-load="eager"></div>
      <script nonce="r4nd0m" src="../embed.js"></script></body></html>`,
  }));
  const referers = [];
  page.on('request', (r) => { if (/\/embed-frames-[0-9a-f]{12}\.js$/.test(r.url())) referers.push(r.headers().referer ?? ''); });
  await page.goto('/demo/strict-host.html?token=s3cret');
  await expect(page.frameLocator('#w iframe').getByRole('button', { name: 'Start' })).toBeVisible();
  expect(referers).toEqual(['']);
});

test('a second part that failed to load is tried again on the next hover or click', async ({ page, problems }) => {
  problems.allow(/net::ERR_FAILED|rolefit: could not mount/);
  let refused = 0;
  await page.route(/\/embed-frames-[0-9a-f]{12}\.js$/, (route) => (refused++ === 0 ? route.abort('failed') : route.continue()));
  await page.goto('/demo/article.html');
  const open = page.getByRole('button', { name: 'Which role fits you?' });
  const failed = page.waitForEvent('console', (m) => m.text().includes('rolefit: could not mount'));
  await open.hover();
  await failed;
  // The same page, a moment later: the click loads it and opens the popup.
  await open.click();
  await expect(page.getByRole('dialog', { name: 'Role-fit assessment' })).toBeVisible();
  expect(refused).toBe(2);
});
