import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Tiktoken, TiktokenBPE } from 'js-tiktoken/lite';
import { countBytePairTokens } from '../src/prompt/count-byte-pair-tokens.js';
import { o200kBytePairs, packageRanks, packedRanks } from '../src/prompt/o200k-byte-pairs.js';
import { packageRoot } from '../src/package-root.js';

/** The counter reads js-tiktoken's o200k ranks its own way; every count must equal js-tiktoken's encoder's. */
const require = createRequire(import.meta.url);
const { Tiktoken: TiktokenClass } = require('js-tiktoken/lite') as typeof import('js-tiktoken/lite');
const bpe = require('js-tiktoken/ranks/o200k_base') as TiktokenBPE | { default: TiktokenBPE };
const encoder: Tiktoken = new TiktokenClass('default' in bpe ? bpe.default : bpe);
const reference = (text: string) => encoder.encode(text, [], []).length;

/** Prompt templates, docs and sources of this repository: prose, SQL, code, tables, non-ASCII punctuation. */
function repositoryTexts(): string[] {
  const root = path.resolve(import.meta.dirname, '..');
  const files = [
    ...['README.md', 'docs/trust.md', 'docs/persistence.md'].map((file) => path.join(root, file)),
    ...fs.readdirSync(path.join(root, 'prompts')).map((file) => path.join(root, 'prompts', file)),
    ...fs.readdirSync(path.join(root, 'src/prompt')).map((file) => path.join(root, 'src/prompt', file)),
  ];
  return files.filter((file) => fs.statSync(file).isFile()).map((file) => fs.readFileSync(file, 'utf8'));
}

describe('o200k token counts', () => {
  it('read the same rank for every token as js-tiktoken', () => {
    const { ranks } = o200kBytePairs();
    const theirs = (encoder as unknown as { rankMap: Map<string, number> }).rankMap;
    expect(ranks.size).toBe(theirs.size);
    for (const [bytes, rank] of ranks) {
      const joined = Array.from(bytes, (char) => char.charCodeAt(0)).join(',');
      if (theirs.get(joined) !== rank) expect({ bytes: joined, rank }).toEqual({ bytes: joined, rank: theirs.get(joined) });
    }
  });

  it('equal js-tiktoken on the repository’s prompts, docs and sources, line by line and whole', () => {
    const texts = repositoryTexts();
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) {
      expect(countBytePairTokens(text)).toBe(reference(text));
      for (const line of text.split('\n')) expect(countBytePairTokens(line)).toBe(reference(line));
    }
  });

  it('equal js-tiktoken on any text: letters of many scripts, emoji, lone surrogates, digits, whitespace, special-token markers', () => {
    const pieces = ['a', 'Z', 'é', 'ß', 'Ω', 'ж', '日本語', '한국어', 'עברית', 'العربية', 'हिन्दी', '😀', '👩‍👩‍👧', '\u{1F1EB}\u{1F1F7}', '\ud800', '\udc00',
      '1', '123456', '٣', ' ', '   ', '\t', '\n', '\r\n', '\u00a0', '\u2028', "'s", "'LL", '.', '...', '—', '“', '<|endoftext|>', '<|endofprompt|>',
      'SELECT', 'camelCaseName', 'snake_case_name', 'https://example.com/a?b=c'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(countBytePairTokens(text)).toBe(reference(text));
      }),
      { numRuns: 3_000 },
    );
  });

  it('counts nothing in an empty text', () => {
    expect(countBytePairTokens('')).toBe(0);
  });
});

describe('o200k ranks packed at build (dist/o200k-ranks.bin)', () => {
  const packedFile = path.join(packageRoot(), 'dist', 'o200k-ranks.bin');

  it('hold every rank of the package and nothing else, with its pre-tokenizer', () => {
    const packed = packedRanks(packedFile);
    const ours = packageRanks();
    expect(packed, 'npm run build makes dist/o200k-ranks.bin').toBeDefined();
    expect(packed!.pieces.source).toBe(ours.pieces.source);
    expect(packed!.ranks.size).toBe(ours.ranks.size);
    for (const [bytes, rank] of packed!.ranks) {
      if (ours.ranks.get(bytes) !== rank) expect({ bytes, rank }).toEqual({ bytes, rank: ours.ranks.get(bytes) });
    }
    for (const [bytes, rank] of ours.ranks) if (packed!.ranks.get(bytes) !== rank) expect({ bytes, rank: packed!.ranks.get(bytes) }).toEqual({ bytes, rank });
    for (const absent of ['', 'not one token at all', '\u00ff\u00fe\u00fd\u00fc', 'zzzzzzzzzzzzzzzzzzzz']) {
      expect(packed!.ranks.has(absent)).toBe(ours.ranks.has(absent));
      expect(packed!.ranks.get(absent)).toBe(ours.ranks.get(absent));
    }
  });

  it('are not read when missing, of another format or built from another js-tiktoken (the package is read instead)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-o200k-'));
    try {
      expect(packedRanks(path.join(dir, 'missing.bin'))).toBeUndefined();
      const bytes = fs.readFileSync(packedFile);
      const header = JSON.parse(bytes.toString('utf8', 12, 12 + bytes.readUInt32LE(8))) as { label: string };
      const stale = Buffer.from(bytes);
      const json = Buffer.from(JSON.stringify({ ...header, label: header.label.replace(/@[^ ]+/, '@0.0.1') }));
      stale.fill(0, 8, 4096);
      stale.writeUInt32LE(json.length, 8);
      json.copy(stale, 12);
      fs.writeFileSync(path.join(dir, 'stale.bin'), stale);
      expect(packedRanks(path.join(dir, 'stale.bin'))).toBeUndefined();
      const otherFormat = Buffer.from(bytes);
      otherFormat.writeUInt32LE(2, 4);
      fs.writeFileSync(path.join(dir, 'format.bin'), otherFormat);
      expect(packedRanks(path.join(dir, 'format.bin'))).toBeUndefined();
      // The same bytes under their own label are read: what made the others unread was the label and the format.
      fs.writeFileSync(path.join(dir, 'same.bin'), bytes);
      expect(packedRanks(path.join(dir, 'same.bin'))?.ranks.size).toBe(packageRanks().ranks.size);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
