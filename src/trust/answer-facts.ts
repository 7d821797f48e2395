import type { AnswerCheck, Context, SqlAttempt } from '../context/context-schema.js';
import { analyzeQuestion, type QuestionAnalysis } from '../models/offline/analyze-question.js';
import { outerSelectTree, type OuterSelectTree } from '../sql-tree/outer-select-tree.js';
import type { TreeNode } from '../sql-tree/statement-tree.js';
import type { TieAtLimit } from './probe-tie-at-limit.js';
import { groupRoots } from './group-roots.js';
import { sqlShape, type SqlShape } from './sql-shape.js';

/** What the namespace's catalog tells the checks beyond the linked tables. */
export interface NamespaceTables {
  /** Every table of the namespace; the linked ones when unknown. */
  names?: readonly string[];
  /** Tables known to hold no rows (probed, not a catalog's estimate), so an answer read from them is rightly empty. */
  empty?: readonly string[];
  /** The row after a `LIMIT 1` ties the one kept on the ranking (probed by the output node). */
  tieAtLimit?: TieAtLimit;
  /** The final SQL parsed by DuckDB's parser (parseAnswerSql), for checks that read its clauses from the tree. */
  statement?: TreeNode;
}

/** Everything a shape check reads: the question, its analysis, the final attempt and its SQL's shape. */
export interface AnswerFacts {
  question: string;
  analysis: QuestionAnalysis;
  attempt: SqlAttempt;
  sql: SqlShape;
  context: Context;
  /** Every table of the namespace when known, else the linked ones. */
  tableNames: readonly string[];
  /** Tables known to hold no rows: probed by the output node, never a catalog's row-count estimate. */
  emptyTables: string[];
  /** Probed by the output node: the `LIMIT 1` kept one of several rows tied on the ranking. */
  tieAtLimit?: TieAtLimit;
  /** The outer SELECT of the parsed SQL; undefined when it was not parsed or is no plain SELECT. */
  tree?: OuterSelectTree;
  /** Word roots of what the SQL groups by (group-roots.ts); empty when it was not parsed. */
  groupRoots: Set<string>;
}

/** A check returns undefined when the question does not ask what it checks. */
export type AnswerCheckRule = (facts: AnswerFacts) => AnswerCheck | undefined;

export function answerFacts(context: Context, attempt: SqlAttempt, tables: NamespaceTables = {}): AnswerFacts {
  const tree = tables.statement ? outerSelectTree(tables.statement) : undefined;
  const sql = sqlShape(attempt.sql);
  return {
    question: context.task.text,
    analysis: analyzeQuestion(context.task.text),
    attempt,
    sql,
    context,
    tableNames: tables.names ?? context.table_schemas.map((table) => table.name),
    emptyTables: [...new Set(tables.empty ?? [])],
    ...(tables.tieAtLimit ? { tieAtLimit: tables.tieAtLimit } : {}),
    ...(tree ? { tree } : {}),
    groupRoots: sql.grouped || sql.windowed ? groupRoots(tables.statement, context.table_schemas) : new Set(),
  };
}
