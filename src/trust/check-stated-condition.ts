import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs.js';
import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import type { Context } from '../context/context-schema.js';
import { bareName } from '../models/offline/bare-name.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { readsTable } from './reads-table.js';
import { sqlReadsSynonym } from './sql-reads-synonym.js';
import { sqlReadsWord } from './sql-reads-word.js';
import { BE_FORMS, GET_FORMS } from '../lexicon/auxiliaries.js';
import { pick, wordSet } from '../lexicon/word-set.js';

const BE: ReadonlySet<string> = wordSet(pick(BE_FORMS, 'is', 'are', 'was', 'were', 'been', 'being', 'be'), pick(GET_FORMS, 'get', 'gets', 'got', 'gotten'));
const PARTICLES = /^(off|out|up|down|back|away|over|through)$/;
/** Participles that only say a row exists in the data ("were placed", "are recorded"), so they ask for no condition. */
export const EXISTS_IN_DATA = /^(recorded|registered|listed|stored|logged|kept|held|included|contained|entered|filed|tracked|made|placed|created|added|found|there|shown|given|involved|available|present|known|done)$/;
/** A row is selected by more than its table: a filter, a join, a set operation or a subquery. */
const RESTRICTS = /\bwhere\b|\bhaving\b|\bjoin\b|\bexists\b|\bintersect\b|\bexcept\b|\bqualify\b|\bfilter\s*\(/;

/**
 * "How many orders were voided?", "ships that were seized": a participle after a form of "be" states a condition
 * on the rows. When the SQL reads nothing of it (no name, synonym or literal: a share's `CASE WHEN status =
 * 'cancelled'` reads it) and restricts the rows in no way, the answer counts or lists all of them instead of those
 * the question asks about. Asked only where the data stores such states.
 */
export const checkStatedCondition: AnswerCheckRule = ({ question, sql, context }) => {
  const words = questionWords(question);
  const stated = words.filter((word, k) => BE.has(words[k - 1]?.text ?? '') && isParticiple(word) && !EXISTS_IN_DATA.test(word.text));
  if (stated.length === 0 || !storesStates(context, sql.code)) return undefined;
  const open = stated.filter((word) => !sqlReadsWord(word.text, sql.roots) && !sqlReadsSynonym(word.text, sql.roots) && !sql.literals.some((literal) => literal.includes(word.text)));
  if (open.length === 0 || RESTRICTS.test(sql.code)) return { name: 'condition', passed: true, detail: `the SQL restricts the rows to those ${stated.map((w) => phrase(words, w)).join(', ')}` };
  return {
    name: 'condition',
    passed: false,
    detail: `the question asks about rows ${open.map((w) => `"${phrase(words, w)}"`).join(', ')}, but the SQL applies no condition and reads every row`,
  };
};

/**
 * Whether a table the SQL reads stores states as participles ('cancelled', 'Captured', 'shipped'): only then is a
 * participle in the question ("were played", "are offered") likely one of those states rather than what its rows do.
 */
function storesStates(context: Context, code: string): boolean {
  const tables = context.table_schemas.filter((table) => readsTable(code, bareName(table.name)));
  const values = [
    ...tables.flatMap((table) => table.sample_rows.flat()),
    ...context.matched_values.filter((match) => tables.some((table) => bareName(table.name) === bareName(match.table))).map((match) => match.value),
  ];
  return values.some((value) => typeof value === 'string' && value.length <= 40 && questionWords(value).some(isParticiple));
}

function isParticiple(word: QuestionWord): boolean {
  const base = IRREGULAR_VERBS[word.text];
  if (base !== undefined) return base !== 'be' && base !== 'have' && base !== 'do';
  return /ed$/.test(word.text) && word.text.length > 4;
}

/** "called off": the participle with its particle. */
function phrase(words: readonly QuestionWord[], word: QuestionWord): string {
  const next = words[word.index + 1];
  return next && !word.clauseEnd && PARTICLES.test(next.text) ? `${word.text} ${next.text}` : word.text;
}
