// A tiny static file server for the built widget (dist/), with no dependencies.
// Serves on 127.0.0.1 only; sends the right MIME type for .wasm (needed for streaming
// compilation), long-lived caching for hashed assets, no-cache for HTML, compression (brotli or
// gzip, as the browser accepts, like any production host) and the strict
// Content-Security-Policy that EMBEDDING.md recommends, so every test runs under it.
// Usage: node scripts/static-server.mjs [dir] [port]
// With ROLEFIT_TEST_ROUTES=1 (the end-to-end tests), it also answers /__test/large.json?bytes=N
// with N bytes of JSON, streamed in chunks, without a Content-Length when &length=0, and
// never finished when &stall=1; and /__test/lead, a contact endpoint: a POST is kept (GET
// /__test/lead/received lists them) and answered with each status of &seq=201,422,… in turn
// (per &key), with a JSON {message} when &message= is given, or never when &stall=1.
import { createServer } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompress, gzip as gzipAsync, constants } from 'node:zlib';
import { promisify } from 'node:util';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? process.env.PORT ?? 8080);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
// Trunk writes its 64-bit content hash without leading zeros, so it may be shorter than 16.
const hashed = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/;
// The widget's pages: nothing inline, nothing from elsewhere; 'wasm-unsafe-eval' lets
// WebAssembly compile; any page may frame the widget.
const WIDGET_CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' https: data:; connect-src 'self'; frame-ancestors *";
// The demo host pages also frame the widget.
const HOST_CSP = WIDGET_CSP + "; frame-src 'self'";

// Compressed bodies, made once per file version and encoding (brotli at its best quality,
// as a host that precompresses its files would serve them), off the main thread, and started
// for the top-level files as soon as the server is up, so no request waits for it twice.
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.txt']);
const brotli = promisify(brotliCompress);
const gzip = promisify(gzipAsync);
const compressed = new Map();
const worthCompressing = (file, size) => compressible.has(extname(file)) && size >= 1024;
function compress(file, mtime, body, encoding) {
  const key = `${encoding}:${mtime}:${file}`;
  if (!compressed.has(key)) {
    compressed.set(key, encoding === 'br'
      ? brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : gzip(body, { level: 9 }));
  }
  return compressed.get(key);
}
async function encode(file, mtime, body, accept) {
  const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
  if (!encoding || !worthCompressing(file, body.length)) return { encoding: null, body };
  return { encoding, body: await compress(file, mtime, body, encoding) };
}
for (const name of await readdir(root).catch(() => [])) {
  const file = join(root, name);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile() || !worthCompressing(file, info.size)) continue;
  const body = await readFile(file);
  for (const encoding of ['br', 'gzip']) compress(file, info.mtimeMs, body, encoding);
}

// The contact endpoint of the end-to-end tests.
const received = [];
const answered = new Map();
async function leadEndpoint(req, url, res) {
  if (req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(received));
    return;
  }
  let body = '';
  for await (const chunk of req) body += chunk;
  received.push({ url: url.pathname + url.search, type: req.headers['content-type'], body: JSON.parse(body || 'null') });
  if (url.searchParams.get('stall') === '1') return;
  const seq = (url.searchParams.get('seq') || '201').split(',');
  const key = url.searchParams.get('key') || '';
  const n = answered.get(key) || 0;
  answered.set(key, n + 1);
  const status = Number(seq[Math.min(n, seq.length - 1)]);
  const message = url.searchParams.get('message');
  res.writeHead(status, { 'content-type': 'application/json' }).end(message && status >= 400 ? JSON.stringify({ message }) : '{}');
}

// A large "question bank" that a server sends with or without its length.
async function large(url, res) {
  const bytes = Math.min(Number(url.searchParams.get('bytes') ?? 0), 50_000_000);
  const headers = { 'content-type': 'application/json', 'cache-control': 'no-store' };
  if (url.searchParams.get('length') !== '0') headers['content-length'] = String(bytes);
  res.writeHead(200, headers);
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  chunk[0] = 0x5b; // '[' then spaces: JSON that only ends when the file does
  for (let sent = 0; sent < bytes && !res.destroyed;) {
    const part = chunk.subarray(0, Math.min(chunk.length, bytes - sent));
    sent += part.length;
    // Wait for the buffer to drain or the browser to hang up; the other listener goes too,
    // or each full buffer would leave one behind.
    if (!res.write(part)) {
      await new Promise((done) => {
        const go = () => { res.off('drain', go); res.off('close', go); done(); };
        res.on('drain', go);
        res.on('close', go);
      });
    }
  }
  if (url.searchParams.get('stall') !== '1') res.end();
}

createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://localhost');
    if (process.env.ROLEFIT_TEST_ROUTES === '1' && url.pathname === '/__test/large.json') {
      await large(url, res);
      return;
    }
    if (process.env.ROLEFIT_TEST_ROUTES === '1' && url.pathname.startsWith('/__test/lead')) {
      await leadEndpoint(req, url, res);
      return;
    }
    const path = decodeURIComponent(url.pathname);
    let file = normalize(join(root, path));
    // Inside root, not merely starting with its name (a sibling "dist2" would).
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file);
    }
    const { encoding, body } = await encode(file, info.mtimeMs, await readFile(file), req.headers['accept-encoding'] ?? '');
    const headers = {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': hashed.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      vary: 'accept-encoding',
    };
    if (encoding) headers['content-encoding'] = encoding;
    // The embed script may be loaded with Subresource Integrity from any host page, which
    // needs CORS (EMBEDDING.md: "Loading embed.js with Subresource Integrity").
    // Its second part, embed-frames-….js, is then loaded with the same check.
    if (/^embed(-frames)?(-[0-9a-f]{12})?\.js$/.test(path.split('/').pop())) headers['access-control-allow-origin'] = '*';
    if (extname(file) === '.html') {
      headers['content-security-policy'] = path.startsWith('/demo/') || path === '/configure.html' ? HOST_CSP : WIDGET_CSP;
    }
    res.writeHead(200, headers).end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(port, '127.0.0.1', () => {
  console.log(`rolefit: serving ${root} on http://127.0.0.1:${port}/`);
});
