// The contact form after the result (issue 18): on the consultancy demo page it reaches the
// host page's `lead` event; on host pages with an endpoint (the test server's /__test/lead,
// same origin) it is sent as JSON and each failure is named, with a retry that keeps what
// was typed: a 4xx with the server's message, a 5xx, a timeout, no connection; and sent to
// HubSpot in the shape its Forms API documents. Nothing leaves before the visitor submits
// with consent.
import { readFileSync } from 'node:fs';
import { test, expect, shoot, axe, SHOTS, toResult, answerAll, hostEvents as events, tenSeconds } from './helpers.mjs';

/** The form itself at 360 and 1280 px, for a person to look at. */
async function shootForm(page, frame, name) {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await frame.locator('.rf-contact').screenshot({ path: `${SHOTS}${name}-form-${width}.png` });
  }
}

const received = async (page) => (await (await page.request.get('/__test/lead/received')).json());

/** A host page with a widget (the team's by default) and a contact form, with `attributes`. */
async function host(page, name, attributes, assessment = 'team') {
  await page.route(`**/demo/${name}.html`, (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><title>${name}</title><link rel="icon" href="data:,"></head><body>
      <div id="${name}" data-rolefit="${assessment}" data-company="Acme" data-intro="false"
        data-lead="name*,email*,company,message" data-lead-privacy="privacy.html" ${attributes}></div>
      <script src="../embed.js"></script><script src="demo.js"></script></body></html>`,
  }));
  await page.goto(`/demo/${name}.html`);
  // Each page its own element id, so each frame its own saved progress.
  const frame = page.frameLocator(`#${name} iframe`);
  // The frame is made once the element is in view (lazy loading): wait for its first question.
  await expect(frame.locator('form.rf-question')).toBeVisible();
  await toResult(frame);
  return frame;
}

async function fill(frame) {
  await frame.getByLabel('Name').fill('Ada Lovelace');
  await frame.getByLabel('E-mail').fill('ada@example.com');
  await frame.getByLabel('Message').fill('Call me on Tuesday');
}

test('consultancy demo: the form reaches the host page only after consent, never before the result', async ({ page }) => {
  await page.goto('/demo/consultancy.html');
  const team = page.frameLocator('#team-widget iframe');
  await team.getByRole('button', { name: 'Start' }).click();
  // Framed from the contact form's build: the visitors' one (index.html) has no form.
  expect(await page.locator('#team-widget iframe').getAttribute('src')).toMatch(/\/lead\.html\?/);
  await expect(team.locator('.rf-contact')).toHaveCount(0);
  await answerAll(team);
  // On the summary, still no form: it comes with the result.
  await expect(team.locator('.rf-contact')).toHaveCount(0);
  await team.locator('.rf-summary .rf-primary').click();
  const form = team.locator('form.rf-contact-form');
  await expect(form).toBeVisible();
  const consent = team.getByLabel('I agree that Acme Product Studio may store these details');
  await expect(consent).not.toBeChecked();
  await expect(team.getByRole('link', { name: /privacy policy/ })).toHaveAttribute('href', /\/demo\/privacy\.html$/);
  // Submitted empty: each problem named at its field, focus on the first, nothing sent.
  await team.getByRole('button', { name: 'Send' }).click();
  await expect(team.getByText('Please fill this in.')).toHaveCount(2);
  await expect(team.getByText('Please tick the box first')).toBeVisible();
  await expect(team.getByLabel('Name')).toBeFocused();
  await expect(team.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
  await fill(team);
  await team.getByLabel('E-mail').fill('ada@');
  await consent.check();
  await team.getByRole('button', { name: 'Send' }).click();
  await expect(team.getByText('This does not look like an e-mail address.')).toBeVisible();
  expect((await events(page)).filter((e) => e.type === 'lead')).toHaveLength(0);
  await shoot(page, 'lead-form-problems');
  await shootForm(page, team, 'lead-problems');
  await axe(page);
  await team.getByLabel('E-mail').fill('ada@example.com');
  await team.getByRole('button', { name: 'Send' }).click();
  await expect(team.getByText('Thank you. Acme Product Studio has your details')).toBeVisible();
  // The event is a posted message, a task of its own in the host page: the frame may show its
  // thanks before it runs (under load, seen once in a full run).
  await expect.poll(async () => (await events(page)).filter((e) => e.type === 'lead').length).toBe(1);
  const lead = (await events(page)).filter((e) => e.type === 'lead');
  const done = (await events(page)).find((e) => e.type === 'completed').detail;
  expect(lead[0].detail).toMatchObject({ frame: 'rf-team-widget', assessment: 'team', outcome: done.outcome,
    contact: { name: 'Ada Lovelace', email: 'ada@example.com', message: 'Call me on Tuesday' } });
  // The visitor did not consent to send their answers: the lead carries none.
  expect(lead[0].detail.answers).toBeUndefined();
  await shoot(page, 'lead-form-sent');
  await shootForm(page, team, 'lead-sent');
});

/** The widget's notice where no build with the contact form opened (`Problem::LeadUnavailable`). */
const LEAD_UNAVAILABLE = 'lead needs a build with the contact form (lead.html, or preview.html with bank, beside index.html), which did not open here';

/** Serves the visitors' build (dist/index.html, the candidate's) for addresses matching `path`, as a server that
 * answers a missing file with index.html does; returns how many times it was served. */
async function visitorsBuildAt(page, path, problems) {
  const visitors = readFileSync(new URL('../../dist/index.html', import.meta.url), 'utf8');
  const served = { count: 0 };
  await page.route(path, (route) => { served.count += 1; return route.fulfill({ contentType: 'text/html', body: visitors }); });
  problems.allow(new RegExp(`rolefit: ${LEAD_UNAVAILABLE.replace(/[.()]/g, '\\$&')}`));
  return served;
}

test('where lead.html is not published, the widget says so and shows no form', async ({ page, problems }) => {
  const served = await visitorsBuildAt(page, /\/lead\.html\?/, problems);
  const frame = await host(page, 'lead-missing', '', 'candidate');
  // It stayed where it was, loaded once (no round trip between builds), and the result is all there.
  expect(served.count).toBe(1);
  await expect(frame.getByRole('alert')).toContainText(LEAD_UNAVAILABLE);
  await expect(frame.locator('.rf-result h2')).toBeVisible();
  await expect(frame.locator('.rf-contact')).toHaveCount(0);
});

test('on a host with clean URLs (lead.html served as /lead), the page does not forward again', async ({ page, baseURL, problems }) => {
  // The visitors' build at /lead: a server that redirects lead.html to /lead, then answers
  // that with index.html. Forwarding again would reload it forever.
  const served = await visitorsBuildAt(page, /\/lead\?/, problems);
  const query = `?assessment=candidate&lead=name%2Cemail*&lead-privacy=https%3A%2F%2Fh.example%2Fp&frame=f1&host=${encodeURIComponent(baseURL)}`;
  await page.route('**/demo/clean-urls.html', (route) => route.fulfill({ contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><title>clean</title><link rel="icon" href="data:,"></head><body><iframe id="f" title="assessment" src="../lead${query}"></iframe></body></html>` }));
  await page.goto('/demo/clean-urls.html');
  const frame = page.frameLocator('#f');
  await expect(frame.getByRole('button', { name: 'Start' })).toBeVisible();
  await expect(frame.getByRole('alert')).toContainText(LEAD_UNAVAILABLE);
  expect(served.count).toBe(1);
  expect(new URL(page.frames().find((f) => f !== page.mainFrame()).url()).pathname).toBe('/lead');
});

test('a framed form without its privacy page: lead.html says what is missing and shows no form', async ({ page, baseURL, problems }) => {
  // The visitors' page only sees that a form was asked for; the form's build checks it.
  const missing = 'lead needs lead-privacy, the address of your privacy page';
  problems.allow(new RegExp(`rolefit: ${missing}`));
  const query = `?assessment=candidate&intro=false&lead=name%2Cemail*&frame=f1&host=${encodeURIComponent(baseURL)}`;
  await page.route('**/demo/no-privacy.html', (route) => route.fulfill({ contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><title>no privacy</title><link rel="icon" href="data:,"></head><body><iframe id="f" title="assessment" src="../index.html${query}"></iframe></body></html>` }));
  await page.goto('/demo/no-privacy.html');
  const frame = page.frameLocator('#f');
  await expect(frame.getByRole('alert')).toContainText(missing);
  expect(new URL(page.frames().find((f) => f !== page.mainFrame()).url()).pathname).toBe('/lead.html');
  await toResult(frame);
  await expect(frame.locator('.rf-result h2')).toBeVisible();
  await expect(frame.locator('.rf-contact')).toHaveCount(0);
});

test('a widget with its own bank and a form comes from the authors\' build, which has the form', async ({ page }) => {
  const frame = await host(page, 'lead-bank', 'data-bank="custom-bank.json"', 'candidate');
  expect(await page.locator('#lead-bank iframe').getAttribute('src')).toMatch(/\/preview\.html\?/);
  await expect(frame.getByRole('alert')).toHaveCount(0); // the bank loaded, nothing refused
  await expect(frame.locator('form.rf-contact-form')).toBeVisible();
});

test('an endpoint gets the contact as JSON; a refusal names its reason and a retry keeps what was typed', async ({ page, problems }) => {
  problems.allow(/__test\/lead/);
  problems.allow(/status of 422/);
  const frame = await host(page, 'lead-endpoint', 'data-lead-url="/__test/lead?key=retry&seq=422,201&message=That+e-mail+is+already+registered"');
  await fill(frame);
  await frame.getByLabel(/I agree that Acme/).check();
  await frame.getByRole('button', { name: 'Send' }).click();
  await expect(frame.locator('.rf-contact-status[data-failed]')).toHaveText('Not sent: the system of Acme refused it: That e-mail is already registered. Your details are still here.');
  await expect(frame.getByLabel('Name')).toHaveValue('Ada Lovelace');
  await shoot(page, 'lead-form-refused');
  await shootForm(page, frame, 'lead-refused');
  await frame.getByRole('button', { name: 'Try again' }).click();
  await expect(frame.getByText('Thank you. Acme has your details')).toBeVisible();
  const mine = (await received(page)).filter((r) => r.url.includes('key=retry'));
  expect(mine).toHaveLength(2);
  expect(mine[1].type).toBe('application/json');
  expect(mine[1].body).toMatchObject({ assessment: 'team', contact: { name: 'Ada Lovelace', email: 'ada@example.com', message: 'Call me on Tuesday' } });
  expect(mine[1].body.outcome).toEqual(expect.any(String));
  expect(mine[1].body.answers).toBeUndefined();
  // The host page heard the lead once, not once per attempt.
  await expect.poll(async () => (await events(page)).filter((e) => e.type === 'lead').length).toBe(1);
});

test('a server error, a timeout and no connection are each named, and nothing typed is lost', async ({ page, context, problems }) => {
  problems.allow(/__test\/lead/);
  problems.allow(/status of 500/);
  problems.allow(/ERR_INTERNET_DISCONNECTED/);
  // The page's clock runs as usual, and is moved on past the ten seconds instead of waited out.
  await page.clock.install();
  let frame = await host(page, 'lead-500', 'data-lead-url="/__test/lead?key=e500&seq=500"');
  await fill(frame);
  await frame.getByLabel(/I agree that Acme/).check();
  await frame.getByRole('button', { name: 'Send' }).click();
  await expect(frame.locator('.rf-contact-status[data-failed]')).toContainText('the system of Acme had a problem (error 500)');
  frame = await host(page, 'lead-stall', 'data-lead-url="/__test/lead?key=stall&stall=1"');
  await fill(frame);
  await frame.getByLabel(/I agree that Acme/).check();
  const cross = tenSeconds(page, 'key=stall');
  await frame.getByRole('button', { name: 'Send' }).click();
  await expect(frame.getByRole('button', { name: 'Sending…' })).toBeDisabled();
  await cross(async () => {
    await expect(frame.getByRole('button', { name: 'Sending…' })).toBeDisabled();
    await expect(frame.locator('.rf-contact-status[data-failed]')).toHaveCount(0);
  });
  await expect(frame.locator('.rf-contact-status[data-failed]')).toContainText('no answer within 10 seconds');
  await expect(frame.getByLabel('Message')).toHaveValue('Call me on Tuesday');
  frame = await host(page, 'lead-offline', 'data-lead-url="/__test/lead?key=offline"');
  await fill(frame);
  await frame.getByLabel(/I agree that Acme/).check();
  await context.setOffline(true);
  await frame.getByRole('button', { name: 'Send' }).click();
  await expect(frame.locator('.rf-contact-status[data-failed]')).toContainText('there is no connection');
  await context.setOffline(false);
  await frame.getByRole('button', { name: 'Try again' }).click();
  await expect(frame.getByText('Thank you. Acme has your details')).toBeVisible();
});

test('HubSpot gets the submission its Forms API documents', async ({ page, problems }) => {
  problems.allowOrigin('https://api.hsforms.com');
  // The host publishing the widget allowed HubSpot in the widget page's connect-src, as
  // EMBEDDING.md says to: the test server's strict policy, with that one addition.
  await page.route('**/lead.html?*', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    headers['content-security-policy'] = headers['content-security-policy'].replace("connect-src 'self'", "connect-src 'self' https://api.hsforms.com");
    await route.fulfill({ response, headers });
  });
  const sent = [];
  await page.context().route('https://api.hsforms.com/**', async (route) => {
    sent.push({ url: route.request().url(), type: route.request().headers()['content-type'], body: route.request().postDataJSON() });
    await route.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: '{"inlineMessage":"Thanks"}' });
  });
  const frame = await host(page, 'lead-hubspot', 'data-lead-hubspot="123456:ab12cd34-0000-4a5b-9c8d-1234567890ab"');
  await fill(frame);
  await frame.getByLabel(/I agree that Acme/).check();
  await frame.getByRole('button', { name: 'Send' }).click();
  await expect(frame.getByText('Thank you. Acme has your details')).toBeVisible();
  expect(sent).toHaveLength(1);
  expect(sent[0].url).toBe('https://api.hsforms.com/submissions/v3/integration/submit/123456/ab12cd34-0000-4a5b-9c8d-1234567890ab');
  expect(sent[0].type).toContain('application/json');
  expect(sent[0].body).toEqual({
    fields: [
      { objectTypeId: '0-1', name: 'firstname', value: 'Ada' },
      { objectTypeId: '0-1', name: 'lastname', value: 'Lovelace' },
      { objectTypeId: '0-1', name: 'email', value: 'ada@example.com' },
      { objectTypeId: '0-1', name: 'message', value: 'Call me on Tuesday' },
    ],
    context: { pageUri: expect.stringMatching(/\/demo\/lead-hubspot\.html$/), pageName: expect.stringMatching(/\(rolefit [a-z+-]+\)$/) },
    legalConsentOptions: { consent: { consentToProcess: true, text: 'I agree that Acme may store these details and contact me about this result.' } },
  });
});
