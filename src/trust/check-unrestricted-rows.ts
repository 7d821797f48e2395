import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs.js';
import { wordRoot } from '../models/offline/word-root.js';
import type { AnswerCheckRule } from './answer-facts.js';

/** A clause that restricts, groups or combines the rows an SQL reads: without one, a one-table SELECT reads it whole. */
export const RESTRICTS_ROWS = /\b(where|join|having|limit|group\s+by|qualify|union|intersect|except|filter)\b/;

/** "Which exhibitions were free …", "What pupils have …": a wh-word, a noun, then its verb (a form of be, have, do, or a past). */
const WHICH_NOUN_VERB = /^\s*(?:which|what)\s+[a-z]+\s+(is|are|was|were|do|does|did|have|has|had|[a-z]+ed)\s+(.*)$/i;
/**
 * A predicate that only says the rows exist or are kept ("are there", "do we have", "are on file", "are in the
 * system"), or asks of each row. "on" and "in" say only that when what follows is where records are kept; "are on
 * stop", "are in Otley" restrict the rows.
 */
const NO_RESTRICTION = /^(?:there|here|we|you|they|us|our|(?:on|in)\s+(?:(?:the|our|your|their|this|that)\s+)?(?:file|record|records|books|system|database|table|list|register|data|here)\b|the|any|ever|exist|exists|existed|have|got|held|recorded|listed|stored|file|record|records|books|system|database)\b|\b(?:each|every|all)\b/i;

/**
 * "Which exhibitions were free to get into?" answered by `SELECT title FROM exhibitions`: the words after the noun's
 * verb say which of its rows the question wants, but the SQL reads one table whole (no WHERE, join, GROUP BY, HAVING,
 * LIMIT or set operation), so every row is listed and the condition was left out. "Which exhibitions are there?",
 * "Which exhibitions do we have?" and "What nationality is each singer?" ask for every row and pass.
 */
export const checkUnrestrictedRows: AnswerCheckRule = ({ question, sql, tree }) => {
  const first = question.trim().split(/(?<=[?.!])\s+/)[0] ?? '';
  if (!tree || tree.tables.length !== 1 || tree.fromOther) return undefined;
  if (RESTRICTS_ROWS.test(sql.code)) return undefined;
  const table = tree.tables[0]!.name;
  const counted = countedPredicate(first, table);
  if (counted && /^\s*select\s+(count\s*\(\s*\*\s*\)|count_star\s*\(\s*\))(\s+as\s+[a-z0-9_"]+)?\s+from\b/.test(sql.code)) {
    return {
      name: 'unrestricted_rows',
      passed: false,
      detail: `the question counts the ${counted.noun} that ${counted.predicate}, but the SQL counts every row of ${tree.tables[0]!.name}, unrestricted`,
    };
  }
  const asked = WHICH_NOUN_VERB.exec(first);
  if (!asked) return undefined;
  const predicate = asked[2]!.replace(/[?.!]+$/, '').trim();
  if (!/[a-z]{3,}/i.test(predicate) || NO_RESTRICTION.test(predicate) || inTable(predicate, table)) return undefined;
  return {
    name: 'unrestricted_rows',
    passed: false,
    detail: `the question asks for the rows that ${asked[1]!.toLowerCase()} ${predicate}, but the SQL lists every row of ${tree.tables[0]!.name}, unrestricted`,
  };
};

/** "How many matches went to …", "How many of our teachers are …": the counted noun (up to three words), its verb and the rest. */
const HOW_MANY = /^\s*how\s+many\s+(?:of\s+(?:our|the|your|their|these|those)\s+)?(.+)$/i;
/** Verbs that may follow the counted noun: a form of be, have or do, a regular past or an irregular one ("went"). */
const COUNTED_VERB = /^(?:is|are|was|were|do|does|did|have|has|had|[a-z]{3,}ed)$/;

/**
 * "How many matches went to a deciding set?": the noun "how many" counts, and the predicate its verb opens, when that
 * predicate restricts the rows; "How many singers do we have?", "How many vocalists are there?" count them all.
 */
function countedPredicate(sentence: string, table: string): { noun: string; predicate: string } | undefined {
  const asked = HOW_MANY.exec(sentence);
  if (!asked) return undefined;
  const words = asked[1]!.replace(/[?.!]+$/, '').trim().split(/\s+/);
  const verbAt = words.findIndex((word, k) => k >= 1 && k <= 3 && (COUNTED_VERB.test(word.toLowerCase()) || IRREGULAR_VERBS[word.toLowerCase()] !== undefined));
  if (verbAt < 1) return undefined;
  const predicate = words.slice(verbAt + 1).join(' ');
  if (!/[a-z]{3,}/i.test(predicate) || NO_RESTRICTION.test(predicate) || COUNT_SCOPE.test(predicate) || inTable(predicate, table)) return undefined;
  return { noun: words.slice(0, verbAt).join(' '), predicate: `${words[verbAt]} ${predicate}` };
}

/** A predicate that only scopes the count: "in total", "altogether", "so far", "overall", "in the database". */
const COUNT_SCOPE = /^(?:in\s+total|total|altogether|overall|so\s+far|to\s+date|in\s+all)\b/i;

/** "How many rows are in visits?", "… in the visits table": the table the SQL reads is where the rows are kept. */
function inTable(predicate: string, table: string): boolean {
  const place = /^(?:on|in)\s+(?:the\s+)?([a-z_]+)(?:\s+table)?\s*[?.!]*$/i.exec(predicate.trim());
  return place !== undefined && place !== null && wordRoot(place[1]!.toLowerCase()) === wordRoot(table.toLowerCase());
}
