import { stringify } from 'yaml';
import type { InitAnswers } from './init-answers.js';

const WHAT: Record<InitAnswers['type'], string> = {
  postgres: 'a PostgreSQL server',
  mysql: 'a MySQL or MariaDB server',
  sqlite: 'a SQLite file, opened read-only',
  duckdb: 'a DuckDB file, opened read-only',
  files: 'a folder or glob of CSV, TSV, Parquet or JSON files, one table each',
};

const scalar = (value: string) => stringify(value).trimEnd();

/**
 * A commented sluice.yml with one namespace. A password is never written: the file holds a
 * ${VARIABLE} reference, filled in from the environment when sluice reads it.
 */
export function renderInitConfig(answers: InitAnswers, passwordVariable?: string): string {
  const lines = [
    '# sluice.yml, written by `sluice init`. Every key is described in the README ("Configuration").',
    '',
    'defaults:',
    `  namespace: ${answers.name}   # asked when no --namespace is given`,
    '  plan: reflection',
    '',
    'namespaces:',
    `  ${answers.name}:`,
    `    type: ${answers.type}   # ${WHAT[answers.type]}`,
  ];
  if (answers.url) lines.push(`    url: ${scalar(answers.url)}`);
  if (passwordVariable) {
    lines.push(`    # The password stays out of this file: export ${passwordVariable} before running sluice.`);
    lines.push(`    password: \${${passwordVariable}}`);
  }
  if (answers.path) lines.push(`    path: ${scalar(answers.path)}`);
  if (answers.type === 'postgres') lines.push('    # schemas: [public]        # only these schemas (default: every schema the role may use)');
  lines.push(
    '    # metrics: metrics.yml     # business metric definitions (README, "Metrics")',
    '    # docs: docs/              # markdown glossary searched for each question',
    '    # fiscal_year_start: 4     # month the fiscal year starts, for "last fiscal year"',
    '',
  );
  return lines.join('\n');
}
