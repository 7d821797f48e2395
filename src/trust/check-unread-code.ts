import { wordSkeletons } from '../catalog/skeleton-codes.js';
import { bareName } from '../models/offline/bare-name.js';
import { isSkeletonOf } from '../models/offline/is-skeleton-of.js';
import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { unaddressedPhrases } from '../models/offline/unaddressed-phrases.js';
import type { TableSchema } from '../context/context-schema.js';
import { wordRoot } from '../models/offline/word-root.js';
import { columnsUnder } from '../sql-tree/outer-select-tree.js';
import { stringConstantsUnder } from '../sql-tree/string-constants.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { columnCodeGlosses } from './code-glosses.js';
import { readTableSchemas } from './read-table-schemas.js';
import { sqlReadsWord } from './sql-reads-word.js';
import { tableNameWords } from '../models/offline/table-name-words.js';

/** A stored code: three capitals or more, no vowel after the first ('CNF', 'CXL'); 'NS' could be anything. */
const CODE = /^[A-Z][B-DF-HJ-NP-TV-Z]{2,}$/;
/** A short form with no vowel after its first letter, as terse questions write words: "dlvd", "cncld", "rtnd". */
const SHORT_FORM = /^[a-z][b-df-hj-np-tv-z]{3,4}$/;

/**
 * "revenue from confirmed bookings" answered with no condition on bkg_status, whose sample rows store 'CNF': the
 * reflection found nothing that accounts for the word, yet a column of a table the SQL reads stores a code that
 * opens the word's consonant skeleton (cnfrmd), the way code lists shorten words, and the SQL does not read that
 * column. Only when the codes of one column fit. A code its column's comment glosses with the word ("FAL failed
 * attempt") is that word's code as well, whether or not a phrase was left unaddressed: "How many failed deliveries were
 * there?" answered by `st_cd = 'DLV'` ('DLV delivered') tests the column for another of its codes and never for 'FAL'.
 */
