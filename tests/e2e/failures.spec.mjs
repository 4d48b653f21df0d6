// Failure paths a visitor or a host can hit (issue 16): the widget that cannot start says so
// and tells its host; a frame that cannot be sized scrolls; saves follow the bank shown and
// the widget they belong to; the host page's query stays on the host; inline-bank problems
// end the wait at once with the real reason; oversized banks are refused before they are
// read; the pinned embed script loads only when it is the one pinned.
import { readFileSync } from 'node:fs';
import { test, expect, answer, answerAll, watch } from './helpers.mjs';

const events = (page) => page.evaluate(() => (window.rolefitEvents || []).map((e) => ({ type: e.type, ...e.detail })));
const html = (body) => ({
  contentType: 'text/html',
  body: `<!doctype html><html lang="en"><head><title>host</title><link rel="icon" href="data:,"></head><body>${body}</body></html>`,
});

// ---- 1. A widget that cannot start ----

const CAUSES = {
  'no WebAssembly': {
    reason: 'no-webassembly',
    text: 'This browser has WebAssembly turned off',
    setup: (page) => page.addInitScript(() => { delete globalThis.WebAssembly; }),
    allowed: [/could not start/],
  },
  'a policy without wasm-unsafe-eval': {
    reason: 'blocked',
    text: 'The assessment could not be loaded',
    setup: (page) => page.route(/\/index\.html\?/, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['content-encoding'];
      delete headers['content-length'];
      headers['content-security-policy'] = headers['content-security-policy'].replace(" 'wasm-unsafe-eval'", '');
      await route.fulfill({ response, headers });
    }),
    allowed: [/could not start/, /WebAssembly|Content Security Policy|unsafe-eval/],
  },
  'a missing wasm file': {
    reason: 'load-failed',
    text: 'The assessment could not be loaded',
    setup: (page) => page.route(/_bg\.wasm$/, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })),
    allowed: [/could not start/, /HTTP 404: .*_bg\.wasm/, /404/],
  },
  'a script served with the wrong type': {
    reason: 'load-failed',
    text: 'The assessment could not be loaded',
    setup: (page) => page.route(/\/rolefit-[0-9a-f]+\.js$/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ status: 200, contentType: 'text/plain', body: await response.body() });
    }),
    allowed: [/could not start/, /MIME type/, /dynamically imported module/],
  },
};

for (const [name, cause] of Object.entries(CAUSES)) {
  test(`boot failure, ${name}: a message in place of "Loading…", and an error event for the host`, async ({ page, problems }) => {
    cause.allowed.forEach((a) => problems.allow(a));
    await cause.setup(page);
    await page.goto('/demo/careers.html');
    const frame = page.frameLocator('#careers-widget iframe');
    await expect(frame.getByRole('alert')).toContainText(cause.text);
    await expect(frame.getByText('Loading the assessment')).toHaveCount(0);
    await expect.poll(() => events(page)).toEqual([{ type: 'error', frame: 'rf-careers-widget', version: 1, reason: cause.reason, element: '#careers-widget' }]);
    // The frame fits the message: sized from the height it reported.
    const iframe = page.locator('#careers-widget iframe');
    const inner = page.frames().find((f) => f.url().includes('frame=rf-careers-widget'));
    await expect.poll(async () => Math.abs((await iframe.boundingBox()).height
      - await inner.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height)))).toBeLessThanOrEqual(2);
    expect(await iframe.getAttribute('scrolling')).toBe('no');
    if (cause.reason !== 'no-webassembly') await expect(frame.getByRole('link', { name: 'Try again' })).toBeVisible();
  });
}

test('boot failure on the widget\'s own page speaks the page\'s language', async ({ page, problems }) => {
  problems.allow(/could not start/);
  await page.addInitScript(() => { delete globalThis.WebAssembly; });
  await page.goto('/?lang=de');
  await expect(page.getByRole('alert')).toContainText('In diesem Browser ist WebAssembly ausgeschaltet');
  await page.goto('/?lang=ar');
  await expect(page.getByRole('alert')).toContainText('WebAssembly');
  expect(await page.getByRole('alert').getAttribute('dir')).toBe('rtl');
});

