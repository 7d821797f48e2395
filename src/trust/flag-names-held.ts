import { writtenWords } from '../catalog/split-identifier.js';
import type { ColumnSchema } from '../context/context-schema.js';
import { HAVE_FORMS } from '../lexicon/auxiliaries.js';
import { readSynset, senseOffsets } from '../lexicon/wordnet-records.js';
import type { QuestionWord } from '../models/offline/question-words.js';

/** Name parts that say a yes-or-no column records possession, before the thing possessed: hasStrongRoom, owns_venue, with_lift. */
const POSSESSING = /^(?:has|have|had|is|own|owns|with)$/;
const HAVING = new Set<string>(HAVE_FORMS);

type Tables = readonly { columns: readonly Pick<ColumnSchema, 'name' | 'type'>[] }[];

const thingsByTables = new WeakMap<Tables, Set<string>>();

/** What the yes-or-no columns are named for, past a possessing part (hasStrongRoom: strong_room, strongroom), once per tables. */
function flagThings(tables: Tables): Set<string> {
  let things = thingsByTables.get(tables);
  if (things) return things;
  things = new Set<string>();
  for (const table of tables) {
    for (const column of table.columns) {
      if (!/^bool/i.test(column.type)) continue;
      const parts = writtenWords(column.name).map((part) => part.toLowerCase());
      while (parts.length > 1 && POSSESSING.test(parts[0]!)) parts.shift();
      if (parts.length === 0 || parts.length > 3) continue;
      things.add(parts.join('_'));
      things.add(parts.join(''));
    }
  }
  thingsByTables.set(tables, things);
  return things;
}

/**
 * "Which branches have a vault?" where tblBranch.hasStrongRoom is a BOOLEAN: what "have" says the rows possess is the
 * thing a yes-or-no column of a linked table is named for ("strong room", read as one word as WordNet writes it,
 * strongroom), by the word itself, a synonym or the kind WordNet files it under one step up (a vault is a strongroom), in any of
 * its first four senses (the bank vault is the second).
 * The flag records whether each row has one. Only the object of "have" within three words, and only a flag's own
 * thing: "Which branches have a safe?" (a strongbox) names nothing stored.
 */
export function flagNamesHeld(words: readonly QuestionWord[], word: QuestionWord, tables: Tables): boolean {
  if (!/^[a-z]{3,}$/.test(word.text)) return false;
  const before = words.slice(Math.max(0, word.index - 3), word.index);
  if (!before.some((w) => HAVING.has(w.text)) || before.some((w) => w.clauseEnd)) return false;
  const things = flagThings(tables);
  if (things.size === 0) return false;
  for (const form of new Set([word.text, word.stem])) {
    for (const offset of senseOffsets('noun', form).slice(0, 4)) {
      const synset = readSynset('noun', offset);
      if (synset.lemmas.some((lemma) => things.has(lemma.toLowerCase()))) return true;
      for (const pointer of synset.pointers) {
        if (pointer.pos === 'n' && pointer.symbol === '@' && readSynset('noun', pointer.target).lemmas.some((lemma) => things.has(lemma.toLowerCase()))) return true;
      }
    }
  }
  return false;
}
