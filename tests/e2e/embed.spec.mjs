// Embedding on the demo host pages (dist/demo/): the frame follows its content, events reach
// the host in order with the documented payload, answers only with opt-in and consent, two
// widgets stay independent, hostile host CSS does not reach the widget, bad attributes are
// reported, custom banks load and broken ones show their errors in preview.
import { test, expect, shoot, axe, buttonContrast, hostEvents as events } from './helpers.mjs';


/** Clicks through the assessment inside `frame` with the choice at `index`, checking after
 * each step that the frame has no inner scrollbar and that the host sized it to the content. */
async function runInFrame(page, selector, index = 0) {
  const frame = page.frameLocator(`${selector} iframe`);
  await frame.getByRole('button', { name: 'Start' }).click();
  for (let i = 0; i < 60; i++) {
    await checkFit(page, selector);
    if (await frame.locator('form.rf-question').count() === 0) break;
    const inputs = frame.locator('form.rf-question input');
    await inputs.nth(Math.min(index, (await inputs.count()) - 1)).check();
    await frame.getByRole('button', { name: 'Continue' }).click();
  }
  await frame.getByRole('button', { name: 'See my result' }).click();
  await expect(frame.locator('.rf-result')).toBeVisible();
  await checkFit(page, selector);
  return frame;
}

/** The iframe's height equals its content's, so nothing scrolls inside it. */
async function checkFit(page, selector) {
  const iframe = page.locator(`${selector} iframe`);
  await expect.poll(async () => {
    const outer = (await iframe.boundingBox()).height;
    const inner = await (await iframe.elementHandle()).contentFrame().then((f) =>
      f.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height)));
    return Math.abs(outer - inner);
  }, { timeout: 5000 }).toBeLessThanOrEqual(2);
  const scrolls = await (await iframe.elementHandle()).contentFrame().then((f) =>
    f.evaluate(() => document.documentElement.scrollHeight > window.innerHeight + 1 || document.documentElement.scrollWidth > window.innerWidth + 1));
  expect(scrolls, 'no inner scrollbar').toBe(false);
}

