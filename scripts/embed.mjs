// Builds the host's embed script into dist/ (called by scripts/build): both parts minified
// (terser), their header comments kept, each pinned under a name that changes with its
// content and with its Subresource Integrity hash. The widget page's own loader, boot.js
// (copied as is by Trunk, which minifies only the assets it builds), is minified in place.
// - web/embed-frames.js, the part that builds the frames, is fetched by embed.js when the
//   first widget is wanted: its name and hash are written into embed.js's FRAMES line.
// - embed.js keeps its name, and a copy named by its content is written beside it, with
//   dist/embed.integrity.json, for hosts that pin the exact script they load (EMBEDDING.md).
import { readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';
import { contentHex, sri } from './hashes.mjs';

const DIST = 'dist';
const PLACEHOLDER = "var FRAMES = { file: 'embed-frames.js', integrity: '' };";

const minified = async (source, module = false) =>
  (await minify(source, { module, compress: true, mangle: true, format: { comments: /^!/ } })).code;

/** Writes `body` as dist/<prefix>-<12 hex of its sha256>.js, replacing earlier copies. */
function pin(prefix, body) {
  const file = `${prefix}-${contentHex(body, 12)}.js`;
  const integrity = sri(body);
  const earlier = new RegExp(`^${prefix}-[0-9a-f]{12}\\.js$`);
  for (const old of readdirSync(DIST).filter((f) => earlier.test(f))) unlinkSync(`${DIST}/${old}`);
  writeFileSync(`${DIST}/${file}`, body);
  return { file, integrity };
}

const frames = pin('embed-frames', await minified(readFileSync('web/embed-frames.js', 'utf8')));
const loader = readFileSync('web/embed.js', 'utf8');
if (!loader.includes(PLACEHOLDER)) {
  console.error('scripts/embed.mjs: web/embed.js has no FRAMES placeholder');
  process.exit(1);
}
const embed = await minified(loader.replace(PLACEHOLDER, `var FRAMES = ${JSON.stringify(frames)};`));
writeFileSync(`${DIST}/embed.js`, embed);
const pinned = pin('embed', embed);
writeFileSync(`${DIST}/embed.integrity.json`, `${JSON.stringify(pinned, null, 2)}\n`);
console.log(`embed script for Subresource Integrity: ${pinned.file} ${pinned.integrity}`);
writeFileSync(`${DIST}/boot.js`, await minified(readFileSync('web/boot.js', 'utf8'), true));
