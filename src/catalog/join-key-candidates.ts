import type { CatalogColumn, CatalogTable } from '../connectors/connector.js';
import { splitIdentifier } from './split-identifier.js';
import { stemWord } from './stem-word.js';

export interface JoinKeyCandidate {
  source: { table: string; column: string };
  target: { table: string; column: string; declaredUnique: boolean };
  /** Name evidence: 2 when the source column names the target table ("airline" ~ airlines), 1 for a shared key name. */
  score: number;
}

/** Words that say "a key" without saying of what: "customer_id" is about customers, "id" alone about nothing. */
const KEY_WORDS = new Set(['id', 'ids', 'code', 'key', 'no', 'num', 'number', 'nr', 'uid', 'uuid', 'pk', 'fk', 'ref']);

/** The kinds of value a join key holds; other types (floats, dates, flags) never pair. */
function keyKind(type: string): 'integer' | 'text' | 'uuid' | undefined {
  if (/^INTERVAL/i.test(type)) return undefined;
  if (/UUID/i.test(type)) return 'uuid';
  if (/INT|SERIAL/i.test(type)) return 'integer';
  if (/CHAR|TEXT|STRING/i.test(type)) return 'text';
  return undefined;
}

/** Names' words, once per name: a warehouse repeats the same column names thousands of times. */
const remembered = new Map<string, readonly string[]>();
const MAX_REMEMBERED = 50_000;

function words(name: string): readonly string[] {
  let found = remembered.get(name);
  if (!found) {
    found = splitIdentifier(name).map(stemWord);
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(name, found);
  }
  return found;
}

/** "home_goals", "num_orders": a plural at the end of a name counts things rather than pointing at one of them. */
function namesAmount(name: string): boolean {
  const last = splitIdentifier(name).at(-1);
  return last !== undefined && !KEY_WORDS.has(last) && stemWord(last) !== last;
}

/** A name's words without the key words at its end: "SourceAirportCode" → source, airport. */
function subjectWords(name: string): readonly string[] {
  const all = words(name);
  let end = all.length;
  while (end > 0 && KEY_WORDS.has(all[end - 1])) end -= 1;
  return end === all.length ? all : all.slice(0, end);
}

const endsWith = (list: readonly string[], tail: readonly string[]): boolean =>
  tail.length > 0 && list.length >= tail.length && tail.every((word, i) => list[list.length - tail.length + i] === word);

const bareName = (name: string): string => name.slice(name.lastIndexOf('.') + 1);

interface Target {
  table: CatalogTable;
  column: CatalogColumn;
  declaredUnique: boolean;
}

/**
 * Column pairs (A.x, B.y) that may be an undeclared foreign key, best first, from names and types only: x declares
 * no reference, B is another table, x and y hold the same kind of key, and either x's subject words end with B's
 * name ("SourceAirport", "airline_id" → airports, airlines; not a plural that counts them, "home_goals") and y is
 * B's key (its one primary-key column, else a column named as a key: "id", "AirportCode"), or x has the same name
 * as B's one primary-key column and that name says whose key it is ("customer_id", not "id"). A column that is its
 * own table's only primary key pairs only by naming B in full, so two tables keyed by the same "student_id" are not
 * made each other's parent.
 */
export function joinKeyCandidates(tables: readonly CatalogTable[]): JoinKeyCandidate[] {
  const byLastWord = new Map<string, CatalogTable[]>();
  const bySoleKeyName = new Map<string, Target[]>();
  for (const table of tables) {
    const tableWords = words(bareName(table.name));
    const last = tableWords.at(-1);
    if (last) append(byLastWord, last, table);
    const key = soleKey(table);
    if (key && subjectWords(key.name).length > 0) append(bySoleKeyName, key.name.toLowerCase(), { table, column: key, declaredUnique: true });
  }

  const candidates: JoinKeyCandidate[] = [];
  for (const table of tables) {
    const ownKey = soleKey(table);
    for (const column of table.columns) {
      if (column.references) continue;
      const kind = keyKind(column.type);
      if (!kind) continue;
      const subject = subjectWords(column.name);
      const counts = namesAmount(column.name);
      const add = (target: Target, score: number): void => {
        if (target.table === table || keyKind(target.column.type) !== kind) return;
        const source = { table: table.name, column: column.name };
        candidates.push({ source, target: { table: target.table.name, column: target.column.name, declaredUnique: target.declaredUnique }, score });
      };
      for (const named of counts ? [] : (byLastWord.get(subject.at(-1) ?? '') ?? [])) {
        const tableWords = words(bareName(named.name));
        if (!endsWith(subject, tableWords)) continue;
        // An own key names another table only in full: customer_details.customer_id, not enrolments.student_course_id.
        if (column === ownKey && subject.length !== tableWords.length) continue;
        for (const target of keyTargets(named, column)) add(target, 2);
      }
      if (column === ownKey) continue;
      for (const target of bySoleKeyName.get(column.name.toLowerCase()) ?? []) add(target, 1);
    }
  }
  // Stable: equal scores keep catalog order.
  return candidates.sort((a, b) => b.score - a.score);
}

function append<T>(lists: Map<string, T[]>, key: string, item: T): void {
  const list = lists.get(key);
  if (list) list.push(item);
  else lists.set(key, [item]);
}

function soleKey(table: CatalogTable): CatalogColumn | undefined {
  const keys = table.columns.filter((column) => column.primary_key);
  return keys.length === 1 ? keys[0] : undefined;
}

/** The columns of a table a column naming it may hold: its one primary-key column, else those named as its key. */
function keyTargets(table: CatalogTable, source: CatalogColumn): Target[] {
  const key = soleKey(table);
  if (key) return [{ table, column: key, declaredUnique: true }];
  if (table.columns.some((column) => column.primary_key)) return [];
  const tableWords = words(bareName(table.name));
  const sourceName = source.name.toLowerCase();
  return table.columns
    .filter((column) => {
      if (column.name.toLowerCase() === sourceName) return true;
      const all = words(column.name);
      const subject = subjectWords(column.name);
      const namesKey = subject.length < all.length;
      return namesKey && (subject.length === 0 || endsWith(tableWords, subject) || endsWith(subject, tableWords));
    })
    .map((column) => ({ table, column, declaredUnique: false }));
}
