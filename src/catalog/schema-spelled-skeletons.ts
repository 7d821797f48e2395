import { vowelDroppedNouns } from '../lexicon/vowel-dropped-noun.js';
import { identifierParts } from './identifier-parts.js';
import type { CommentedNames } from './comment-spelled-parts.js';
import { readShorthand } from './read-shorthand.js';
import { stemWord } from './stem-word.js';

/**
 * The vowel-dropped name parts the schema itself spells out ("chgr" of dim_chgr where a comment says 'Charging
 * session' or 'charger'): of the nouns the part may drop the vowels of (vowelDroppedNouns), the likeliest one that a
 * comment, a value or another name of the schema writes in full, where the dictionary's own pick ("chagrin") is
 * written nowhere. The schema's author wrote the word the part stands for; a general lexicon only guesses it.
 */
export function schemaSpelledSkeletons(tables: readonly CommentedNames[], values: readonly string[] = []): Map<string, string> {
  const names = tables.flatMap((table) => [table.name, ...table.columns.map((column) => column.name)]);
  const texts = [...names, ...values, ...tables.flatMap((table) => [table.comment, ...table.columns.map((column) => column.comment)])];
  const written = new Set(texts.flatMap((text) => (text ? identifierParts(text) : [])).map(stemWord));
  const spelled = new Map<string, string>();
  for (const name of new Set(names)) {
    const read = readShorthand(name);
    for (const part of identifierParts(name)) {
      const nouns = vowelDroppedNouns(part);
      if (nouns.length < 2 || !read.includes(nouns[0]!)) continue;
      const word = nouns.find((noun) => written.has(stemWord(noun)));
      if (word && word !== nouns[0]) spelled.set(part, word);
    }
  }
  return spelled;
}
