import { isPluralNoun } from '../lexicon/is-plural-noun.js';
import { BE_FORMS } from '../lexicon/auxiliaries.js';
import { COORDINATORS } from '../lexicon/conjunctions.js';
import { ARTICLES, QUANTIFIERS } from '../lexicon/determiners.js';
import { PRO_ADVERBS } from '../lexicon/function-adverbs.js';
import { NEGATORS } from '../lexicon/negators.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { PERSONAL_PRONOUNS, RELATIVE_PRONOUNS } from '../lexicon/pronouns.js';
import { pick, wordSet } from '../lexicon/word-set.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { questionWords } from '../models/offline/question-words.js';
import { columnOf } from '../sql-tree/outer-select-tree.js';
import type { TreeNode } from '../sql-tree/statement-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';

/**
 * "faults that were still open", "orders that are still on their way", "players who no longer compete": after an
 * auxiliary or a relative pronoun, "still", "no longer" and "not yet" say that a state lasts (or has ended) up to
 * now, which is a condition on the rows, not a date. ("output of still water" is an adjective, not this.)
 */
const LASTING = /\b(?:is|are|was|were|be|been|has|have|had|do|does|did|who|that|which)\s+(still|no\s+longer|not\s+yet|yet\s+to)\b/i;

const DATE_LITERAL = /^\d{4}-\d{2}-\d{2}(?:[ t][\d:.]+)?$/;
const DATE_TYPES = new Set(['DATE', 'TIMESTAMP', 'TIMESTAMP WITH TIME ZONE', 'TIMESTAMP_TZ']);

/**
 * A lasting state must be read from something that records a state: a value compared (status = 'open'), a missing
 * value (closed_at IS NULL), a yes/no, a number compared (balance > 0), a related row (EXISTS), or a second date
 * (closed_at after the day asked). A SQL that only bounds one date column, or applies no condition at all, counts
 * or lists the rows of the period whatever state they are in now. The conditions are the outer query's WHERE, HAVING
 * and JOIN … ON, read from the parse tree.
 */
export const checkLastingState: AnswerCheckRule = ({ question, tree }) => {
  if (!tree) return undefined;
  const lasting = LASTING.exec(question)?.[0] ?? reducedLasting(question);
  if (!lasting) return undefined;
  const said = `"${lasting.toLowerCase()}"`;
  const conditions = [...(tree.where ? [tree.where] : []), ...(tree.having ? [tree.having] : []), ...tree.clauses.filter((clause) => clause.type === 'JOIN').flatMap(joinConditions)];
  if (conditions.some(readsState) || datedColumns(conditions) >= 2) return { name: 'lasting_state', passed: true, detail: `the SQL reads a state for ${said}` };
  return { name: 'lasting_state', passed: false, detail: `the question asks for rows whose state lasts (${said}), but the SQL ${conditions.length > 0 ? 'only bounds a date' : 'applies no condition'}` };
};

/**
 * "the invoices still outstanding", "jobs still waiting on parts": a relative clause without its pronoun and auxiliary,
 * "still" right after a noun and before a word that is not one ("still water" is a kind of water). Returns the noun
 * with "still" and the word after it.
 */
function reducedLasting(question: string): string | undefined {
  const words = questionWords(question);
  const at = words.findIndex((word, k) => word.text === 'still' && k > 0 && !words[k - 1]!.clauseEnd && k + 1 < words.length);
  if (at < 0) return undefined;
  const [noun, next] = [words[at - 1]!, words[at + 1]!];
  if (CLOSED_CLASS.has(noun.text) || CLOSED_CLASS.has(next.text) && !/^(in|on|with|at|under|out|off|open)$/.test(next.text)) return undefined;
  if (!(isPluralNoun(noun.text) || primaryPartOfSpeech(noun.text) === 'noun') || primaryPartOfSpeech(next.text) === 'noun') return undefined;
  return `${noun.text} still ${next.text}`;
}

