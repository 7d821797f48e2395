import { splitIdentifier } from '../catalog/split-identifier.js';
import type { Context } from '../context/context-schema.js';
import { BE_FORMS } from '../lexicon/auxiliaries.js';
import { ARTICLES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS, QUANTIFIERS } from '../lexicon/determiners.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { questionWords } from '../models/offline/question-words.js';
import { FILLER_WORDS } from '../models/offline/question-vocabulary.js';
import { askedItems } from './asked-words.js';
import { isBooleanType } from './column-kind.js';
import { FORM_HEADS } from './form-heads.js';
import { type GroundedWord } from './ground-question.js';
import { evidenceOf, namesRoots } from './evidence-roots.js';

const PREPOSITION_SET: ReadonlySet<string> = new Set(PREPOSITIONS);
const BE_SET: ReadonlySet<string> = new Set(BE_FORMS);
const DETERMINER_SET: ReadonlySet<string> = new Set([...ARTICLES, ...DEMONSTRATIVES, ...POSSESSIVE_DETERMINERS, ...QUANTIFIERS]);

/**
 * Whether the word completes a be-form ("How many sellers are certified organic?"): it says what the rows are, which a
 * flag answers, not a thing they keep. A determiner or preposition between ("are the names of the team's search dogs")
 * starts a noun phrase of its own.
 */
function completesBe(all: readonly { text: string; clauseEnd: boolean }[], index: number): boolean {
  for (let at = index - 1; at >= 0; at--) {
    const word = all[at]!;
    if (word.clauseEnd) return false;
    if (BE_SET.has(word.text)) return true;
    if (DETERMINER_SET.has(word.text) || PREPOSITION_SET.has(word.text) || word.text.endsWith("'s")) return false;
  }
  return false;
}

/**
 * The asked heads that link only as the first word of a yes-or-no column's name (issue 14, found on abstention-dev-q):
 * "What are the names of the team's search dogs?" where team_members.dog_handler is a BOOLEAN. The column's last word
 * says what it records of its row (whether the member is a handler); a word before it says of what, and the rows hold
 * no such thing: a flag keeps no dog, let alone its name, so the question is declined before any SQL. Only a head every linked column it names is a flag of, and no table is named by;
 * "Which members handle search dogs?" asks for members, and "How many dog handlers …" for what the flag's own last word
 * names. The head and the flags it names, or undefined.
 */
export function flagModifierOnly(context: Context, words: readonly GroundedWord[]): { word: string; columns: string[] } | undefined {
  const heads = new Set(askedItems(context.task.text).map((item) => item.at(-1)!));
  // "the names of the team's search dogs": a word of form asks of the thing after "of", whose head is what is asked.
  const all = questionWords(context.task.text);
  for (const word of all) {
    if (!FORM_HEADS.has(word.text) || word.clauseEnd || all[word.index + 1]?.text !== 'of') continue;
    let head: string | undefined;
    for (const next of all.slice(word.index + 2)) {
      if (PREPOSITION_SET.has(next.text)) break;
      if (!FILLER_WORDS.has(next.text)) head = next.text;
      if (next.clauseEnd) break;
    }
    if (head !== undefined) heads.add(head);
  }
  if (heads.size === 0) return undefined;
  const columns = context.table_schemas.flatMap((table) => table.columns);
  const tables = namesRoots({ table: context.table_schemas.map((table) => table.name) });
  for (const entry of words) {
    if (entry.evidence !== 'column' || !heads.has(entry.word.text) || completesBe(all, entry.word.index)) continue;
    const named = columns.filter((column) => evidenceOf(entry.word, namesRoots({ column: [column.name] })) === 'column');
    if (named.length === 0 || evidenceOf(entry.word, tables) !== undefined) continue;
    const modifierOfFlag = (column: (typeof columns)[number]) => {
      const parts = splitIdentifier(column.name);
      return isBooleanType(column.type) && parts.length > 1 && evidenceOf(entry.word, namesRoots({ column: [parts.at(-1)!] })) === undefined;
    };
    if (named.every(modifierOfFlag)) return { word: entry.word.text, columns: named.map((column) => column.name) };
  }
  return undefined;
}
