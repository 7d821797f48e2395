import { readsColumn } from './reads-column.js';
import type { TableSchema } from '../context/context-schema.js';
import { columnKinds, kindColumns } from './column-kind.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { ANSWER_KIND_DESCRIPTIONS, expectedAnswerKind, type AnswerKind } from './expected-answer-kind.js';

/** A difference of two dates or times in any dialect: what a duration or an age is computed with. */
const DATE_DIFFERENCE = /\b(date_diff|datediff|date_sub|timestampdiff|julianday|age|epoch|extract)\s*\(|\b(?:date|timestamp|time)\w*\s*-\s*\w/;

/**
 * "When …", "How old …", "after 10 pm", "mobile number": the answer must show or use a column of the kind the question's
 * form asks for, when the linked tables hold one (judgeAnswerKind declines when none does).
 */
export const checkAnswerKind: AnswerCheckRule = ({ question, attempt, sql, context }) => {
  const expected = expectedAnswerKind(question);
  if (!expected) return undefined;
  const holding = kindColumns(context.table_schemas, expected.kind);
  if (holding.length === 0) return undefined;
  const durationFromDates = expected.kind === 'duration' || expected.kind === 'age';
  const shown = attempt.columns.some((name) => shownKinds(name, context.table_schemas).has(expected.kind));
  const read = holding.some((column) => readsColumn(sql.code, column.split('.').at(-1)!));
  const computed = durationFromDates && DATE_DIFFERENCE.test(sql.code);
  const asked = `"${expected.phrase}"`;
  if (shown || read || computed) return { name: 'answer_kind', passed: true, detail: `the answer uses ${describe(expected.kind)}, which ${asked} asks for` };
  return {
    name: 'answer_kind',
    passed: false,
    detail: `the question asks ${asked}, ${describe(expected.kind)}, but the answer neither shows nor uses one (${holding.slice(0, 3).join(', ')} would)`,
  };
};

/** The kinds a result column holds: the linked column of that name's, else what its name alone says (an alias: "age", "days"). */
function shownKinds(name: string, tables: readonly TableSchema[]): Set<AnswerKind> {
  const bare = name.split('.').at(-1)!.toLowerCase();
  for (const table of tables) {
    const column = table.columns.find((candidate) => candidate.name.toLowerCase() === bare);
    if (column) return columnKinds(column, table);
  }
  return columnKinds({ name: bare, type: '', nullable: true, primary_key: false }, { name: '', columns: [], ddl: '', sample_rows: [], score: 0, reason: '' });
}

const describe = (kind: AnswerKind): string => ANSWER_KIND_DESCRIPTIONS[kind].replace(/ \(.*\)$/, '');

