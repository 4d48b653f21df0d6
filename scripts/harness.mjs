// Shared by the measuring scripts (bench.mjs, trace.mjs, profile.mjs): the static server
// they measure against, and a wait that does not disturb what is measured.
import { spawn } from 'node:child_process';

/** Starts scripts/static-server.mjs on `dir` and `port`; resolves once it listens, rejects if
 * it exits first. Kill the returned process when done. */
export async function serve(dir, port) {
  const server = spawn(process.execPath, ['scripts/static-server.mjs', dir, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((ok, fail) => {
    server.stdout.once('data', ok);
    server.once('exit', (code) => fail(new Error(`static server exited with ${code}`)));
  });
  return server;
}

/** Polls `expression` in the page with bare CDP evaluations until it is truthy. Playwright's
 * waitForSelector and waitForFunction inject a script into the page (~45 ms of main thread
 * at 4×, seen in a trace) that would land in the middle of what is being measured; a CDP
 * evaluation every `everyMs` costs next to nothing. Throws `message` after `timeoutMs`. */
export async function waitInPage(cdp, expression, { everyMs = 100, timeoutMs = 30_000, message } = {}) {
  for (let waited = 0; ; waited += everyMs) {
    const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
    if (result.value) return;
    if (waited > timeoutMs) throw new Error(message ?? `timed out after ${timeoutMs / 1000} s waiting for ${expression}`);
    await new Promise((ok) => setTimeout(ok, everyMs));
  }
}
