// What the words an answer leaves unread are, for bench/abstention/fit-answer-decline.py: for every bench line that
// ended `unsure`, src/trust/unread-word-kinds.ts over its question and answer_unread (whether an unread word heads or is
// part of a phrase the question asks for, and how many unread words are nouns, verbs, adjectives or unknown to WordNet),
// read by the built dist/ exactly as run time reads them.
//
//   npm run build && node bench/abstention/unread-words.mjs OUT OUT/unread-words.json
//
// OUT holds bench reports (OUT/<set>.jsonl). A dev tool: it writes one JSON object keyed "<set>/<question id>".
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchLines } from './bench-lines.mjs';

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'src');
const { unreadWordKinds } = await import(path.join(dist, 'trust', 'unread-word-kinds.js'));

const [, , folder, out] = process.argv;
if (!folder || !out) throw new Error('usage: node bench/abstention/unread-words.mjs OUT FILE');
const words = {};
for (const { set, row } of benchLines(folder)) {
  if (row.status === 'unsure') words[`${set}/${row.id}`] = unreadWordKinds(row.question, row.answer_unread ?? []);
}
fs.writeFileSync(out, JSON.stringify(words));
console.log(`${Object.keys(words).length} unsure lines`);
