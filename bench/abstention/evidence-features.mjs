// The features of the grounding evidence record run time weighs, for bench/abstention/fit-answer-decline.py and
// bench/abstention/fit-grounding.py (EVIDENCE=1): src/trust/evidence-features.ts over each bench line's
// grounding_evidence and answer_unread, by the built dist/ exactly as run time reads them, so the fits and the decline
// cannot read a record two ways.
//
//   npm run build && node bench/abstention/evidence-features.mjs OUT OUT/evidence-features.json
//
// OUT holds bench reports (OUT/<set>.jsonl). A dev tool: it writes one JSON object keyed "<set>/<question id>", for
// every line that has a record (the features are named as run time names them, "evidence:ev_…").
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchLines } from './bench-lines.mjs';

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'src');
const { evidenceFeatures } = await import(path.join(dist, 'trust', 'evidence-features.js'));

const [, , folder, out] = process.argv;
if (!folder || !out) throw new Error('usage: node bench/abstention/evidence-features.mjs OUT FILE');
const features = {};
for (const { set, row } of benchLines(folder)) {
  if (row.grounding_evidence) features[`${set}/${row.id}`] = evidenceFeatures(row.grounding_evidence, row.answer_unread ?? []);
}
fs.writeFileSync(out, JSON.stringify(features));
console.log(`${Object.keys(features).length} lines with a record`);