/** Determiners, prepositions, conjunctions and pronouns: a word before "still" that is not the noun it describes. */
const CLOSED_CLASS: ReadonlySet<string> = wordSet(
  ARTICLES,
  pick(PRO_ADVERBS, 'there', 'here'),
  pick(PREPOSITIONS, 'of', 'for', 'with', 'in', 'on', 'at', 'by', 'to', 'from', 'as', 'than'),
  pick(COORDINATORS, 'or', 'and', 'but'),
  pick(BE_FORMS, 'is', 'are', 'was', 'were', 'be', 'been'),
  pick(PERSONAL_PRONOUNS, 'it', 'they', 'we', 'you', 'he', 'she', 'i'),
  pick(RELATIVE_PRONOUNS, 'who', 'that', 'which'),
  pick(NEGATORS, 'not'),
  pick(QUANTIFIERS, 'some', 'any', 'all'),
);

/** The ON conditions of the joins of a FROM clause. */
function joinConditions(from: TreeNode | undefined): TreeNode[] {
  if (from?.type !== 'JOIN') return [];
  return [...joinConditions(from.left as TreeNode), ...joinConditions(from.right as TreeNode), ...(from.condition ? [from.condition as TreeNode] : [])];
}

/** A date: `DATE '2026-11-01'`, a timestamp, or a string written as one. */
function isDate(node: TreeNode | undefined): boolean {
  if (node?.class === 'CAST') return DATE_TYPES.has(String((node.cast_type as { id?: string } | undefined)?.id)) || isDate(node.child as TreeNode);
  const value = (node?.value as { value?: unknown } | undefined)?.value;
  return node?.class === 'CONSTANT' && typeof value === 'string' && DATE_LITERAL.test(value.toLowerCase());
}

/** A condition that reads a state: a non-date value, NULL, a yes/no, a number compared, a related row, a filtered aggregate. */
function readsState(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(readsState);
  if (!node || typeof node !== 'object') return false;
  const tree = node as TreeNode;
  if (tree.type === 'OPERATOR_IS_NULL' || tree.type === 'OPERATOR_IS_NOT_NULL') return true;
  if (tree.class === 'SUBQUERY' && (tree.subquery_type === 'EXISTS' || tree.subquery_type === 'NOT_EXISTS' || tree.subquery_type === 'ANY')) return true;
  if (tree.filter) return true;
  if (tree.class === 'CAST' && isDate(tree)) return false;
  if (tree.class === 'CONSTANT') {
    const value = (tree.value as { value?: unknown; type?: { id?: string } } | undefined);
    if (typeof value?.value === 'string') return !DATE_LITERAL.test(value.value.toLowerCase());
    if (value?.type?.id === 'BOOLEAN') return true;
  }
  if (tree.class === 'COMPARISON' && !isDate(tree.left as TreeNode) && !isDate(tree.right as TreeNode) && (isNumber(tree.left as TreeNode) || isNumber(tree.right as TreeNode))) return true;
  return Object.values(tree).some(readsState);
}

function isNumber(node: TreeNode | undefined): boolean {
  if (node?.class === 'CAST') return isNumber(node.child as TreeNode);
  return node?.class === 'CONSTANT' && typeof (node.value as { value?: unknown } | undefined)?.value === 'number';
}

/** How many different columns the conditions compare with dates. */
function datedColumns(conditions: TreeNode[]): number {
  const columns = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const tree = node as TreeNode;
    if (tree.class === 'COMPARISON' || tree.class === 'BETWEEN') {
      const sides = tree.class === 'BETWEEN' ? [tree.input, tree.lower] : [tree.left, tree.right];
      const [first, second] = sides as TreeNode[];
      const column = isDate(second) ? columnOf(first) : isDate(first) ? columnOf(second) : undefined;
      if (column) columns.add(column.column);
    }
    Object.values(tree).forEach(visit);
  };
  conditions.forEach(visit);
  return columns.size;
}
