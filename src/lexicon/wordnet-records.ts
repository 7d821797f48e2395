import { wordnetFiles, type WordnetPart } from './wordnet-files.js';

/** One pointer of a synset: its symbol ('@' hypernym, '+' derivation, '\\' pertainym …) and the synset it leads to. */
export interface WordnetPointer {
  symbol: string;
  target: number;
  /** The target's part of speech letter: n, v, a, s or r. */
  pos: string;
  /** For a link between words: the source lemma's number in this synset and the target's (1-based; 0 = the whole synset). */
  sourceWord: number;
  targetWord: number;
}

export interface WordnetSynset {
  /** Lower case, as WordNet spells them (underscores for spaces), without an adjective's "(a)" marker. */
  lemmas: string[];
  pointers: WordnetPointer[];
}

/** The lemmas and pointers of the synset at a byte offset of a data file. */
export function readSynset(part: WordnetPart, offset: number): WordnetSynset {
  const fields = wordnetFiles().dataLine(part, offset).split(' | ')[0]!.split(' ');
  const count = Number.parseInt(fields[3]!, 16);
  const lemmas = Array.from({ length: count }, (_, i) => fields[4 + 2 * i]!.toLowerCase().replace(/\(.*\)$/, ''));
  const at = 4 + 2 * count;
  const pointers: WordnetPointer[] = [];
  for (let i = 0; i < Number(fields[at]); i++) {
    const [symbol, target, pos, words] = fields.slice(at + 1 + 4 * i, at + 5 + 4 * i);
    pointers.push({
      symbol: symbol!,
      target: Number(target),
      pos: pos!,
      sourceWord: Number.parseInt(words!.slice(0, 2), 16),
      targetWord: Number.parseInt(words!.slice(2), 16),
    });
  }
  return { lemmas, pointers };
}

/**
 * The synset offsets of a lemma's senses, most frequent first. With `common`, only the senses seen in WordNet's tagged
 * corpus, and at least the first `common` of them.
 */
export function senseOffsets(part: WordnetPart, lemma: string, common?: number): number[] {
  const line = wordnetFiles().indexLine(part, lemma);
  if (!line) return [];
  const fields = line.trim().split(' ');
  const count = Number(fields[2]);
  const first = fields.length - count;
  if (common === undefined) return fields.slice(first).map(Number);
  const tagged = Number(fields[first - 1]);
  return fields.slice(first, first + Math.max(common, tagged)).map(Number);
}
