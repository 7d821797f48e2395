import { splitIdentifier } from '../../catalog/split-identifier.js';
import { STOP_WORDS } from '../../catalog/stop-words.js';
import { memoByWord } from '../../lexicon/memo-by-word.js';
import { primaryPartOfSpeech } from '../../lexicon/primary-part-of-speech.js';
import { baseForms } from '../../lexicon/related-nouns.js';
import { phraseVector, wordVector } from '../../lexicon/word-vectors.js';
import { senseOffsets } from '../../lexicon/wordnet-records.js';

/** Name words too common to say which column is meant ("name" of every entity, "id" of every key). */
export const GENERIC_PARTS = new Set(['id', 'key', 'code', 'flag', 'is', 'has', 'at', 'on', 'by', 'of', 'to', 'date', 'name', 'number', 'count', 'total', 'type', 'no', 'num', 'dt']);

const MAX_REMEMBERED = 20_000;
/** A vector a name is compared with: the mean of its words, or one distinctive word of it alone. */
interface NameVector {
  vector: Float32Array;
  part?: string;
}
/** Per identifier, for the life of the process: a batch asks about the same catalog again and again. */
const nameVectors = new Map<string, NameVector[]>();

/** The vector scaled to length 1 (a copy), so that a cosine with it is one dot product. */
function unit(vector: Float32Array): Float32Array {
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm) || 1;
  return vector.map((value) => value / norm);
}

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

/** The mean of a name's words, and each of its distinctive words alone when it has several ("winner" of winner_hand). */
function vectorsOfName(name: string): NameVector[] {
  let vectors = nameVectors.get(name);
  if (!vectors) {
    const parts = splitIdentifier(name).filter((part) => /^[a-z]+$/.test(part) && !STOP_WORDS.has(part));
    const distinctive = parts.filter((part) => !GENERIC_PARTS.has(part));
    const mean = phraseVector(parts);
    vectors = [
      ...(mean ? [{ vector: unit(mean) }] : []),
      ...(distinctive.length > 1 ? distinctive.flatMap((part) => (wordVector(part) ? [{ vector: unit(wordVector(part)!), part }] : [])) : []),
    ];
    if (nameVectors.size >= MAX_REMEMBERED) nameVectors.clear();
    nameVectors.set(name, vectors);
  }
  return vectors;
}

/**
 * Names are nouns: "took", "left" or "running" would reach a column only by the company they keep. A noun is what
 * WordNet mostly uses as one, or, when its tagged corpus never saw the word ("gigs"), knows only as one.
 */
export const isNoun = memoByWord((word): boolean => {
  const part = primaryPartOfSpeech(word);
  if (part !== undefined) return part === 'noun';
  const forms = baseForms(word);
  return forms.some((form) => senseOffsets('noun', form).length > 0) && !forms.some((form) => senseOffsets('verb', form).length > 0 || senseOffsets('adj', form).length > 0);
});

/**
 * How near a word is to a table's or column's name (cosine, -1 when either is unknown): to the mean of its words, or
 * to one distinctive word of it, which counts from `nounsFrom` on only when a noun ("full" of full_name is not).
 * WordNet is read only for a word that near, so most questions never open it.
 */
export function nameSimilarity(word: Float32Array, name: string, nounsFrom = Number.POSITIVE_INFINITY): number {
  const norm = Math.sqrt(dot(word, word)) || 1;
  let best = -1;
  for (const { vector, part } of vectorsOfName(name)) {
    const score = dot(word, vector) / norm;
    if (score > best && !(part !== undefined && score >= nounsFrom && !isNoun(part))) best = score;
  }
  return best;
}
