import fs from 'node:fs';
import path from 'node:path';
import { loadCatalog } from '../src/catalog/load-catalog.js';
import type { Context } from '../src/context/context-schema.js';
import { defineNode, type NodeCall } from '../src/engine/node-definition.js';
import { fdCalls, writeAll } from '../src/persistence/fd-calls.js';
import { describeFsError } from '../src/persistence/describe-fs-error.js';
import { renderCsv } from '../src/output/render-csv.js';
import { renderResult } from '../src/output/render-result.js';
import { answerRowsFields, declinedAfterRunning } from '../src/output/declined-after-running.js';
import { judgeAnswer, type AnswerJudgement } from '../src/trust/judge-answer.js';
import { parseAnswerSql } from '../src/trust/parse-answer-sql.js';
import { probeEmptyTables } from '../src/trust/probe-empty-tables.js';
import { probeTieAtLimit, type TieAtLimit } from '../src/trust/probe-tie-at-limit.js';
import type { TreeNode } from '../src/sql-tree/statement-tree.js';
import { declineUnsure } from '../src/trust/unsure-decline.js';

/**
 * Renders the final SQL and result with the answer's shape checks and writes result.sql, result.json and
 * result.csv into the run's folder.
 */
export const outputNode = defineNode({
  name: 'output',
  description: 'Renders the final SQL and result (table, json, csv, markdown) and writes result files',
  async run(context, call) {
    const format = context.task.format;
    const catalog = context.sql_attempts.length > 0 ? await Promise.resolve()
      .then(() => loadCatalog(call.runtime, context.task.namespace))
      .catch(() => undefined) : undefined;
    // Parsed once: the checks read its clauses and the tie probe widens it.
    const statement = await statementOf(context, call);
    const checked = judgeAnswer(context, {
      tableNames: catalog?.tableNames,
      emptyTables: await emptyTablesRead(context, call, catalog?.emptyTables ?? []),
      tieAtLimit: await tieAtLimitOf(context, call, statement),
      statement,
    });
    // The offline model's answer that failed its checks may show, by what the checks found, that the data cannot answer
    // the question (a fitted decline, src/trust/unsure-decline.ts); an LLM's is left to its own judgement.
    const unanswerable = checked.status === 'unsure' && call.model().name === 'offline' ? declineUnsure(context, checked.checks, statement) : undefined;
    const judgement: AnswerJudgement = unanswerable ? { status: 'unanswerable', checks: checked.checks, confidence: 0, reason: unanswerable } : checked;
    const rendered = renderResult(context, format === 'html' ? 'table' : format, judgement);
    const attempt = context.sql_attempts.at(-1);
    const files: string[] = [];
    if (call.runDir && attempt) {
      const json = { sql: attempt.sql, ...answerRowsFields(context, judgement.status), error: attempt.error ?? null, status: judgement.status, checks: judgement.checks, confidence: judgement.confidence };
      const contents: Array<[string, string]> = [
        ['result.sql', `${attempt.sql}\n`],
        ['result.json', `${JSON.stringify(json, null, 2)}\n`],
        ['result.csv', declinedAfterRunning(context, judgement.status) ? renderResult(context, 'csv', judgement) : renderCsv(attempt.columns, attempt.rows)],
      ];
      files.push(...(await Promise.all(contents.map(([name, content]) => writeResultFile(path.join(call.runDir!, name), content)))));
    }
    const shown = !attempt
      ? judgement.status === 'unanswerable' ? 'unanswerable, no SQL ran' : 'no SQL to show'
      : attempt.error
        ? 'shown with its error'
        : `${attempt.row_count} row${attempt.row_count === 1 ? '' : 's'}${attempt.truncated ? ` (cut at max_rows)` : ''} as ${format === 'html' ? 'an html page' : format}${files.length ? `, ${files.length} files written` : ''}`;
    const failed = judgement.checks.filter((check) => !check.passed).map((check) => check.name);
    const summary = failed.length > 0 ? `${shown}; unsure (${failed.join(', ')})` : shown;
    return { context: { ...context, ...(unanswerable ? { unanswerable } : {}), output: { format, rendered, files }, checks: judgement.checks, confidence: judgement.confidence }, summary: unanswerable ? `unanswerable, ${unanswerable}` : summary };
  },
});

