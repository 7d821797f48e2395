import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { TiktokenBPE } from 'js-tiktoken/lite';
import { packageRoot } from '../package-root.js';

const require = createRequire(import.meta.url);

/** Each token's bytes (one latin1 character a byte) to its rank: what the counter asks of the ranks. */
export interface RankLookup {
  get(bytes: string): number | undefined;
  has(bytes: string): boolean;
  readonly size: number;
  [Symbol.iterator](): Iterator<[string, number]>;
}

/** o200k_base (GPT-4o family) as this package counts with it: each token's bytes to its rank, and the pre-tokenizer. */
export interface O200kBytePairs {
  ranks: RankLookup;
  /** The pre-tokenizer: a text's pieces, each encoded on its own. */
  pieces: RegExp;
}

let loaded: O200kBytePairs | undefined;

/**
 * The ranks, read on first use (never at import): from dist/o200k-ranks.bin (scripts/pack-o200k-ranks.mjs), one
 * buffer read as a hash table (a few ms), or, when that file is missing or was built from another js-tiktoken, from
 * the package's own base64 text into a Map (~0.36 s of CPU, in every process that counts a prompt). The counts are the
 * same either way.
 */
export function o200kBytePairs(): O200kBytePairs {
  return (loaded ??= packedRanks(path.join(packageRoot(), 'dist', 'o200k-ranks.bin')) ?? packageRanks());
}

/** The ranks as js-tiktoken ships them, in a Map (exported for its test). */
export function packageRanks(): O200kBytePairs {
  const bpe = tiktokenRanks();
  const ranks = new Map<string, number>();
  // Lines of "<name> <first rank> <token> <token> …", consecutive ranks in base64.
  for (const line of bpe.bpe_ranks.split('\n')) {
    if (!line) continue;
    const fields = line.split(' ');
    const first = Number.parseInt(fields[1]!, 10);
    // `atob` turns a token's base64 straight into the latin1 string of its bytes.
    for (let i = 2; i < fields.length; i++) ranks.set(atob(fields[i]!), first + i - 2);
  }
  return { ranks, pieces: new RegExp(bpe.pat_str, 'ug') };
}

function tiktokenRanks(): TiktokenBPE {
  const module = require('js-tiktoken/ranks/o200k_base') as TiktokenBPE | { default: TiktokenBPE };
  return 'default' in module ? module.default : module;
}

const MAGIC = 'SLBP';
const FORMAT = 1;
const HEADER_BYTES = 4096;

interface PackedHeader {
  label: string;
  count: number;
  slots: number;
  pattern: string;
}

/** The packed ranks at `file` (layout in scripts/pack-o200k-ranks.mjs), or undefined when it is missing, of another format or of another js-tiktoken. */
export function packedRanks(file: string): O200kBytePairs | undefined {
  let buffer: Buffer;
  try {
    buffer = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  if (buffer.length < HEADER_BYTES || buffer.toString('latin1', 0, 4) !== MAGIC || buffer.readUInt32LE(4) !== FORMAT) return undefined;
  let header: PackedHeader;
  try {
    header = JSON.parse(buffer.toString('utf8', 12, 12 + buffer.readUInt32LE(8))) as PackedHeader;
  } catch {
    return undefined;
  }
  if (header.label !== `js-tiktoken@${installedTiktokenVersion()} o200k_base`) return undefined;
  const words = HEADER_BYTES / 4 + header.slots + 2 * header.count + 1;
  if (buffer.length < words * 4) return undefined;
  // Typed views need a 4-byte aligned offset; a fresh file buffer has one, a pooled one may not.
  const aligned = buffer.byteOffset % 4 === 0 ? buffer : Buffer.from(buffer);
  return { ranks: new PackedRanks(aligned, header), pieces: new RegExp(header.pattern, 'ug') };
}

/** js-tiktoken's version, from the package.json above its ranks file (its `exports` do not list package.json). */
function installedTiktokenVersion(): string | undefined {
  try {
    let dir = path.dirname(require.resolve('js-tiktoken/ranks/o200k_base'));
    while (!fs.existsSync(path.join(dir, 'package.json'))) {
      if (path.dirname(dir) === dir) return undefined;
      dir = path.dirname(dir);
    }
    return (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

/** The packed file's hash table: FNV-1a of a token's bytes, linear probing, token n stored as n + 1. */
class PackedRanks implements RankLookup {
  readonly size: number;
  private readonly mask: number;
  private readonly table: Uint32Array;
  private readonly starts: Uint32Array;
  private readonly rankOf: Uint32Array;
  private readonly bytes: Buffer;

  constructor(buffer: Buffer, header: PackedHeader) {
    const word = (index: number) => buffer.byteOffset + index * 4;
    let at = HEADER_BYTES / 4;
    this.size = header.count;
    this.mask = header.slots - 1;
    this.table = new Uint32Array(buffer.buffer, word(at), header.slots);
    this.starts = new Uint32Array(buffer.buffer, word((at += header.slots)), header.count + 1);
    this.rankOf = new Uint32Array(buffer.buffer, word((at += header.count + 1)), header.count);
    this.bytes = buffer.subarray((at += header.count) * 4);
  }

  get(bytes: string): number | undefined {
    const token = this.token(bytes);
    return token < 0 ? undefined : this.rankOf[token];
  }

  has(bytes: string): boolean {
    return this.token(bytes) >= 0;
  }

  *[Symbol.iterator](): Iterator<[string, number]> {
    for (let token = 0; token < this.size; token++) yield [this.bytes.toString('latin1', this.starts[token]!, this.starts[token + 1]!), this.rankOf[token]!];
  }

  /** The token whose bytes these are, or -1. */
  private token(bytes: string): number {
    let hash = 0x811c9dc5;
    for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes.charCodeAt(i), 0x01000193) >>> 0;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const stored = this.table[slot]!;
      if (stored === 0) return -1;
      const start = this.starts[stored - 1]!;
      if (this.starts[stored]! - start === bytes.length && this.sameBytes(start, bytes)) return stored - 1;
    }
  }

  private sameBytes(start: number, bytes: string): boolean {
    for (let i = 0; i < bytes.length; i++) if (this.bytes[start + i] !== bytes.charCodeAt(i)) return false;
    return true;
  }
}
