import { listedExpansion } from '../lexicon/listed-short-forms.js';
import { vowelDroppedNouns } from '../lexicon/vowel-dropped-noun.js';
import { identifierParts } from './identifier-parts.js';
import type { CommentedNames } from './comment-spelled-parts.js';
import { readShorthand } from './read-shorthand.js';
import { stemWord } from './stem-word.js';

/**
 * The vowel-dropped name parts the schema itself spells out ("pntn" of a marina's pntn_cd where a comment says
 * 'pontoon'): of the nouns the part may drop the vowels of (vowelDroppedNouns) with as few letters dropped as the
 * dictionary's pick ("panting"), the likeliest one that a comment, a value or another name of the schema writes in
 * full, where the pick is written nowhere. Between spellings equally close, the schema's author's word tells which
 * the part stands for; a word that needs more letters dropped is no better read for being written somewhere.
 */
export function schemaSpelledSkeletons(tables: readonly CommentedNames[], values: readonly string[] = []): Map<string, string> {
  const names = tables.flatMap((table) => [table.name, ...table.columns.map((column) => column.name)]);
  const texts = [...names, ...values, ...tables.flatMap((table) => [table.comment, ...table.columns.map((column) => column.comment)])];
  const written = new Set(texts.flatMap((text) => (text ? identifierParts(text) : [])).map(stemWord));
  const spelled = new Map<string, string>();
  for (const name of new Set(names)) {
    const read = readShorthand(name);
    for (const part of identifierParts(name)) {
      // A listed short form ("strt", start) is a naming convention, not a guess.
      if (listedExpansion(part) !== undefined) continue;
      const nouns = vowelDroppedNouns(part);
      if (nouns.length < 2 || !read.includes(nouns[0]!)) continue;
      // Only among spellings as close as the pick: "wrhs" drops four letters of warhorse, five of warehouse.
      const word = nouns.find((noun) => noun.length === nouns[0]!.length && written.has(stemWord(noun)));
      if (word && word !== nouns[0]) spelled.set(part, word);
    }
  }
  return spelled;
}
