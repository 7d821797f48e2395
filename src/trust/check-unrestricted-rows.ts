import type { AnswerCheckRule } from './answer-facts.js';

/** "Which exhibitions were free …", "What pupils have …": a wh-word, a noun, then its verb (a form of be, have, do, or a past). */
const WHICH_NOUN_VERB = /^\s*(?:which|what)\s+[a-z]+\s+(is|are|was|were|do|does|did|have|has|had|[a-z]+ed)\s+(.*)$/i;
/** A predicate that only says the rows exist or are kept ("are there", "do we have", "are on file"), or asks of each row. */
const NO_RESTRICTION = /^(?:there|here|we|you|they|us|our|on|in|the|any|ever|exist|exists|existed|have|got|held|recorded|listed|stored|file|record|records|books|system|database)\b|\b(?:each|every|all)\b/i;

/**
 * "Which exhibitions were free to get into?" answered by `SELECT title FROM exhibitions`: the words after the noun's
 * verb say which of its rows the question wants, but the SQL reads one table whole (no WHERE, join, GROUP BY, HAVING,
 * LIMIT or set operation), so every row is listed and the condition was left out. "Which exhibitions are there?",
 * "Which exhibitions do we have?" and "What nationality is each singer?" ask for every row and pass.
 */
export const checkUnrestrictedRows: AnswerCheckRule = ({ question, sql, tree }) => {
  const asked = WHICH_NOUN_VERB.exec(question.trim().split(/(?<=[?.!])\s+/)[0] ?? '');
  if (!asked || !tree || tree.tables.length !== 1 || tree.fromOther) return undefined;
  if (/\b(where|join|having|limit|group\s+by|qualify|union|intersect|except)\b/.test(sql.code)) return undefined;
  const predicate = asked[2]!.replace(/[?.!]+$/, '').trim();
  if (!/[a-z]{3,}/i.test(predicate) || NO_RESTRICTION.test(predicate)) return undefined;
  return {
    name: 'unrestricted_rows',
    passed: false,
    detail: `the question asks for the rows that ${asked[1]!.toLowerCase()} ${predicate}, but the SQL lists every row of ${tree.tables[0]!.name}, unrestricted`,
  };
};
