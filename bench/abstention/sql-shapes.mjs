// The shape of the SQL each bench line that ended `unsure` ran, for bench/abstention/fit-answer-decline.py: the
// features src/trust/sql-shape-features.ts reads from the statement's parse tree (parseAnswerSql, in the report's
// dialect), by the built dist/ exactly as run time reads them, so the fit and the decline cannot read a shape two ways.
//
//   npm run build && node bench/abstention/sql-shapes.mjs OUT OUT/sql-shapes.json
//
// OUT holds bench reports (OUT/<set>.jsonl, with OUT/<set>.json naming the dialect). A dev tool: it writes one JSON
// object keyed "<set>/<question id>".
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchLines } from './bench-lines.mjs';

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'src');
const { parseAnswerSql } = await import(path.join(dist, 'trust', 'parse-answer-sql.js'));
const { sqlShapeFeatures } = await import(path.join(dist, 'trust', 'sql-shape-features.js'));

const [, , folder, out] = process.argv;
if (!folder || !out) throw new Error('usage: node bench/abstention/sql-shapes.mjs OUT FILE');
const shapes = {};
const dialects = new Map();
const dialectOf = (set) => {
  if (!dialects.has(set)) {
    const report = path.join(folder, `${set}.json`);
    dialects.set(set, fs.existsSync(report) ? JSON.parse(fs.readFileSync(report, 'utf8')).dialect ?? 'duckdb' : 'duckdb');
  }
  return dialects.get(set);
};
for (const { set, row } of benchLines(folder)) {
  if (row.status !== 'unsure') continue;
  const statement = row.predicted_sql ? await parseAnswerSql(row.predicted_sql, dialectOf(set)) : undefined;
  shapes[`${set}/${row.id}`] = sqlShapeFeatures(statement);
}
fs.writeFileSync(out, JSON.stringify(shapes));
console.log(`${Object.keys(shapes).length} unsure lines`);
process.exit(0);
