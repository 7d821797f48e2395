import { commentCodeGlosses } from '../catalog/code-glosses.js';
import type { TableSchema } from '../context/context-schema.js';
import { hasSense } from '../lexicon/has-sense.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { oneWordSynonyms } from '../lexicon/related-nouns.js';
import { wordRoot } from '../models/offline/word-root.js';
import { wordSimilarity } from '../lexicon/word-vectors.js';
import { ARTICLES } from '../lexicon/determiners.js';
import { wordSet, pick } from '../lexicon/word-set.js';
import { FINITE_BE } from '../lexicon/auxiliaries.js';
import { COORDINATORS, SUBORDINATORS } from '../lexicon/conjunctions.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { RELATIVE_PRONOUNS, WH_WORDS } from '../lexicon/pronouns.js';

const ARTICLE_SET: ReadonlySet<string> = wordSet(ARTICLES);

/** Words that end a comment's opening noun phrase: a preposition or a relative word starts what qualifies it. */
const QUALIFIERS: ReadonlySet<string> = wordSet(
  pick(PREPOSITIONS, 'of', 'in', 'on', 'at', 'per', 'for', 'from', 'to', 'by', 'with', 'under', 'over', 'after', 'before', 'since', 'until', 'as', 'than'),
  pick(RELATIVE_PRONOUNS, 'that', 'which', 'who', 'whose'),
  pick(WH_WORDS, 'when', 'where'),
  pick(SUBORDINATORS, 'while'),
  pick(COORDINATORS, 'and', 'or', 'but'),
  FINITE_BE,
);

/**
 * The roots of the words a table's or column's comment opens with as its subject, the noun phrase it defines the column
 * by ("Gratuity left on top of the bill" for tip_usd, "The fleet: every bike the scheme owns" for bikes): what the
 * column holds, named as much as by the column's own name. A comment that lists values ("card or cash") or glosses codes
 * names no subject.
 */
export function commentHeads(tables: readonly Pick<TableSchema, 'comment' | 'columns'>[]): Set<string> {
  const heads = new Set<string>();
  for (const comment of tables.flatMap((table) => [table.comment, ...table.columns.map((column) => column.comment)])) {
    if (!comment) continue;
    for (const word of openingNounPhrase(comment)) heads.add(wordRoot(word));
  }
  return heads;
}