// ---- 2. A frame without a host is never clipped ----

/** Frames the widget itself at `query` in a 360x420 frame, answers the team assessment to
 * its (long) result, and checks that a visitor can scroll to its end with the wheel. */
async function scrollsInItsFrame(page, query) {
  await page.setViewportSize({ width: 400, height: 800 });
  await page.route('**/demo/framed.html', (route) => route.fulfill(html(
    `<iframe id="f" title="assessment" src="../index.html?${query}" style="width:360px;height:420px;border:0"></iframe>`)));
  await page.goto('/demo/framed.html');
  const frame = page.frameLocator('#f');
  await frame.getByRole('button', { name: 'Start' }).click();
  await answerAll(frame, 0);
  await frame.getByRole('button', { name: 'See my result' }).click();
  await expect(frame.locator('.rf-result')).toBeAttached();
  // The team's result, on its own page (index.html sends `assessment=team` to team.html).
  const inner = page.frames().find((f) => f.url().includes('/team.html?'));
  expect(await inner.evaluate(() => document.documentElement.classList.contains('rf-framed'))).toBe(false);
  expect(await inner.evaluate(() => document.documentElement.scrollHeight > window.innerHeight + 100)).toBe(true);
  await page.mouse.move(180, 200);
  for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 800);
  await expect.poll(() => inner.evaluate(() => window.scrollY)).toBeGreaterThan(300);
}

test('a widget framed without a host scrolls inside its frame instead of being clipped', async ({ page }) => {
  await scrollsInItsFrame(page, 'assessment=team');
});

test('a widget told a wrong host origin is not clipped either', async ({ page }) => {
  // Its messages go nowhere (the browser drops them), so nobody sizes the frame.
  await scrollsInItsFrame(page, 'assessment=team&frame=f&host=https%3A%2F%2Fwrong.example');
});

test('embed.js lets the frame scroll until the widget reports its height', async ({ page }) => {
  // The widget's height messages are dropped: nothing ever sizes the frame.
  await page.addInitScript(() => {
    if (window.parent === window) return;
    const post = window.parent.postMessage.bind(window.parent);
    Object.defineProperty(window, 'parent', { value: { postMessage: (m, o) => (m && m.type === 'height' ? undefined : post(m, o)) } });
  });
  await page.goto('/demo/careers.html');
  const iframe = page.locator('#careers-widget iframe');
  await expect(page.frameLocator('#careers-widget iframe').getByRole('button', { name: 'Start' })).toBeVisible();
  await page.waitForTimeout(300);
  expect(await iframe.getAttribute('scrolling')).toBe(null);
  // Nor does the widget hide its overflow: nobody said they size it.
  const inner = page.frames().find((f) => f.url().includes('frame=rf-careers-widget'));
  expect(await inner.evaluate(() => getComputedStyle(document.documentElement).overflowY)).not.toBe('hidden');
});

test('embed.js tells the widget once it sizes the frame, and only then is the overflow hidden', async ({ page }) => {
  await page.goto('/demo/careers.html');
  const inner = () => page.frames().find((f) => f.url().includes('frame=rf-careers-widget'));
  await expect(page.frameLocator('#careers-widget iframe').getByRole('button', { name: 'Start' })).toBeVisible();
  await expect.poll(() => inner().evaluate(() => document.documentElement.classList.contains('rf-framed'))).toBe(true);
  expect(await page.locator('#careers-widget iframe').getAttribute('scrolling')).toBe('no');
});

// ---- 3. Saves follow the bank shown and the widget they belong to ----

test('a refused custom bank: progress on the built-in questions resumes after a reload', async ({ page, context }) => {
  await context.route('**/demo/refused-bank.json', (route) => route.fulfill({
    contentType: 'application/json',
    body: JSON.stringify({ id: 'refused', assessment: 'team', title: 'x', intro: 'x', questions: [] }),
  }));
  await page.goto('/?assessment=team&bank=demo%2Frefused-bank.json');
  await expect(page.getByRole('alert').first()).toContainText('could not be used');
  await page.getByRole('button', { name: 'Start' }).click();
  await answer(page, 0);
  await page.reload();
  await expect(page.locator('.rf-progress-text')).toHaveText(/^Question 2 of/);
  // Kept on the device: a new tab continues too.
  await page.getByLabel('Keep my answers on this device so I can finish later').check();
  const tab = await page.context().newPage();
  await tab.goto('/?assessment=team&bank=demo%2Frefused-bank.json');
  await expect(tab.locator('.rf-progress-text')).toHaveText(/^Question 2 of/);
  await tab.close();
});