/**
 * For an empty answer, the tables it reads that truly hold no rows: the catalog's and the linked tables' row counts
 * are estimates, so each table they call empty is probed before an empty answer is believed because of it.
 */
async function emptyTablesRead(context: Context, call: NodeCall, catalogEmpty: readonly string[]): Promise<string[]> {
  const attempt = context.sql_attempts.at(-1);
  if (!attempt?.executed || attempt.error || attempt.row_count > 0) return [];
  const estimated = [...catalogEmpty, ...context.table_schemas.filter((table) => table.row_count === 0).map((table) => table.name)];
  if (estimated.length === 0) return [];
  const connector = await call.runtime.connector(context.task.namespace).catch(() => undefined);
  return connector ? probeEmptyTables(connector, attempt.sql, estimated, call.signal) : [];
}

/** For an answer cut to one row by `LIMIT 1`: whether the next row ties it on the ranking (probeTieAtLimit). */
async function tieAtLimitOf(context: Context, call: NodeCall, statement: TreeNode | undefined): Promise<TieAtLimit | undefined> {
  const attempt = context.sql_attempts.at(-1);
  if (!statement || !attempt?.executed || attempt.error || attempt.row_count !== 1) return undefined;
  const connector = await call.runtime.connector(context.task.namespace).catch(() => undefined);
  return connector ? probeTieAtLimit(connector, attempt.sql, { signal: call.signal, statement }) : undefined;
}

/** The final SQL's parse tree, for the checks that read its clauses (parseAnswerSql). */
async function statementOf(context: Context, call: NodeCall): Promise<TreeNode | undefined> {
  const attempt = context.sql_attempts.at(-1);
  if (!attempt?.executed || attempt.error) return undefined;
  const connector = await call.runtime.connector(context.task.namespace).catch(() => undefined);
  return parseAnswerSql(attempt.sql, connector?.dialect ?? 'duckdb', connector?.parsedSql);
}

/**
 * Off the event loop, so a batch's other questions keep running while the files are written: open, write and rename
 * go through libuv's pool, the close of the new file stays on the event loop (it does not wait for the disk), one
 * trip fewer per file than fs.writeFile's. A file the run folder does not hold yet (a fresh run's) is written in
 * place, created exclusively, with no rename: nothing reads a run's result files before the run ends, and a run
 * killed mid-write has not ended, so resume runs this node again, finds the file and replaces it atomically.
 */
async function writeResultFile(target: string, content: string): Promise<string> {
  const created = await fdCalls.open(target, 'wx').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EEXIST') return undefined;
    throw cannotWrite(target, error);
  });
  if (created !== undefined) {
    // A partial file (a full disk) is not left to read as a result.
    await writeThenClose(created, content).catch((error: unknown) => {
      fs.rmSync(target, { force: true });
      throw cannotWrite(target, error);
    });
    return target;
  }
  const temp = `${target}.tmp`;
  try {
    await writeThenClose(await fdCalls.open(temp, 'w'), content);
    await fdCalls.rename(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw cannotWrite(target, error);
  }
  return target;
}

/** "cannot write save/<run>/result.json (no space left on the device)", not the bare "ENOSPC: …, write". */
function cannotWrite(target: string, error: unknown): Error {
  return new Error(`cannot write ${target} (${describeFsError(error)})`);
}

async function writeThenClose(fd: number, content: string): Promise<void> {
  try {
    await writeAll(fd, content);
  } catch (error) {
    closeQuietly(fd);
    throw error;
  }
  fs.closeSync(fd);
}

function closeQuietly(fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    // The write's own error is the one to report.
  }
}