function openingNounPhrase(comment: string): string[] {
  if (commentCodeGlosses(comment).length > 0) return [];
  const clause = comment.split(/[:;,(=–—]|\s-\s/)[0]!.trim();
  if (/\bor\b/i.test(clause)) return [];
  const words = clause.split(/\s+/).filter(Boolean);
  if (ARTICLE_SET.has((words[0] ?? '').toLowerCase())) words.shift();
  const phrase: string[] = [];
  for (const written of words) {
    const word = written.toLowerCase();
    // A code in capitals or a number says which value, not what the column is.
    if (!/^[a-z][a-z-]*$/i.test(written) || (written.length > 1 && written === written.toUpperCase())) return [];
    if (QUALIFIERS.has(word)) break;
    // Adjectives come before their noun: one after a noun ("Gratuity left on …") is a participle that qualifies it.
    // After an adjective a word with a noun sense is its noun, whatever English mostly uses it as ("Hourly pay").
    if (phrase.length > 0 && partOf(phrase.at(-1)!) === 'adj' && partOf(word) !== 'adj' && hasSense('noun', word)) {
      phrase.push(word);
      continue;
    }
    if (!nounOrAdjective(word) || (phrase.length > 0 && partOf(phrase.at(-1)!) === 'noun' && partOf(word) !== 'noun')) break;
    phrase.push(word);
  }
  // Its head is the last noun; a phrase of adjectives alone ("True") names nothing.
  return phrase.some((word) => partOf(word) === 'noun' || (partOf(word) !== 'adj' && hasSense('noun', word))) ? phrase : [];
}

/** The part of speech a word is mostly used as; a noun WordNet saw no tagged use of ("gratuity") is a noun, an adjective ("hourly") an adjective. */
const partOf = (word: string) => primaryPartOfSpeech(word) ?? (hasSense('noun', word) ? 'noun' : hasSense('adj', word) ? 'adj' : undefined);

const nounOrAdjective = (word: string): boolean => {
  const part = partOf(word);
  return part === 'noun' || part === 'adj';
};

/**
 * Whether a question word names what a comment defines its column as (commentHeads): by its root, or by a one-word
 * WordNet synonym of a common sense of it ("hourly wage" where hrly_gbp is "Hourly pay": wage, pay, earnings …). A
 * synonym only, not a hypernym or sibling: "bonus" or "pension" is still no pay a comment names.
 */
export function namesCommentHead(word: string, heads: ReadonlySet<string>): boolean {
  if (heads.has(wordRoot(word))) return true;
  if (word.length < 3) return false;
  return oneWordSynonyms(word).some((lemma) => heads.has(wordRoot(lemma)));
}

/**
 * "their league tier" where teams.division is 'League division: …': the question's modifier opens the comment's phrase
 * and its head is close in meaning (word vectors, 0.55 or more: tier ~ division .60) to the comment's head, which is the
 * column's own name, so the comment and the name both say what the column is. The vectors are read last, for a word
 * nothing else links; "their league sponsor" (~ division .31) still names nothing stored.
 */
export function namesNamedCommentPhrase(modifier: string | undefined, word: string, tables: readonly Pick<TableSchema, 'columns'>[]): boolean {
  if (modifier === undefined || !/^[a-z]{3,}$/.test(word)) return false;
  const before = wordRoot(modifier);
  return columnCommentPhrases(tables).some((phrase) => {
    if (phrase.roots.length < 2 || !phrase.roots.slice(0, -1).includes(before) || !phrase.nameRoots.includes(phrase.roots.at(-1)!)) return false;
    const similarity = wordSimilarity(word, phrase.head);
    return similarity !== undefined && similarity >= 0.55;
  });
}

/** A column comment's opening noun phrase: its words' roots, its head as written, and the roots of the column's name. */
interface CommentPhrase {
  roots: string[];
  head: string;
  nameRoots: string[];
}

const columnPhrasesByTables = new WeakMap<readonly Pick<TableSchema, 'columns'>[], CommentPhrase[]>();

/** Each column comment's opening noun phrase (commentHeads' reading), per column, read once per tables. */
function columnCommentPhrases(tables: readonly Pick<TableSchema, 'columns'>[]): CommentPhrase[] {
  let phrases = columnPhrasesByTables.get(tables);
  if (!phrases) {
    phrases = tables.flatMap((table) =>
      table.columns.flatMap((column) => {
        const words = column.comment ? openingNounPhrase(column.comment) : [];
        if (words.length === 0) return [];
        return [{ roots: words.map(wordRoot), head: words.at(-1)!, nameRoots: column.name.toLowerCase().split(/[^a-z]+/).filter(Boolean).map(wordRoot) }];
      }),
    );
    columnPhrasesByTables.set(tables, phrases);
  }
  return phrases;
}

/**
 * Whether a question's modifier and head say what a column's comment opens with, the head by a synonym: "hourly wage"
 * where hrly_gbp is 'Hourly pay in pounds'. The modifier must be the comment's own word, so a synonym alone ("wage"
 * for any pay a comment mentions) grounds nothing here; namesCommentHead is the looser reading, for an attribute asked
 * of a table's rows.
 */
export function namesCommentPhrase(modifier: string | undefined, word: string, tables: readonly Pick<TableSchema, 'columns'>[]): boolean {
  if (modifier === undefined || word.length < 3) return false;
  const before = wordRoot(modifier);
  const phrases = columnCommentPhrases(tables).filter(({ roots }) => roots.length >= 2 && roots.slice(0, -1).includes(before));
  return phrases.length > 0 && phrases.some(({ roots }) => namesCommentHead(word, new Set([roots.at(-1)!])));
}

const readHeadsByCode = new WeakMap<readonly Pick<TableSchema, 'columns'>[], Map<string, Set<string>>>();

/**
 * Whether a question word names, by its root or a one-word WordNet synonym (namesCommentHead), what the comment of a
 * column the SQL reads defines it as: "scooters that cost more than the average purchase price" read as pur_amt,
 * 'Purchase price in GBP' (cost, price). `reads` says whether the SQL reads a column.
 */
export function namesReadColumnComment(word: string, tables: readonly Pick<TableSchema, 'columns'>[], code: string, reads: (code: string, column: string) => boolean): boolean {
  let byCode = readHeadsByCode.get(tables);
  if (!byCode) readHeadsByCode.set(tables, (byCode = new Map()));
  let heads = byCode.get(code);
  if (!heads) {
    heads = commentHeads([{ comment: undefined, columns: tables.flatMap((table) => table.columns.filter((column) => reads(code, column.name))) }]);
    if (byCode.size >= 8) byCode.delete(byCode.keys().next().value!);
    byCode.set(code, heads);
  }
  return heads.size > 0 && namesCommentHead(word, heads);
}
