import { wordnetFiles } from '../../lexicon/wordnet-files.js';
import { bareName } from './bare-name.js';

/** A table name in the singular, for aliases: "categories" → "category", "order_items" → "order_item", "matches" → "match". */
export function singular(name: string): string {
  const bare = bareName(name);
  if (bare.endsWith('ies')) return `${bare.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(bare)) return bare;
  // After a hissing sound the plural adds -es: "matches", "boxes", "addresses", unless the singular ends in e ("caches").
  if (/(?:ch|sh|x|z|ss|us)es$/.test(bare) && !isNoun(lastWord(bare).slice(0, -1))) return bare.slice(0, -2);
  if (bare.endsWith('s')) return bare.slice(0, -1);
  return bare;
}

const lastWord = (name: string): string => name.split(/[_\s]/).at(-1)!.toLowerCase();

const isNoun = (word: string): boolean => wordnetFiles().indexLine('noun', word) !== undefined;
