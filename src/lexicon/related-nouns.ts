import type { WordnetPart } from './wordnet-files.js';
import { nounDepth } from './noun-depth.js';
import { readSynset, senseOffsets } from './wordnet-records.js';

interface Synset {
  lemmas: string[];
  hypernyms: number[];
  hyponyms: number[];
  /** For an adjective: the nouns it gives a value of ("heavy" → weight). */
  attributes: number[];
}

const synsets = new Map<string, Synset>();

function synset(part: WordnetPart, offset: number): Synset {
  const key = `${part}:${offset}`;
  let found = synsets.get(key);
  if (found) return found;
  const { lemmas, pointers } = readSynset(part, offset);
  found = { lemmas, hypernyms: [], hyponyms: [], attributes: [] };
  for (const { symbol, target, pos } of pointers) {
    if (pos !== 'n') continue;
    // Instances ("Paris" of city) are left out: a name in a question is a value to look for, not a kind of thing.
    if (symbol === '@') found.hypernyms.push(target);
    else if (symbol === '~') found.hyponyms.push(target);
    else if (symbol === '=') found.attributes.push(target);
  }
  synsets.set(key, found);
  return found;
}

/**
 * The senses a word is commonly used in: those seen in WordNet's tagged corpus (listed first), and at least the first
 * COMMON_SENSES. Rare senses ("color" as a kind, "idea" as a musical theme) would link nearly any word to some column.
 */
const COMMON_SENSES = 3;
function senses(part: WordnetPart, lemma: string): number[] {
  return senseOffsets(part, lemma, COMMON_SENSES);
}

/** Dictionary forms an inflected word may come from: "vessels" → vessel, "ferries" → ferry, "heaviest" → heavy. */
export function baseForms(word: string): string[] {
  const forms = new Set([word]);
  const add = (stripped: number, suffix = '') => forms.add(word.slice(0, word.length - stripped) + suffix);
  if (word.endsWith('ies')) add(3, 'y');
  if (word.endsWith('es')) add(2);
  if (word.endsWith('s') && !word.endsWith('ss')) add(1);
  if (word.endsWith('iest')) add(4, 'y');
  else if (word.endsWith('est')) {
    add(3);
    add(2);
    if (word.at(-4) === word.at(-5)) add(4);
  }
  return [...forms].filter((form) => form.length >= 3);
}

/**
 * How specific a hypernym must be, by how many steps up it is: one step ("shopper" → customer) may be fairly general,
 * two ("undergraduate" → student) only quite specific; "status", "amount" or "person" would link too many unrelated words.
 */
const MIN_HYPERNYM_DEPTH = [0, 6, 8];
/** A concept this deep is specific enough that its siblings ("town" and city) and grandchildren ("artist" → singer) count. */
const SPECIFIC_DEPTH = 7;

/** same: a synonym, or the noun an adjective gives a value of; near: a hypernym, hyponym, sibling or grandchild. */
export type Closeness = 'same' | 'near';

const related = new Map<string, Map<string, Closeness>>();

/**
 * Nouns WordNet 3.1 relates closely to a word (lower case, spaces as underscores): the lemmas of its common noun senses,
 * of their direct hyponyms ("vessel" → ship), of hypernyms within two steps that are specific enough (MIN_HYPERNYM_DEPTH),
 * and of siblings and grandchildren under specific concepts (SPECIFIC_DEPTH); for an adjective, the nouns it gives a value of ("heaviest" → weight). Empty for a
 * word WordNet does not know. Reads a few lines of the WordNet files per word, and only when called.
 */
export function relatedNouns(word: string): Map<string, Closeness> {
  let found = related.get(word);
  if (found) return found;
  found = new Map();
  const starts = new Set<number>();
  for (const form of baseForms(word.toLowerCase())) {
    for (const offset of senses('noun', form)) starts.add(offset);
    for (const offset of senses('adj', form)) for (const noun of synset('adj', offset).attributes) starts.add(noun);
  }
  const addAll = (offset: number, closeness: Closeness = 'near') => {
    for (const lemma of synset('noun', offset).lemmas) if (found!.get(lemma) !== 'same') found!.set(lemma, closeness);
  };
  for (const start of starts) {
    addAll(start, 'same');
    for (const hyponym of synset('noun', start).hyponyms) {
      addAll(hyponym);
      if (nounDepth(start) >= SPECIFIC_DEPTH) for (const below of synset('noun', hyponym).hyponyms) addAll(below);
    }
    let level = [start];
    for (let up = 1; up < MIN_HYPERNYM_DEPTH.length; up++) {
      level = level.flatMap((offset) => synset('noun', offset).hypernyms);
      for (const hypernym of level) {
        const deep = nounDepth(hypernym);
        if (deep >= MIN_HYPERNYM_DEPTH[up]!) addAll(hypernym);
        // Within four steps of a specific concept: siblings and nephews ("artist" → singer under creator), aunts and
        // cousins under a still more specific one ("professor" → teacher under educator).
        if ((up === 1 && deep >= SPECIFIC_DEPTH) || deep > SPECIFIC_DEPTH + up - 1) {
          for (const sibling of synset('noun', hypernym).hyponyms) {
            addAll(sibling);
            for (const below of synset('noun', sibling).hyponyms) addAll(below);
          }
        }
      }
    }
  }
  related.set(word, found);
  return found;
}

/** The one-word lemmas of a word's common noun senses themselves ("wage" → pay, earnings …): its synonyms, no relatives. */
export function oneWordSynonyms(word: string): string[] {
  return [...relatedNouns(word)].filter(([lemma, closeness]) => closeness === 'same' && /^[a-z]+$/.test(lemma)).map(([lemma]) => lemma);
}