/** The visitors' wasm, held back for 2 s: a page that forwards to another build must never
 * need it (boot.js forwards first; the wasm's own forward would come only after it arrived).
 * Returns its name and the wasm files that finished loading, in order. */
async function holdVisitorsWasm(page) {
  const visitors = readFileSync(new URL('../../dist/index.html', import.meta.url), 'utf8').match(/data-wasm="?\.\/([^"\s>]+)/)[1];
  await page.route(`**/${visitors}`, async (route) => {
    await new Promise((ok) => setTimeout(ok, 2000));
    await route.continue().catch(() => {}); // the request was cancelled by the forward
  });
  const finished = [];
  page.on('requestfinished', (r) => { if (r.url().endsWith('.wasm')) finished.push(new URL(r.url()).pathname.slice(1)); });
  return { visitors, finished };
}

test('a direct link with bank= or preview= opens the authors\' build before the visitors\' wasm arrives', async ({ page }) => {
  const { visitors, finished } = await holdVisitorsWasm(page);
  const lead = '&lead=name%2Cemail*&lead-privacy=https%3A%2F%2Fh.example%2Fprivacy';
  for (const query of ['?assessment=team&bank=demo%2Fcustom-bank.json', '?assessment=team&preview=YES',
    `?assessment=team&bank=demo%2Fcustom-bank.json${lead}`]) {
    finished.length = 0;
    const start = Date.now();
    await page.goto(`/${query}#x=1`);
    await expect(page).toHaveURL((url) => url.pathname === '/preview.html' && url.search === query && url.hash === '#x=1');
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
    expect(Date.now() - start).toBeLessThan(2000);
    expect(finished, 'only the authors\' build\'s wasm').toEqual([expect.not.stringMatching(visitors)]);
  }
  // A contact form shows only in a frame its host listens to: a direct link (a shared result
  // link of an older build, say) stays on the visitors' build, with no notice.
  await page.goto(`/?assessment=candidate${lead}#x=1`);
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a framed link with lead= opens the contact form\'s build before the visitors\' wasm arrives', async ({ page, baseURL }) => {
  const { visitors, finished } = await holdVisitorsWasm(page);
  const query = `?assessment=team&lead=name%2Cemail*&lead-privacy=https%3A%2F%2Fh.example%2Fprivacy&frame=f1&host=${encodeURIComponent(baseURL)}`;
  await page.route('**/demo/framed-lead.html', (route) => route.fulfill(html(
    `<iframe id="f" title="assessment" src="../index.html${query}"></iframe>`)));
  const start = Date.now();
  await page.goto('/demo/framed-lead.html');
  await expect(page.frameLocator('#f').getByRole('button', { name: 'Start' })).toBeVisible();
  expect(Date.now() - start).toBeLessThan(2000);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  expect(new URL(frame.url()).pathname).toBe('/lead.html');
  expect(new URL(frame.url()).search).toBe(query);
  expect(finished, 'only lead.html\'s wasm').toEqual([expect.not.stringMatching(visitors)]);
});

test('two widgets with the same bank on one page keep their own progress across a reload', async ({ page }) => {
  await page.route('**/demo/two.html', (route) => route.fulfill(html(
    '<div id="a" data-rolefit="candidate"></div><div id="b" data-rolefit="candidate"></div><script src="../embed.js"></script>')));
  await page.goto('/demo/two.html');
  const [a, b] = [page.frameLocator('#a iframe'), page.frameLocator('#b iframe')];
  await a.getByRole('button', { name: 'Start' }).click();
  await answer(a, 0);
  await answer(a, 1);
  await b.getByRole('button', { name: 'Start' }).click();
  await answer(b, 2);
  await page.reload();
  await expect(a.locator('.rf-progress-text')).toHaveText(/^Question 3 of/);
  await expect(b.locator('.rf-progress-text')).toHaveText(/^Question 2 of/);
  await expect(b.locator('form.rf-question input').nth(2)).not.toBeChecked();
  await b.getByRole('button', { name: 'Back' }).click();
  await expect(b.locator('form.rf-question input').nth(2)).toBeChecked();
});

test('"take it yourself" from a link to the other assessment continues that assessment\'s own progress', async ({ page, browser }) => {
  // Someone else's team result.
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  const watchOther = watch(other);
  await other.goto('/?assessment=team');
  await other.getByRole('button', { name: 'Start' }).click();
  await answerAll(other, 0);
  await other.getByRole('button', { name: 'See my result' }).click();
  const link = await other.locator('.rf-share-link input').inputValue();
  const code = link.split('#r=')[1];
  await watchOther.clean();
  await elsewhere.close();
  // This visitor's own team progress, kept on the device.
  await page.goto('/?assessment=team');
  await page.getByRole('button', { name: 'Start' }).click();
  await answer(page, 1);
  await answer(page, 1);
  await page.getByLabel('Keep my answers on this device so I can finish later').check();
  const kept = await page.evaluate(() => Object.entries(localStorage));
  expect(kept).toHaveLength(1);
  // The link opens on a page of the other assessment.
  await page.goto(`/?assessment=candidate#r=${code}`);
  await expect(page.getByText('Someone shared this result with you')).toBeVisible();
  await page.getByRole('button', { name: 'Take the assessment yourself' }).click();
  await expect(page.locator('.rf-progress-text')).toHaveText(/^Question 3 of/);
  await answer(page, 0);
  // Reloaded on a page of that assessment, the progress is there, one answer further.
  await page.goto('/?assessment=team');
  await expect(page.locator('.rf-progress-text')).toHaveText(/^Question 4 of/);
  const now = await page.evaluate(() => Object.entries(localStorage));
  expect(now.map(([k]) => k)).toEqual(kept.map(([k]) => k));
  expect(now[0][1]).not.toEqual(kept[0][1]);
});

// ---- 4. The host page's query stays on the host ----

test('the host page\'s query never reaches the widget, its server or a shared link', async ({ page, context }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/demo/consultancy.html?utm_source=newsletter&token=s3cret');
  const src = await page.locator('#team-widget iframe').getAttribute('src');
  expect(src).not.toContain('s3cret');
  expect(new URL(src).searchParams.get('page')).toBe(new URL('/demo/consultancy.html', page.url()).href);
  const team = page.frameLocator('#team-widget iframe');
  await team.getByRole('button', { name: 'Start' }).click();
  await answerAll(team, 0);
  await team.getByRole('button', { name: 'See my result' }).click();
  const link = await team.locator('.rf-share-link input').inputValue();
  expect(link).toMatch(/\/demo\/consultancy\.html#rf-team-widget=[A-Za-z0-9_-]+$/);
  expect(requests.filter((u) => !u.includes('/demo/consultancy.html?') && u.includes('s3cret'))).toEqual([]);
  // Opened, the link hands its code to the frame and leaves the address bar clean.
  const opened = await context.newPage();
  await opened.goto(link);
  await expect(opened.frameLocator('#team-widget iframe').getByText('Someone shared this result with you')).toBeVisible();
  expect(opened.url()).toBe(new URL('/demo/consultancy.html', page.url()).href);
  await opened.close();
});

test('the host page\'s address is not sent as a referrer either', async ({ page }) => {
  // A host whose own policy would send its full address to other sites.
  await page.route('**/demo/leaky.html?**', (route) => route.fulfill({
    ...html('<div id="w" data-rolefit="candidate"></div><script src="../embed.js"></script>'),
    headers: { 'referrer-policy': 'unsafe-url' },
  }));
  const referers = [];
  page.on('request', (r) => { if (r.frame() !== page.mainFrame()) referers.push(r.headers().referer ?? ''); });
  await page.goto('/demo/leaky.html?token=s3cret');
  await expect(page.frameLocator('#w iframe').getByRole('button', { name: 'Start' })).toBeVisible();
  expect(referers.length).toBeGreaterThan(0);
  expect(referers.filter((r) => r.includes('s3cret') || r.includes('leaky'))).toEqual([]);
});

// ---- 5. Inline-bank problems end the wait at once ----

const INLINE = {
  'no element with that id': ['<div id="w" data-rolefit="team" data-bank="#nowhere"></div>', 'there is no element with id "nowhere"'],
  'not a JSON script': ['<div id="w" data-rolefit="team" data-bank="#b"></div><div id="b">{}</div>', 'the element #b is a <div>, not a <script type="application/json">'],
  'larger than 512 KB': [`<div id="w" data-rolefit="team" data-bank="#b"></div><script type="application/json" id="b">${' '.repeat(600 * 1024)}</script>`, 'the inline bank #b is larger than 512 KB'],
  'an empty id': ['<div id="w" data-rolefit="team" data-bank="#"></div>', 'there is no element with id "" on the host page'],
};

test('an inline bank on a page that cannot send one: the reason, at once', async ({ page }) => {
  const start = Date.now();
  await page.goto('/?assessment=team&bank=inline');
  await expect(page.getByRole('alert')).toContainText('bank=inline needs a host page that frames the widget', { timeout: 4000 });
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  expect(Date.now() - start).toBeLessThan(5000);
});

for (const [name, [body, reason]] of Object.entries(INLINE)) {
  test(`an inline bank with ${name}: the real reason, at once`, async ({ page, problems }) => {
    problems.allow(new RegExp(`console: rolefit: ${reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    await page.route('**/demo/inline.html', (route) => route.fulfill(html(`${body}<script src="../embed.js"></script>`)));
    const start = Date.now();
    await page.goto('/demo/inline.html');
    const frame = page.frameLocator('#w iframe');
    await expect(frame.getByRole('alert')).toContainText(`the host page could not send it: ${reason}`, { timeout: 4000 });
    await expect(frame.getByRole('button', { name: 'Start' })).toBeVisible();
    expect(Date.now() - start).toBeLessThan(5000);
    // Straight to the authors' build, which reads custom banks (index.html would forward).
    expect(await page.locator('#w iframe').getAttribute('src')).toMatch(/\/preview\.html\?/);
  });
}

for (const [name, answer, reason] of [
  ['another version', "{ source: 'rolefit-host', version: 2, type: 'bank', bank: '{}' }", 'unsupported host message version 2'],
  ['larger than 512 KB', "{ source: 'rolefit-host', version: 1, type: 'bank', bank: ' '.repeat(600 * 1024) }", 'the inline bank is larger than 512 KB'],
]) {
  test(`an inline bank the widget refuses (${name}): the real reason, at once`, async ({ page, baseURL }) => {
    await page.route('**/demo/refusing-host.html', (route) => route.fulfill(html(`
      <iframe id="f" title="assessment" src="../index.html?assessment=team&bank=inline&frame=f1&host=${encodeURIComponent(baseURL)}"></iframe>
      <script src="refusing-host.js"></script>`)));
    // An inline script would break the demo pages' policy: the host's answer is a file too.
    await page.route('**/demo/refusing-host.js', (route) => route.fulfill({
      contentType: 'text/javascript',
      body: `addEventListener('message', (e) => {
        if (e.data && e.data.type === 'bank-request') e.source.postMessage(${answer}, e.origin);
      });`,
    }));
    const start = Date.now();
    await page.goto('/demo/refusing-host.html');
    await expect(page.frameLocator('#f').getByRole('alert'))
      .toContainText(`the host page sent a message the widget refused: ${reason}`, { timeout: 4000 });
    expect(Date.now() - start).toBeLessThan(5000);
  });
}

// ---- 6. Oversized banks are refused before they are read ----

for (const [name, length] of [['with its length', '1'], ['without a length', '0']]) {
  test(`a 5 MB bank sent ${name} is refused, not read whole`, async ({ page, problems }) => {
    // The widget stops the download itself.
    problems.allow(/request failed: .*__test\/large\.json/);
    const url = `/__test/large.json?bytes=5000000&length=${length}`;
    await page.goto(`/?bank=${encodeURIComponent(url)}`);
    await expect(page.getByRole('alert')).toContainText('it is larger than 512 KB');
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  });
}

test('a bank that stalls after 600 KB is refused as soon as 512 KB have arrived', async ({ page, problems }) => {
  // Read whole, it would end only with the 10 s timeout, as "no answer within 10 seconds".
  problems.allow(/request failed: .*__test\/large\.json/);
  const start = Date.now();
  await page.goto(`/?bank=${encodeURIComponent('/__test/large.json?bytes=600000&length=0&stall=1')}`);
  await expect(page.getByRole('alert')).toContainText('it is larger than 512 KB', { timeout: 5000 });
  expect(Date.now() - start).toBeLessThan(5000);
});

// ---- 10. The pinned embed script ----

test('embed.js pinned with Subresource Integrity loads, and a changed one does not', async ({ page, baseURL, problems }) => {
  const { file, integrity } = JSON.parse(readFileSync(new URL('../../dist/embed.integrity.json', import.meta.url), 'utf8'));
  expect(readFileSync(new URL(`../../dist/${file}`, import.meta.url), 'utf8'))
    .toBe(readFileSync(new URL('../../dist/embed.js', import.meta.url), 'utf8'));
  const hostOrigin = baseURL.replace('127.0.0.1', 'localhost');
  problems.allowOrigin(hostOrigin);
  problems.allow(/Failed to find a valid digest in the 'integrity' attribute/);
  for (const [name, hash] of [['pinned', integrity], ['changed', 'sha384-' + 'A'.repeat(64)]]) {
    await page.route(`http://localhost:*/${name}.html`, (route) => route.fulfill(html(
      `<div id="w" data-rolefit="candidate"></div><script src="${baseURL}/${file}" integrity="${hash}" crossorigin="anonymous"></script>`)));
  }
  await page.goto(`${hostOrigin}/pinned.html`);
  await expect(page.frameLocator('#w iframe').getByRole('button', { name: 'Start' })).toBeVisible();
  // Its second part, fetched once a widget is wanted, is checked the same way ...
  expect(await page.locator('script[src*="/embed-frames-"]').getAttribute('integrity')).toMatch(/^sha384-/);
  // ... so a changed copy of it is refused too, and no frame is made.
  problems.allow(/rolefit: could not mount/);
  await page.route(/\/embed-frames-[0-9a-f]{12}\.js$/, async (route) => {
    const response = await route.fetch();
    route.fulfill({ response, body: (await response.text()) + ';' });
  });
  const mismatch = page.waitForEvent('console', (m) => m.text().includes("Failed to find a valid digest in the 'integrity' attribute"));
  await page.goto(`${hostOrigin}/pinned.html`);
  await mismatch;
  await expect(page.locator('#w iframe')).toHaveCount(0);
  await page.unroute(/\/embed-frames-[0-9a-f]{12}\.js$/);
  const refused = page.waitForEvent('console', (m) => m.text().includes("Failed to find a valid digest in the 'integrity' attribute"));
  await page.goto(`${hostOrigin}/changed.html`);
  await refused;
  await expect(page.locator('#w iframe')).toHaveCount(0);
  expect(await page.evaluate(() => window.rolefit)).toBeUndefined();
});

// ---- 11. A translation that cannot be read ----

for (const [name, body, why] of [
  ['not JSON', '{ "intro.start": ', 'it is not valid JSON'],
  ['a list', '["Start"]', 'it is not a JSON object of texts'],
  ['a text that is a number', '{ "intro.start": 3 }', '"intro.start" is not a text'],
]) {
  test(`a German catalog that is ${name}: the widget runs in English and says why`, async ({ page, problems }) => {
    problems.allow(/the de translation could not be loaded/);
    await page.route('**/i18n/de.json', (route) => route.fulfill({ contentType: 'application/json', body }));
    const warned = page.waitForEvent('console', (m) => m.text().includes(`the de translation could not be loaded (${why}); showing English.`));
    await page.goto('/?lang=de&assessment=team');
    await warned;
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
}