for (const width of [360, 1280]) {
  test(`careers page at ${width}px: frame fits, events in order`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/demo/careers.html');
    await runInFrame(page, '#careers-widget', 1);
    const log = await events(page);
    const types = log.map((e) => e.type);
    expect(types[0]).toBe('ready');
    expect(types[1]).toBe('started');
    const steps = log.filter((e) => e.type === 'step');
    expect(steps.length).toBeGreaterThanOrEqual(11);
    steps.forEach((s, i) => { expect(s.detail.index).toBe(i + 1); expect(s.detail.total).toBeGreaterThanOrEqual(11); });
    expect(types.at(-1)).toBe('completed');
    const done = log.at(-1).detail;
    expect(done.assessment).toBe('candidate');
    expect(done.outcome).toMatch(/^(pm|po|pjm|hybrid-.+|generalist)$/);
    expect(Object.values(done.percentages).reduce((a, b) => a + b, 0)).toBe(100);
    expect(done.frame).toBe('rf-careers-widget');
    expect(JSON.stringify(log)).not.toContain('"answers"');
    // The fallback link gave way to the frame; result links open on the widget's own page
    // (data-result-links="widget"), without this frame's id or host.
    await expect(page.locator('#careers-widget > *')).toHaveCount(1);
    const link = await page.frameLocator('#careers-widget iframe').locator('.rf-share-link input').inputValue();
    expect(link).toMatch(/\/index\.html\?[^#]*#r=[A-Za-z0-9_-]+$/);
    expect(link).not.toMatch(/[?&](frame|host|page)=/);
    await shoot(page, `embed-careers-${width}`);
  });
}

test('a language picked inside the frame keeps it connected to the host page', async ({ page }) => {
  await page.goto('/demo/careers.html');
  const frame = page.frameLocator('#careers-widget iframe');
  await frame.getByRole('link', { name: 'Deutsch' }).click();
  // The reloaded frame still talks to its host: a new ready event, in German, from the same frame.
  await expect.poll(async () => (await events(page)).filter((e) => e.type === 'ready').map((e) => e.detail.lang))
    .toEqual(['en', 'de']);
  expect((await events(page)).at(-1).detail.frame).toBe('rf-careers-widget');
  await checkFit(page, '#careers-widget');
  await frame.getByRole('link', { name: 'English' }).click();
  await expect.poll(async () => (await events(page)).filter((e) => e.type === 'ready').length).toBe(3);
  await runInFrame(page, '#careers-widget', 2);
  expect((await events(page)).at(-1).type).toBe('completed');
});

test('consultancy page: two independent widgets, answers only after consent, CTA', async ({ page }) => {
  // The cta event arrives as the host page navigates away: recorded outside the page.
  const ctas = [];
  await page.exposeFunction('recordCta', (detail) => ctas.push(detail));
  await page.addInitScript(() => addEventListener('rolefit:cta', (e) => window.recordCta({ frame: e.detail.frame, outcome: e.detail.outcome, cta: e.detail.cta })));
  await page.goto('/demo/consultancy.html');
  const candidate = page.frameLocator('#candidate-widget iframe');
  await expect(candidate.getByRole('button', { name: 'Start' })).toBeVisible();
  const team = await runInFrame(page, '#team-widget', 0);
  // The other widget did not move.
  await expect(candidate.getByRole('button', { name: 'Start' })).toBeVisible();
  let log = await events(page);
  expect(log.filter((e) => e.detail.frame === 'rf-candidate-widget').map((e) => e.type)).toEqual(['ready']);
  expect(log.some((e) => e.type === 'answers')).toBe(false);
  expect(log.find((e) => e.type === 'completed').detail.answers).toBeUndefined();
  // The host opted in; the visitor consents: now, and only now, the answers are sent.
  await team.getByLabel('Send my answers to Acme Product Studio').check();
  await expect.poll(async () => (await events(page)).filter((e) => e.type === 'answers').length).toBe(1);
  log = await events(page);
  const answers = log.find((e) => e.type === 'answers').detail.answers;
  expect(answers.length).toBeGreaterThanOrEqual(10);
  expect(answers[0]).toEqual({ question: expect.any(String), choices: [expect.any(String)] });
  const consent = team.getByLabel('Send my answers to Acme Product Studio');
  await expect(team.getByText('Your answers were sent.')).toBeVisible();
  await expect(consent).toBeDisabled();
  // The candidate widget never offers consent: its host did not ask.
  await expect(candidate.getByText('Send my answers')).toHaveCount(0);
  await shoot(page, 'embed-consultancy');
  // Branded (the host's accent, its call to action as a filled button): still readable.
  await axe(page);
  await buttonContrast(team);
  // The result link opens this result on the host page, in the same frame.
  const link = await team.locator('.rf-share-link input').inputValue();
  expect(link).toMatch(/\/demo\/consultancy\.html#rf-team-widget=[A-Za-z0-9_-]+$/);
  const heading = await team.locator('#rf-heading').textContent();
  const other = await page.context().newPage();
  await other.goto(link);
  const shared = other.frameLocator('#team-widget iframe');
  await expect(shared.locator('#rf-heading')).toHaveText(heading);
  await expect(shared.getByText('Someone shared this result with you')).toBeVisible();
  await expect(other.frameLocator('#candidate-widget iframe').getByRole('button', { name: 'Start' })).toBeVisible();
  await other.close();
  // Consent was for that result: after a changed answer the box is clear and asks again.
  await team.getByRole('button', { name: 'Back to answers' }).click();
  await team.locator('.rf-summary button', { hasText: 'Change' }).first().click();
  const choices = team.locator('form.rf-question input');
  await choices.nth((await choices.count()) - 1).check();
  // Continue returns to the summary, through any question the new answer revealed.
  for (let i = 0; i < 20 && await team.locator('form.rf-question').count(); i++) {
    if (await team.locator('form.rf-question input:checked').count() === 0) await choices.first().check();
    await team.getByRole('button', { name: 'Continue' }).click();
  }
  await team.getByRole('button', { name: 'See my result' }).click();
  await expect(consent).not.toBeChecked();
  await expect(consent).toBeEnabled();
  expect((await events(page)).filter((e) => e.type === 'answers')).toHaveLength(1);
  await consent.check();
  await expect.poll(async () => (await events(page)).filter((e) => e.type === 'answers').length).toBe(2);
  // The call to action opens the host's contact page, with no answers in the address.
  const outcome = (await events(page)).filter((e) => e.type === 'completed').at(-1).detail.outcome;
  await team.locator('.rf-cta a').first().click();
  await page.waitForURL(/contact\.html$/);
  expect(page.url()).not.toContain('?');
  // The host learnt which result led to the click.
  const source = outcome.endsWith('+pjm') ? 'with-pjm' : outcome === 'client-led' ? 'client-led' : 'default';
  await expect.poll(() => ctas).toEqual([{ frame: 'rf-team-widget', outcome, cta: source }]);
});

test('hostile host CSS does not reach the widget', async ({ page }) => {
  await page.goto('/demo/careers.html');
  const frame = page.frameLocator('#careers-widget iframe');
  const start = frame.getByRole('button', { name: 'Start' });
  await expect(start).toBeVisible();
  const style = await start.evaluate((b) => { const s = getComputedStyle(b); return { font: s.fontFamily, bg: s.backgroundColor, border: s.borderStyle, transform: s.transform }; });
  expect(style.font).not.toContain('Comic');
  expect(style.bg).not.toBe('rgb(255, 105, 180)');
  expect(style.border).not.toBe('dotted');
  expect(style.transform).toBe('none');
  // And the widget's styles do not leak out: the host's own heading keeps its hostile look.
  expect(await page.locator('h1').evaluate((h) => getComputedStyle(h).textTransform)).toBe('uppercase');
});

test('bad attributes show specific messages, the widget still works, javascript: is refused', async ({ page }) => {
  const messages = [];
  page.on('console', (m) => { if (m.type() === 'warning') messages.push(m.text()); });
  await page.route('**/demo/bad-attributes.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><title>bad</title><link rel="icon" href="data:,"></head><body>
      <div id="unresolvable" data-rolefit="team" data-cta-url="//x.example:99999/contact"></div>
      <div id="w" data-rolefit="candidate" data-accent="banana" data-theme="neon" data-cta-label="Go" data-cta-url="javascript:alert(document.cookie)"></div>
      <script src="../embed.js"></script></body></html>`,
  }));
  await page.goto('/demo/bad-attributes.html');
  const frame = page.frameLocator('#w iframe');
  await expect(frame.getByRole('alert').filter({ hasText: 'accent "banana" is not a colour' })).toBeVisible();
  // An address the browser cannot resolve does not stop the script: that widget mounts too,
  // and the page can still call the script's API.
  await expect(page.frameLocator('#unresolvable iframe').getByRole('button', { name: 'Start' })).toBeVisible();
  expect(await page.evaluate(() => window.rolefit && window.rolefit.version)).toBe(1);
  await expect(frame.getByRole('alert').filter({ hasText: 'theme "neon"' })).toBeVisible();
  await expect(frame.getByRole('alert').filter({ hasText: 'uses "javascript:"' })).toBeVisible();
  await frame.getByRole('button', { name: 'Start' }).click();
  await expect(frame.locator('.rf-progress-text')).toHaveText(/^Question 1 of/);
  await shoot(page, 'embed-bad-attributes');
  expect(messages.some((m) => m.includes('accent "banana"'))).toBe(true);
  // No link anywhere in the widget points at javascript:.
  for (let i = 0; i < 30 && await frame.locator('form.rf-question').count(); i++) {
    await frame.locator('form.rf-question input').first().check();
    await frame.getByRole('button', { name: 'Continue' }).click();
  }
  await frame.getByRole('button', { name: 'See my result' }).click();
  await expect(frame.locator('a[href^="javascript"]')).toHaveCount(0);
  await expect(frame.getByRole('link', { name: 'Go' })).toHaveCount(0);
});

test('custom banks: one loads from a URL, a broken inline one shows its errors in preview', async ({ page }) => {
  await page.goto('/demo/authors.html');
  const custom = page.frameLocator('#custom-widget iframe');
  await expect(custom.getByText('Valid: 4 questions')).toBeVisible();
  await expect(custom.locator('table.rf-reach tbody tr')).toHaveCount(7);
  await expect(custom.getByRole('heading', { name: 'Which role at Acme suits you?' })).toBeVisible();
  const broken = page.frameLocator('#broken-widget iframe');
  await expect(broken.getByText(/problems: fix them before publishing/)).toBeVisible();
  await expect(broken.locator('.rf-preview-errors')).toContainText('question "size" (#1) choice "small" weights.scale: must be a whole number from 0 to 5, is 9');
  await expect(broken.locator('.rf-preview-errors')).toContainText('duplicate choice id "small"');
  await expect(broken.locator('.rf-preview-errors')).toContainText('unknown rule id "R99"');
  // The visitor-facing widget still works, on the built-in questions.
  await expect(broken.getByRole('button', { name: 'Start' })).toBeVisible();
  await custom.getByRole('button', { name: 'Start' }).click();
  await expect(custom.locator('.rf-progress-text')).toHaveText('Question 1 of 4');
  await shoot(page, 'embed-authors');
  // The preview comes from the authors' build, loaded directly (not through index.html).
  expect(await page.locator('#custom-widget iframe').getAttribute('src')).toMatch(/\/preview\.html\?/);
});

test('preview=true on the visitors\' page opens the authors\' build with the same parameters', async ({ page }) => {
  await page.goto('/?assessment=team&preview=yes&lang=de#no-result');
  await expect(page).toHaveURL(/\/preview\.html\?assessment=team&preview=yes&lang=de#no-result$/);
  await expect(page.locator('.rf-preview')).toBeVisible();
  await expect(page.locator('table.rf-reach tbody tr').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Starten' })).toBeVisible();
  // Back leaves the page instead of bouncing between the two: the forward replaced the
  // entry (the tab's history is the blank start page and this one).
  expect(await page.evaluate(() => history.length)).toBe(2);
  // Without it, the visitors' page stays where it is.
  await page.goto('/?assessment=candidate&preview=false');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await expect(page).toHaveURL(/\/\?assessment=candidate&preview=false$/);
  await expect(page.locator('.rf-preview')).toHaveCount(0);
});

test('a host on another origin: events arrive, and messages the widget did not send are ignored', async ({ page, baseURL, problems }) => {
  // The host page lives on its own origin; only embed.js and the frame come from the widget's.
  // localhost and 127.0.0.1 are different origins; both are local, so Chromium's private
  // network rules let the page load the widget.
  const hostOrigin = baseURL.replace('127.0.0.1', 'localhost');
  problems.allowOrigin(hostOrigin);
  await page.route('http://localhost:*/host-page.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><title>host</title><link rel="icon" href="data:,"></head><body>
      <div id="w" data-rolefit="candidate"></div>
      <iframe id="sibling" title="another page of the widget's site" src="${baseURL}/demo/contact.html"></iframe>
      <script>
        window.seen = [];
        for (const type of ['ready', 'started', 'completed']) {
          addEventListener('rolefit:' + type, (e) => seen.push(type + ':' + e.detail.frame));
        }
        addEventListener('message', (e) => { if (e.data === 'marker') window.markers = (window.markers || 0) + 1; });
      </script>
      <script src="${baseURL}/embed.js"></script></body></html>`,
  }));
  await page.route('http://localhost:*/elsewhere.html', (route) => route.fulfill({
    contentType: 'text/html', body: '<!doctype html><title>elsewhere</title><link rel="icon" href="data:,">',
  }));
  await page.goto(hostOrigin + '/host-page.html');
  const iframe = page.locator('#w iframe');
  expect(await iframe.getAttribute('allow')).toBe('clipboard-write; web-share');
  const frame = page.frameLocator('#w iframe');
  await expect(frame.getByRole('button', { name: 'Start' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.seen)).toEqual(['ready:rf-w']);
  // The frame has reported its height across origins, and is sized by it from then on.
  await expect.poll(() => iframe.evaluate((f) => parseInt(f.style.height, 10))).toBeGreaterThan(100);
  expect(await iframe.getAttribute('scrolling')).toBe('no');
  const height = () => iframe.evaluate((f) => parseInt(f.style.height, 10));
  const forge = `(target) => {
    target.postMessage({ source: 'rolefit', version: 1, frame: 'rf-w', type: 'completed', detail: {} }, '*');
    target.postMessage({ source: 'rolefit', version: 1, frame: 'rf-w', type: 'height', detail: { height: 7 } }, '*');
    target.postMessage('marker', '*');
  }`;
  // 1. Forged by the host page itself: neither the widget's origin nor its frame.
  await page.evaluate(`(${forge})(window)`);
  await expect.poll(() => page.evaluate(() => window.markers)).toBe(1);
  // 2. From the widget's origin, but another frame (a sibling page of the widget's site):
  //    only the check of the sending frame stops it.
  const sibling = page.frames().find((f) => f.url().endsWith('/demo/contact.html'));
  await sibling.evaluate(`(${forge})(parent)`);
  await expect.poll(() => page.evaluate(() => window.markers)).toBe(2);
  expect(await page.evaluate(() => window.seen)).toEqual(['ready:rf-w']);
  expect(await height()).toBeGreaterThan(100);
  await frame.getByRole('button', { name: 'Start' }).click();
  await expect.poll(() => page.evaluate(() => window.seen)).toEqual(['ready:rf-w', 'started:rf-w']);
  expect(await height()).toBeGreaterThan(100);
  // 3. From the widget's own frame, navigated to another origin: only the origin check stops it.
  await iframe.evaluate((f, url) => { f.src = url; }, hostOrigin + '/elsewhere.html');
  await expect.poll(() => page.frames().some((f) => f.url().endsWith('/elsewhere.html'))).toBe(true);
  const moved = page.frames().find((f) => f.url().endsWith('/elsewhere.html'));
  await moved.evaluate(`(${forge})(parent)`);
  await expect.poll(() => page.evaluate(() => window.markers)).toBe(3);
  expect(await page.evaluate(() => window.seen)).toEqual(['ready:rf-w', 'started:rf-w']);
  expect(await height()).toBeGreaterThan(100);
});

test('embed.js: frame names like __proto__ confuse nothing; frame ids follow element ids', async ({ page }) => {
  await page.route('**/demo/ids.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><title>ids</title><link rel="icon" href="data:,"></head><body>
      <div id="first" data-rolefit="candidate"></div><div data-rolefit="candidate"></div>
      <script>addEventListener('message', (e) => { if (e.data === 'marker') window.marker = true; });</script>
      <script src="demo.js"></script><script src="../embed.js"></script></body></html>`,
  }));
  await page.goto('/demo/ids.html');
  await expect(page.frameLocator('#first iframe').getByRole('button', { name: 'Start' })).toBeVisible();
  expect(await page.locator('iframe').evaluateAll((fs) => fs.map((f) => new URL(f.src).searchParams.get('frame'))))
    .toEqual(['rf-first', 'rf-1']);
  // A message naming a frame that is a property of every object: ignored, no error.
  const widget = page.frames().find((f) => f.url().includes('frame=rf-first'));
  await widget.evaluate(() => {
    for (const frame of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      parent.postMessage({ source: 'rolefit', version: 1, frame, type: 'height', detail: { height: 9 } }, '*');
    }
    parent.postMessage('marker', '*');
  });
  // Handled in order: once the marker is seen, so were the others (an error would fail the test).
  await expect.poll(() => page.evaluate(() => window.marker === true)).toBe(true);
  // A widget added above the first one later does not take its id, nor its result links.
  await page.evaluate(() => {
    const el = document.createElement('div');
    el.setAttribute('data-rolefit', 'team');
    document.body.prepend(el);
    return window.rolefit.mount(el).then((frame) => frame.id);
  });
  expect(await page.locator('iframe').evaluateAll((fs) => fs.map((f) => new URL(f.src).searchParams.get('frame'))))
    .toEqual(['rf-2', 'rf-first', 'rf-1']);
});

test('data-intro="false": the frame opens on the first question and says so to the host', async ({ page }) => {
  await page.route('**/demo/no-intro.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><title>no intro</title><link rel="icon" href="data:,"></head><body>
      <div id="w" data-rolefit="team" data-intro="false"></div>
      <script src="demo.js"></script><script src="../embed.js"></script></body></html>`,
  }));
  await page.goto('/demo/no-intro.html');
  const frame = page.frameLocator('#w iframe');
  await expect(frame.locator('.rf-progress-text')).toHaveText(/^Question 1 of/);
  // Nothing comes before the first question, so there is no Back button.
  await expect(frame.getByRole('button', { name: 'Back' })).toHaveCount(0);
  await expect.poll(async () => (await events(page)).map((e) => e.type)).toEqual(['ready', 'started', 'step']);
  expect((await events(page))[2].detail.index).toBe(1);
  // Forgetting the answers starts a new run on question 1: the host hears "started" again.
  await frame.locator('form.rf-question input').first().check();
  await frame.getByRole('button', { name: 'Continue' }).click();
  await frame.getByLabel('Keep my answers on this device so I can finish later').check();
  await frame.getByRole('button', { name: 'Forget my answers' }).click();
  await expect(frame.locator('.rf-progress-text')).toHaveText(/^Question 1 of/);
  await expect.poll(async () => (await events(page)).map((e) => e.type))
    .toEqual(['ready', 'started', 'step', 'step', 'started', 'step']);
  // Forgetting while still on question 1 starts a new run too.
  const first = frame.locator('form.rf-question input').first();
  await first.check();
  await frame.getByLabel('Keep my answers on this device so I can finish later').check();
  await frame.getByRole('button', { name: 'Forget my answers' }).click();
  await expect(first).not.toBeChecked();
  await expect.poll(async () => (await events(page)).map((e) => e.type))
    .toEqual(['ready', 'started', 'step', 'step', 'started', 'step', 'started', 'step']);
  expect((await events(page)).at(-1).detail.index).toBe(1);
  // Forgetting before answering anything is not a new run: nothing more is sent.
  await frame.getByLabel('Keep my answers on this device so I can finish later').check();
  await frame.getByRole('button', { name: 'Forget my answers' }).click();
  await expect(frame.getByLabel('Keep my answers on this device so I can finish later')).not.toBeChecked();
  await page.waitForTimeout(300);
  expect((await events(page)).length).toBe(8);
});
