import { Box, Text } from 'ink';
import type { RunEndEvent } from '../../src/engine/engine-events.js';
import type { RunResult } from '../../src/engine/run-handle.js';
import { renderCsv } from '../../src/output/render-csv.js';
import { renderMarkdown } from '../../src/output/render-markdown.js';
import { runSummary } from '../../src/output/run-summary.js';
import { declinedAfterRunning, ranNotAnswering } from '../../src/output/declined-after-running.js';
import { OutcomeLine } from './OutcomeLine.js';
import { ResultView } from './ResultView.js';
import { SqlView } from './SqlView.js';

/** "none" leaves the result out, for a caller that prints it itself after the dashboard. */
export type ResultFormat = 'table' | 'json' | 'csv' | 'markdown' | 'none';

export interface RunOutcomeProps {
  end: RunEndEvent;
  result: RunResult;
  width: number;
  format: ResultFormat;
  resumeCommand: string;
  /** How to see result columns that do not fit (default: the CLI's --format json). */
  hiddenColumnsHint?: string;
  maxRows?: number;
  /** --chart: a chart of the result, or a line saying why there is none. */
  chart?: boolean;
}

function formattedResult(result: RunResult, format: Exclude<ResultFormat, 'table' | 'none'>): string {
  const attempt = result.context.sql_attempts.at(-1);
  if (format === 'json') return JSON.stringify(runSummary(result.context, result.nodesRun, result.status));
  if (!attempt) return '';
  return (format === 'csv' ? renderCsv(attempt.columns, attempt.rows) : renderMarkdown(attempt.columns, attempt.rows)).trimEnd();
}

/** The final SQL, its result (or error) and the outcome line. */
export function RunOutcome({ end, result, width, format, resumeCommand, hiddenColumnsHint, maxRows, chart }: RunOutcomeProps) {
  const attempt = result.context.sql_attempts.at(-1);
  // A query that ran but does not answer the question: said so, its rows not shown as the answer.
  const notAnswer = attempt && declinedAfterRunning(result.context, result.status) ? ranNotAnswering(attempt.row_count) : undefined;
  const showResult = result.status !== 'cancelled' && format !== 'none';
  const textFormat = format === 'json' || format === 'csv' || format === 'markdown' ? format : undefined;
  return (
    <Box flexDirection="column">
      {attempt && <SqlView sql={attempt.sql} />}
      {showResult && attempt?.error && (
        <Box marginTop={1}>
          <Text color="red">Error: {attempt.error}</Text>
        </Box>
      )}
      {showResult && attempt && !attempt.error && attempt.executed && format === 'table' && !notAnswer && (
        <ResultView
          columns={attempt.columns}
          columnTypes={attempt.column_types}
          rows={attempt.rows}
          rowCount={attempt.row_count}
          truncated={attempt.truncated}
          width={width}
          maxRows={maxRows}
          chart={chart}
          hiddenColumnsHint={hiddenColumnsHint}
          allRowsFile={result.context.output?.files.find((file) => file.endsWith('result.csv'))}
        />
      )}
      {showResult && textFormat && ((Boolean(attempt?.executed) && !notAnswer) || textFormat === 'json') && (
        <Box marginTop={1}>
          <Text>{formattedResult(result, textFormat)}</Text>
        </Box>
      )}
      {showResult && notAnswer && textFormat !== 'json' && (
        <Box marginTop={1}>
          <Text>{notAnswer}</Text>
        </Box>
      )}
      <OutcomeLine end={end} result={result} resumeCommand={resumeCommand} />
    </Box>
  );
}
