import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtHeader, fnv1a } from './built-file.mjs';

/**
 * Packs the o200k_base ranks shipped inside js-tiktoken (200,000 base64 tokens in one JavaScript string) into
 * dist/o200k-ranks.bin, a hash table src/prompt/o200k-byte-pairs.ts reads as one buffer: building a Map of the ranks
 * from the package took ~0.36 s of CPU in every process that counted a prompt's tokens. Run by `npm run build`; does
 * nothing when the file was already built from the installed package version in this format.
 *
 * Layout (little-endian, each part starting at a multiple of 4):
 *   header, HEADER_BYTES: "SLBP" magic, u32 format, u32 length of a JSON object { label, count, slots, pattern }
 *     (the package@version, the tokens, the table's slots, the pre-tokenizer's pattern), then that JSON;
 *   table, slots × u32: open addressing with linear probing keyed by FNV-1a of the token's bytes; 0 is empty, n is token n-1;
 *   starts, (count + 1) × u32: where token n's bytes begin in the bytes part (its end is where token n+1's begin);
 *   ranks, count × u32: token n's rank;
 *   bytes: every token's bytes, in the package's order.
 */

const PACKAGE = 'js-tiktoken';
const FORMAT = 1;
const HEADER_BYTES = 4096;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'dist', 'o200k-ranks.bin');
const require = createRequire(import.meta.url);

function fail(reason) {
  console.error(`cannot build dist/o200k-ranks.bin from ${PACKAGE}: ${reason}`);
  process.exit(1);
}

function builtLabel() {
  const header = builtHeader(target, HEADER_BYTES);
  if (!header) return undefined;
  if (header.toString('latin1', 0, 4) !== 'SLBP' || header.readUInt32LE(4) !== FORMAT) return undefined;
  try {
    return JSON.parse(header.toString('utf8', 12, 12 + header.readUInt32LE(8))).label;
  } catch {
    return undefined;
  }
}

/** The package's version, from the package.json above its ranks file (its `exports` do not list package.json). */
function installedVersion() {
  let dir = path.dirname(require.resolve(`${PACKAGE}/ranks/o200k_base`));
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    if (path.dirname(dir) === dir) fail('no package.json above its ranks');
    dir = path.dirname(dir);
  }
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
}

let version;
try {
  version = installedVersion();
} catch {
  fail('the package is not installed (npm ci installs it)');
}
const label = `${PACKAGE}@${version} o200k_base`;
if (builtLabel() === label) process.exit(0);

const started = process.hrtime.bigint();
const module = require(`${PACKAGE}/ranks/o200k_base`);
const bpe = 'default' in module ? module.default : module;
if (typeof bpe.bpe_ranks !== 'string' || typeof bpe.pat_str !== 'string') fail('unexpected ranks layout');

const tokens = [];
const ranks = [];
// Lines of "<name> <first rank> <token> <token> …", consecutive ranks in base64.
for (const line of bpe.bpe_ranks.split('\n')) {
  if (!line) continue;
  const fields = line.split(' ');
  const first = Number.parseInt(fields[1], 10);
  for (let i = 2; i < fields.length; i++) {
    tokens.push(Buffer.from(fields[i], 'base64'));
    ranks.push(first + i - 2);
  }
}
const count = tokens.length;
const slots = 2 ** Math.ceil(Math.log2(count * 2.5));
const table = new Uint32Array(slots);
const starts = new Uint32Array(count + 1);
let at = 0;
tokens.forEach((bytes, index) => {
  starts[index] = at;
  at += bytes.length;
  let slot = fnv1a(bytes) & (slots - 1);
  while (table[slot] !== 0) slot = (slot + 1) & (slots - 1);
  table[slot] = index + 1;
});
starts[count] = at;

const json = Buffer.from(JSON.stringify({ label, count, slots, pattern: bpe.pat_str }), 'utf8');
if (12 + json.length > HEADER_BYTES) fail('the header does not fit');
const header = Buffer.alloc(HEADER_BYTES);
header.write('SLBP', 0, 'latin1');
header.writeUInt32LE(FORMAT, 4);
header.writeUInt32LE(json.length, 8);
json.copy(header, 12);

fs.mkdirSync(path.dirname(target), { recursive: true });
const partial = `${target}.${process.pid}.tmp`;
fs.writeFileSync(partial, Buffer.concat([header, Buffer.from(table.buffer), Buffer.from(starts.buffer), Buffer.from(new Uint32Array(ranks).buffer), ...tokens]));
fs.renameSync(partial, target);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`dist/o200k-ranks.bin: ${count} tokens from ${label} in ${seconds.toFixed(1)} s`);
