// End-to-end tests against the release build (dist/), served on 127.0.0.1 by
// scripts/static-server.mjs, in Debian's Chromium (never a downloaded browser).
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 8181);

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.mjs/,
  outputDir: './test-results',
  fullyParallel: false,
  // Two spec files at a time on the two cores: the run took 6.4 min one at a time and
  // 4.6-4.7 min so, in the same slow hour, with every test passing in both runs.
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'artifacts/results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        // The cross-origin embed test serves its host page (a routed, so "public", page on
        // localhost) and the widget (127.0.0.1) from this machine; real hosts and widgets are
        // both public, where these loopback checks do not apply.
        '--disable-features=LocalNetworkAccessChecks'],
    },
    headless: true,
  },
  webServer: {
    command: `node ../../scripts/static-server.mjs ../../dist ${port}`,
    env: { ROLEFIT_TEST_ROUTES: '1' },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
