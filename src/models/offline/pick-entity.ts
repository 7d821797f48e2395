import type { TableSchema } from '../../context/context-schema.js';
import type { Mention } from './schema-mentions.js';
import type { QuestionWord } from './question-words.js';
import { isCompoundModifier } from './compound-modifier.js';
import { findTable } from './schema-lookup.js';
import { isMostlyAdverb } from '../../lexicon/is-mostly-adverb.js';
import { NEGATORS } from '../../lexicon/negators.js';
import { pick } from '../../lexicon/word-set.js';
import { ASPECT_ADVERBS } from '../../lexicon/function-adverbs.js';

/**
 * The table the question is about: the first table it names outside group phrases and filters, full names before
 * head words. "excluding returns" names the returns table only to subtract it.
 */
export function pickEntity(
  mentions: readonly Mention[],
  blocked: ReadonlySet<number>,
  schemas: readonly TableSchema[],
  netOfReturns: boolean,
  words: readonly QuestionWord[] = [],
): string | undefined {
  const named = mentions
    .filter((m) => m.column === undefined && !blocked.has(m.start) && !(!m.full && verbAfterWho(words, m.start)))
    .filter((m) => !(netOfReturns && /(return|refund)/i.test(m.table)));
  const tables = named.filter((m) => !isCompoundModifier(m, named, words)).sort((a, b) => Number(b.full) - Number(a.full) || a.start - b.start);
  return tables[0] ? findTable(schemas, tables[0].table)?.name : undefined;
}

/** Most adverbs between "who" and its verb: "who still works", "who no longer works". */
const MAX_ADVERBS = 2;

/**
 * "everyone who still works here" over a work_sessions table: the word right after "who" (and its adverbs) is the
 * relative clause's verb, what the people do, not one word of a table's name that says which rows are asked for.
 */
function verbAfterWho(words: readonly QuestionWord[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && at - k <= MAX_ADVERBS && (ASPECT_SET.has(words[k]!.text) || NEGATORS_SET.has(words[k]!.text) || isMostlyAdverb(words[k]!.text))) k--;
  return k >= 0 && words[k]!.text === 'who' && !words[k]!.clauseEnd;
}

const NEGATORS_SET: ReadonlySet<string> = new Set(pick(NEGATORS, 'no', 'not', 'never'));
const ASPECT_SET: ReadonlySet<string> = new Set(ASPECT_ADVERBS);