export const checkUnreadCode: AnswerCheckRule = ({ tree, context, attempt, sql }) => {
  if (!tree || tree.tables.length === 0) return undefined;
  const readTables = readTableSchemas(tree.tables, context);
  const tested = new Set(tree.clauses.flatMap(stringConstantsUnder));
  // A word of a hyphenated compound ("self-employed") is no word of its own.
  const hyphenated = new Set((context.task.text.toLowerCase().match(/[a-z]+(?:-[a-z]+)+/g) ?? []).flatMap((compound) => compound.split('-')));
  for (const word of new Set(questionWords(context.task.text).map((w) => w.text).filter((w) => /^[a-z]{5,}$/.test(w) && !hyphenated.has(w)))) {
    const glossed = glossedCode(word, readTables, tested);
    if (!glossed) continue;
    const { table, column, code, other } = glossed;
    return {
      name: 'unread_code',
      passed: false,
      detail: `the question says "${word}", which ${bareName(table.name)}.${column.name} stores as '${code}' (its comment says so), but the SQL tests it for '${other}' instead`,
    };
  }
  const partly = partlyMatchedCode(questionWords(context.task.text), readTables, tested);
  if (partly) {
    const { table, column, code, other, phrase, word } = partly;
    return {
      name: 'unread_code',
      passed: false,
      detail: `the question says "${phrase}", and "${word}" is said of '${code}' in ${bareName(table.name)}.${column.name} (its comment says so), but the SQL tests it for '${other}', which the rest of the phrase spells`,
    };
  }
  const compound = halfMatchedCompound(context.task.text, readTables, tested, sql.roots);
  if (compound) {
    return {
      name: 'unread_code',
      passed: false,
      detail: `the question says "${compound.compound}", but the SQL's '${compound.code}' (${compound.gloss}) answers only "${compound.part}" of it`,
    };
  }
  if (readTables.every((table) => table.sample_rows.length === 0)) return undefined;
  const readNames = new Set(columnsUnder(tree.clauses).map((ref) => ref.column));
  const words = new Set(unaddressedPhrases(context, attempt.sql).flatMap((phrase) => phrase.phrase.split(' ')).filter((word) => /^[a-z]{5,}$/.test(word) || SHORT_FORM.test(word)));
  for (const word of [...words].filter((w) => SHORT_FORM.test(w))) {
    // "dlvd" shortens the word a column's comment glosses a code with ('DLV delivered'), in a column the SQL never reads.
    const found = columnCodeGlosses(readTables).filter(({ first }) => first && isSkeletonOf(word, first));
    if (found.length !== 1 || readNames.has(found[0]!.column.name.toLowerCase())) continue;
    const { table, column, code, first } = found[0]!;
    return {
      name: 'unread_code',
      passed: false,
      detail: `the question says "${word}" (${first ?? ''}), which ${bareName(table.name)}.${column.name} stores as '${code}', but the SQL does not read it`,
    };
  }
  for (const word of words) {
    // "dlvd" is itself a skeleton ("no. of wholesale orders dlvd in Q3" and a stored 'DLV').
    const skeletons = SHORT_FORM.test(word) ? [word] : wordSkeletons(word);
    if (skeletons.length === 0) continue;
    const found = readTables.flatMap((table) =>
      table.columns.flatMap((column, at) => {
        const codes = new Set(table.sample_rows.map((row) => row[at]).filter((value): value is string => typeof value === 'string' && CODE.test(value)));
        const fits = [...codes].filter((code) => skeletons.some((skeleton) => skeleton.startsWith(code.toLowerCase())));
        return fits.length === 1 ? [{ table, column, code: fits[0]! }] : [];
      }),
    );
    if (found.length !== 1 || readNames.has(found[0]!.column.name.toLowerCase())) continue;
    const { table, column, code } = found[0]!;
    return {
      name: 'unread_code',
      passed: false,
      detail: `the question says "${word}", which ${bareName(table.name)}.${column.name} may store as '${code}', but the SQL does not read it`,
    };
  }
  return undefined;
};

const wordsOf = (text: string) => text.toLowerCase().match(/[a-z]+/g) ?? [];

interface GlossedCode {
  table: TableSchema;
  column: TableSchema['columns'][number];
  code: string;
  /** The code of the same column the SQL tests instead. */
  other: string;
}

/**
 * The one code of a read table's column whose comment glosses it with the word first ("FAL failed attempt"), when the
 * SQL tests another code of that column (`st_cd = 'DLV'`) and never this one.
 */
function glossedCode(word: string, tables: readonly TableSchema[], tested: ReadonlySet<string>): GlossedCode | undefined {
  const root = wordRoot(word);
  // "How many hires were cancelled?": a word naming a read table names its rows, not a code ('CMP hire completed').
  if (tables.some((table) => tableNameWords(table.name).some((part) => wordRoot(part) === root))) return undefined;
  const glosses = columnCodeGlosses(tables);
  const found = glosses.flatMap(({ table, column, code, first }) => {
    if (first === undefined || wordRoot(first) !== root) return [];
    const other = glosses.find((gloss) => gloss.column === column && tested.has(gloss.code));
    // "critically endangered" answered by 'CR critically endangered': the tested code's gloss says the word too.
    if (other === undefined || wordsOf(other.gloss).some((said) => wordRoot(said) === root)) return [];
    return [{ table, column, code, other: other.code }];
  });
  return found.length === 1 && !tested.has(found[0]!.code) ? found[0] : undefined;
}

