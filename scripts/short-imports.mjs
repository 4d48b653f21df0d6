// Shortens the names by which each built wasm imports its JavaScript glue (called by
// scripts/build after Trunk, and by bench/floor/build for the Yew floor). wasm-bindgen names
// every import after its function plus a 16-digit hash (`__wbg_setAttribute_1f0c…`), and each
// name is written twice, once in the wasm and once in the glue. The hashes do not compress:
// about 3.9 KB gzip in the wasm and 2.3 KB in the glue of the visitors' page
// (docs/performance.md). Here each import of the glue's module is renamed to one or two
// characters, in the wasm's import section and in the glue's import object alike, and the
// glue is minified once more by terser (Trunk's minifier leaves its function names long).
//
// The rename is checked, not trusted, and nothing is written before every page passed: the
// rewritten wasm must compile in Node and import exactly what it imported before under the
// new names, every old name must appear exactly once in the glue, and the new glue must
// instantiate the new wasm without a link error. Anything else stops the build with a
// message, so a wasm-bindgen whose glue looks different fails here, not in a browser.
//
// The files change, so they get new names from their new content (Trunk's pattern, 16 hex
// digits of their SHA-256): a name served as immutable never meets two contents. Each page's
// references and every integrity hash it pins are then written from the files as they are.
import { existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { minify } from 'terser';
import { contentHex, sri } from './hashes.mjs';

const PAGES = ['index.html', 'team.html', 'preview.html', 'lead.html'];
const IMPORT_SECTION = 2;

function fail(message) {
  console.error(`scripts/short-imports.mjs: ${message}`);
  process.exit(1);
}

/** A LEB128 reader and writer over one byte array, enough for wasm's section layout. */
const leb = {
  read(bytes, at) {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) return [value, at];
    }
  },
  write(value) {
    const out = [];
    do {
      let byte = value % 128;
      value = Math.floor(value / 128);
      if (value > 0) byte |= 0x80;
      out.push(byte);
    } while (value > 0);
    return out;
  },
};

/** The bytes of an import's description, after its names (the wasm spec's `importdesc`). */
function skipDescription(bytes, at) {
  const kind = bytes[at++];
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = leb.read(bytes, p);
    if (flags & 1) [, p] = leb.read(bytes, p);
    return p;
  };
  switch (kind) {
    case 0x00: return leb.read(bytes, at)[1]; // function: its type index
    case 0x01: return limits(at + 1); // table: element type, limits
    case 0x02: return limits(at); // memory: limits
    case 0x03: return at + 2; // global: value type, mutability
    case 0x04: return leb.read(bytes, at + 1)[1]; // tag: attribute, type index
    default: return fail(`an import of unknown kind ${kind}`);
  }
}

/** `a`..`z`, `A`..`Z`, `_`, `$`, then two characters: valid JavaScript property names. */
function shortName(i) {
  const first = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$';
  const rest = `${first}0123456789`;
  if (i < first.length) return first[i];
  i -= first.length;
  if (i >= first.length * rest.length) fail('more imports than names of two characters');
  return first[Math.floor(i / rest.length)] + rest[i % rest.length];
}

/** Renames the wasm's imports from `module`; returns the new wasm and old name → new name. */
function renameImports(wasm, module) {
  const utf8 = new TextDecoder();
  const encode = (s) => [...leb.write(Buffer.byteLength(s)), ...Buffer.from(s)];
  let at = 8; // magic and version
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, body] = leb.read(wasm, at + 1);
    if (id !== IMPORT_SECTION) {
      at = body + size;
      continue;
    }
    const names = new Map();
    let [count, p] = leb.read(wasm, body);
    const entries = [...leb.write(count)];
    while (count-- > 0) {
      const [moduleLength, m] = leb.read(wasm, p);
      const from = utf8.decode(wasm.subarray(m, m + moduleLength));
      const [nameLength, n] = leb.read(wasm, m + moduleLength);
      const name = utf8.decode(wasm.subarray(n, n + nameLength));
      const end = skipDescription(wasm, n + nameLength);
      let renamed = name;
      if (from === module) {
        if (names.has(name)) fail(`${module} is imported twice as ${name}`);
        renamed = shortName(names.size);
        names.set(name, renamed);
      }
      entries.push(...encode(from), ...encode(renamed), ...wasm.subarray(n + nameLength, end));
      p = end;
    }
    if (p !== body + size) fail('the import section did not end where its size says');
    const out = Buffer.concat([
      wasm.subarray(0, at),
      Buffer.from([IMPORT_SECTION, ...leb.write(entries.length), ...entries]),
      wasm.subarray(body + size),
    ]);
    return [out, names];
  }
  return fail('the wasm has no import section');
}

const sameImports = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** Trunk's name for a file, `<stem>-<hex>[_bg].wasm|.js`, with the hex of `bytes` instead. */
function contentName(file, bytes) {
  const m = file.match(/^(.*)-[0-9a-f]{1,16}(_bg\.wasm|\.js)$/);
  if (!m) fail(`${file} is not named as Trunk names a hashed file`);
  return `${m[1]}-${contentHex(bytes, 16)}${m[2]}`;
}

/**
 * Does the glue's import object link the wasm? It is instantiated, which binds every import
 * and runs nothing of ours (wasm-bindgen starts the app with a separate call), with the
 * object the glue's own `__wbg_get_imports` builds, exported from a copy for the purpose.
 */
