import { IRREGULAR_VERBS } from './irregular-verbs.js';
import { baseForms } from './related-nouns.js';
import { wordnetFiles, type WordnetPart } from './wordnet-files.js';

const PARTS: Record<string, WordnetPart> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj' };

/** Dictionary forms of an inflected word, verbs included: "sponsored" → sponsor, "planned" → plan, "owns" → own, "sang" → sing. */
export function inflectionBases(word: string): string[] {
  const forms = new Set(baseForms(word));
  const irregular = IRREGULAR_VERBS[word];
  if (irregular) forms.add(irregular);
  const add = (stem: string) => stem.length >= 3 && forms.add(stem);
  for (const ending of ['ed', 'ing']) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    add(stem);
    add(`${stem}e`);
    if (stem.at(-1) === stem.at(-2)) add(stem.slice(0, -1));
    if (ending === 'ed' && stem.endsWith('i')) add(`${stem.slice(0, -1)}y`);
  }
  return [...forms];
}

const derived = new Map<string, Set<string>>();

/**
 * Words WordNet derives from or to this one, in any part of speech, one step along its derivation and pertainym
 * links: "nationality" → national, "citizenship" → citizen, "sponsored" → sponsor, sponsorship. Includes the
 * dictionary forms themselves. Reads a few lines of the WordNet files per word, and only when called.
 */
export function derivedForms(word: string): Set<string> {
  const key = word.toLowerCase();
  let found = derived.get(key);
  if (found) return found;
  found = new Set();
  const files = wordnetFiles();
  for (const form of inflectionBases(key)) {
    for (const part of ['noun', 'verb', 'adj'] as const) {
      const line = files.indexLine(part, form);
      if (!line) continue;
      found.add(form);
      const fields = line.trim().split(' ');
      const count = Number(fields[2]);
      for (const offset of fields.slice(fields.length - count).map(Number)) for (const lemma of linkedLemmas(part, offset, form)) found.add(lemma);
    }
  }
  derived.set(key, found);
  return found;
}

/** The lemmas a derivation or pertainym link leads to from this very lemma of a synset (links are between words, not senses). */
function linkedLemmas(part: WordnetPart, offset: number, lemma: string): string[] {
  const fields = wordnetFiles().dataLine(part, offset).split(' | ')[0]!.split(' ');
  const lemmas = lemmasAt(fields);
  const own = lemmas.indexOf(lemma) + 1;
  const at = 4 + 2 * lemmas.length;
  const linked: string[] = [];
  for (let i = 0; i < Number(fields[at]); i++) {
    const [symbol, target, pos, words] = fields.slice(at + 1 + 4 * i, at + 5 + 4 * i);
    const targetPart = PARTS[pos ?? ''];
    if (!(symbol === '+' || symbol === '\\') || !targetPart || !words) continue;
    const source = Number.parseInt(words.slice(0, 2), 16);
    const targetWord = Number.parseInt(words.slice(2), 16);
    if (source !== 0 && source !== own) continue;
    const targetLemmas = lemmasAt(wordnetFiles().dataLine(targetPart, Number(target)).split(' '));
    linked.push(...(targetWord === 0 ? targetLemmas : targetLemmas.slice(targetWord - 1, targetWord)));
  }
  return linked;
}

function lemmasAt(fields: readonly string[]): string[] {
  return Array.from({ length: Number.parseInt(fields[3]!, 16) }, (_, i) => fields[4 + 2 * i]!.toLowerCase().replace(/\(.*\)$/, ''));
}

const synonyms = new Map<string, Set<string>>();

/**
 * The verbs a verb shares a common sense with ("owns" → have, possess): a relation asked as one verb may be stored under
 * another (a Has_Pet table for who owns a pet). Common senses are the tagged ones, at least the first three.
 */
export function verbSynonyms(word: string): Set<string> {
  const key = word.toLowerCase();
  let found = synonyms.get(key);
  if (found) return found;
  found = new Set();
  for (const form of inflectionBases(key)) {
    const line = wordnetFiles().indexLine('verb', form);
    if (!line) continue;
    const fields = line.trim().split(' ');
    const count = Number(fields[2]);
    const tagged = Number(fields[fields.length - count - 1]);
    for (const offset of fields.slice(fields.length - count, fields.length - count + Math.max(3, tagged)).map(Number)) {
      for (const lemma of lemmasAt(wordnetFiles().dataLine('verb', offset).split(' '))) found.add(lemma);
    }
  }
  synonyms.set(key, found);
  return found;
}