/**
 * "How much did tone regulation bring in?" answered by `service = 'REGULATION'` where the comment says 'REGULATION
 * adjusting the action, … VOICING adjusting hammer tone': the tested code is spelled by one word of the phrase, and the
 * word beside it ("tone") is said in the gloss of exactly one other code of that column and not in the tested code's
 * own: the value matched only part of the phrase, and the rest of it names another code. "action regulations" (the
 * tested code's own gloss says "action") passes, and so does a word naming a table the SQL reads ("JNR members" where
 * 'FULL member' is glossed). The tested code's own gloss is read from the comment's text after it, up to the next
 * comma, when the code is longer than the gloss reader takes codes to be.
 */
function partlyMatchedCode(
  words: readonly QuestionWord[],
  tables: readonly TableSchema[],
  tested: ReadonlySet<string>,
): (GlossedCode & { phrase: string; word: string }) | undefined {
  const glosses = columnCodeGlosses(tables);
  const tableRoots = new Set(tables.flatMap((table) => tableNameWords(table.name).map(wordRoot)));
  for (const table of tables) {
    for (const column of table.columns) {
      if (!column.comment) continue;
      const own = glosses.filter((gloss) => gloss.column === column);
      for (const code of tested) {
        const codeRoot = wordRoot(code.toLowerCase());
        const parsed = own.find((gloss) => gloss.code === code);
        const written = parsed || !/^[A-Z][A-Z0-9_]+$/.test(code) ? undefined : new RegExp(`(?:^|[\\s,;:(])${code.replace(/[^A-Za-z0-9_]/g, '')}\\b([^,;]*)`).exec(column.comment);
        if (!parsed && !written) continue;
        const ownRoots = new Set(wordsOf(parsed ? parsed.gloss : written![1]!).map(wordRoot));
        for (const [at, word] of words.entries()) {
          if (wordRoot(word.text) !== codeRoot) continue;
          for (const near of [at > 0 && !words[at - 1]!.clauseEnd ? words[at - 1] : undefined, !word.clauseEnd ? words[at + 1] : undefined]) {
            if (!near || !/^[a-z]{4,}$/.test(near.text)) continue;
            const root = wordRoot(near.text);
            if (ownRoots.has(root) || root === codeRoot || tableRoots.has(root)) continue;
            const others = own.filter((gloss) => gloss.code !== code && wordsOf(gloss.gloss).some((said) => wordRoot(said) === root));
            if (others.length !== 1 || tested.has(others[0]!.code)) continue;
            const phrase = near.index < word.index ? `${near.text} ${word.text}` : `${word.text} ${near.text}`;
            return { table, column, code: others[0]!.code, other: code, phrase, word: near.text };
          }
        }
      }
    }
  }
  return undefined;
}

/**
 * "Which artists are left-handed?" answered by `placement = 'HND'` ('HND hand'): one word is written as two joined by a
 * hyphen, the tested code (or its gloss) answers one part ("handed") and nothing the SQL reads answers the other
 * ("left"), so the code matched a piece of the word, which means something else whole. "in-person sessions" with 'INP
 * in person' (the gloss says both parts) passes.
 */
function halfMatchedCompound(
  question: string,
  tables: readonly TableSchema[],
  tested: ReadonlySet<string>,
  roots: ReadonlySet<string>,
): { compound: string; part: string; code: string; gloss: string } | undefined {
  const compounds = question.toLowerCase().match(/\b[a-z]+-[a-z]+\b/g) ?? [];
  if (compounds.length === 0) return undefined;
  const glosses = columnCodeGlosses(tables).filter((gloss) => tested.has(gloss.code));
  for (const compound of compounds) {
    const parts = compound.split('-');
    for (const own of glosses) {
      const said = new Set([...wordsOf(own.gloss), own.code.toLowerCase()].map(wordRoot));
      const answered = parts.filter((part) => said.has(wordRoot(part)));
      if (answered.length !== 1) continue;
      const other = parts.find((part) => part !== answered[0])!;
      if (other.length < 3 || sqlReadsWord(other, roots)) continue;
      return { compound, part: answered[0]!, code: own.code, gloss: own.gloss };
    }
  }
  return undefined;
}