async function links(glue, module) {
  if (!/\bfunction __wbg_get_imports\(/.test(glue)) fail('the glue has no __wbg_get_imports to check it with');
  const dir = mkdtempSync(join(tmpdir(), 'short-imports-'));
  const file = join(dir, 'glue.mjs');
  writeFileSync(file, `${glue}\nexport { __wbg_get_imports as importsForTheCheck };\n`);
  try {
    const { importsForTheCheck } = await import(pathToFileURL(file).href);
    new WebAssembly.Instance(module, importsForTheCheck());
    return true;
  } catch (error) {
    console.error(String(error));
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `wasm`'s imports from `js`, both files in `dir`, shortened: the new bytes by file name, or
 * null when they were shortened before.
 */
async function shorten(dir, js, wasm) {
  const glue = readFileSync(`${dir}/${js}`, 'utf8');
  const before = readFileSync(`${dir}/${wasm}`);
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(before));
  const modules = [...new Set(imports.map((i) => i.module))];
  if (modules.length !== 1) fail(`${wasm} imports from ${modules.length} modules, not only its glue`);
  if (imports.every((i) => i.name.length <= 2)) return null;
  const [after, names] = renameImports(before, modules[0]);

  let shortGlue = glue;
  for (const [old, renamed] of names) {
    const token = new RegExp(`(?<![\\w$])${old.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
    const seen = glue.match(token)?.length ?? 0;
    if (seen !== 1) fail(`${js} names the import ${old} ${seen} times, not once`);
    shortGlue = shortGlue.replace(token, () => renamed);
  }
  // Trunk's minifier keeps the glue's own function names; terser, as for embed.js and boot.js,
  // shortens them too. `__wbg_get_imports` keeps its name: the link check below calls it.
  const minified = await minify(shortGlue, { module: true, compress: true, mangle: { reserved: ['__wbg_get_imports'] } });
  shortGlue = minified.code;
  const expected = imports.map((i) => ({ ...i, name: names.get(i.name) }));
  const compiled = new WebAssembly.Module(after);
  if (!sameImports(WebAssembly.Module.imports(compiled), expected)) {
    fail(`${wasm}: the renamed wasm does not import what the original did`);
  }
  if (!(await links(shortGlue, compiled))) fail(`${js}, shortened, does not link ${wasm}, shortened`);
  const kib = (b) => `${(b.length / 1024).toFixed(1)} KiB`;
  console.log(`${wasm}: ${names.size} imports shortened, ${kib(before)} → ${kib(after)} raw`);
  return { [js]: shortGlue, [wasm]: after };
}

// `short-imports.mjs --files <dir> <glue.js> <wasm>`: one pair with no page and fixed names
// (the Yew floor, whose loader names its files).
if (process.argv[2] === '--files') {
  const [dir, js, wasm] = process.argv.slice(3);
  const files = await shorten(dir, js, wasm);
  if (!files) console.log(`${wasm}: imports already short`);
  else for (const [file, bytes] of Object.entries(files)) writeFileSync(`${dir}/${file}`, bytes);
  process.exit(0);
}

// `short-imports.mjs [dist]`: every page of the bundle, and the integrity hashes that pin them.
const DIST = process.argv[2] || 'dist';
const pages = [];
const renamed = new Map(); // a file as Trunk named it → its new name and bytes
for (const page of PAGES) {
  const html = readFileSync(`${DIST}/${page}`, 'utf8');
  const tag = html.match(/<script\b[^>]*\bdata-rolefit-boot\b[^>]*>/);
  const attr = (name) => tag && tag[0].match(new RegExp(`\\bdata-${name}=["']?\\./([^"' >]+)`));
  const [js, wasm] = [attr('js'), attr('wasm')].map((m) => m && m[1]);
  if (!js || !wasm) fail(`${page} has no boot script naming its glue and wasm`);
  if (!renamed.has(js)) {
    const files = await shorten(DIST, js, wasm);
    if (!files) console.log(`${page}: imports already short; its hashes are checked`);
    for (const [old, bytes] of Object.entries(files ?? {})) renamed.set(old, { name: contentName(old, bytes), bytes });
  }
  pages.push({ page, html });
}
// Every check passed. The new files first, then the pages (their names, and every hash
// they pin taken from the file on disk), then the old files go.
for (const { name, bytes } of renamed.values()) writeFileSync(`${DIST}/${name}`, bytes);
for (const { page, html } of pages) {
  let named = html;
  for (const [old, { name }] of renamed) named = named.split(`./${old}`).join(`./${name}`);
  const pinned = named.replace(/<link\b[^>]*>/g, (link) => {
    if (!/\bintegrity=/.test(link)) return link;
    const href = link.match(/\bhref=["']?\.\/([^"' >]+)/);
    if (!href || !existsSync(`${DIST}/${href[1]}`)) fail(`${page} pins a file it does not have: ${link}`);
    const hash = sri(readFileSync(`${DIST}/${href[1]}`));
    return link.replace(/\bintegrity=("?)sha384-[A-Za-z0-9+/=]+\1/, (_, q) => `integrity=${q}${hash}${q}`);
  });
  writeFileSync(`${DIST}/${page}`, pinned);
}
for (const [old, { name }] of renamed) if (name !== old) unlinkSync(`${DIST}/${old}`);
