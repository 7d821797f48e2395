// The lines of the bench reports a folder holds (OUT/<set>.jsonl), for the tools that read them by the built dist/
// (sql-shapes.mjs, unread-words.mjs, evidence-features.mjs): each parsed line with its set's name.
import fs from 'node:fs';
import path from 'node:path';

export function* benchLines(folder) {
  for (const file of fs.readdirSync(folder).filter((name) => name.endsWith('.jsonl'))) {
    const set = file.slice(0, -'.jsonl'.length);
    for (const line of fs.readFileSync(path.join(folder, file), 'utf8').split('\n')) {
      if (line.trim()) yield { set, row: JSON.parse(line) };
    }
  }
}
