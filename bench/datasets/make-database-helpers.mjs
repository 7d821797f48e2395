// What the datasets' make-databases.mjs generators share: a seeded random generator (the same bytes on every run, no
// clock), CSV tables written under <out>/databases/<db>/data/, and UTC date text.
import fs from 'node:fs';
import path from 'node:path';

/** mulberry32: `random` in [0, 1), `pick` one item of a list, `between` an integer in [low, high]. */
export function seeded(seed) {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  const between = (low, high) => low + Math.floor(random() * (high - low + 1));
  return { random, pick, between };
}

/** The folder given with `--out DIR` on the command line, or `defaultDir` (the generator's own folder). */
export function outputFolder(defaultDir) {
  const outFlag = process.argv.indexOf('--out');
  return outFlag >= 0 ? path.resolve(process.argv[outFlag + 1] ?? '.') : defaultDir;
}

function csvCell(value) {
  if (value === null || value === undefined) return 'NULL';
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** writeTable(db, table, columns, rows) writes <out>/databases/<db>/data/<table>.csv, NULL for missing values. */
export function csvTableWriter(out) {
  return (db, table, columns, rows) => {
    const dir = path.join(out, 'databases', db, 'data');
    fs.mkdirSync(dir, { recursive: true });
    const lines = [columns.join(','), ...rows.map((row) => columns.map((column) => csvCell(row[column])).join(','))];
    fs.writeFileSync(path.join(dir, `${table}.csv`), `${lines.join('\n')}\n`);
  };
}

export const pad = (n) => String(n).padStart(2, '0');
export const day = (date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
export const stamp = (date) => `${day(date)} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:00`;
export const addMinutes = (date, minutes) => new Date(date.getTime() + minutes * 60_000);
export const addDays = (date, days) => new Date(date.getTime() + days * 86_400_000);
export const money = (n) => (Math.round(n * 100) / 100).toFixed(2);
/** Sort comparator of plain < and > (code-point order for strings), the same on every machine unlike localeCompare. */
export const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** nextName() gives a first and last name, drawn with `pick`, not given out before by this namer. */
export function namer(pick, firstNames, lastNames) {
  const used = new Set();
  return () => {
    for (;;) {
      const first = pick(firstNames);
      const last = pick(lastNames);
      if (!used.has(`${first} ${last}`)) {
        used.add(`${first} ${last}`);
        return [first, last];
      }
    }
  };
}
