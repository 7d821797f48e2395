import type { TableSchema } from '../../../context/context-schema.js';
import { bareName } from '../bare-name.js';
import { joinEdges } from '../join-graph.js';
import type { Mention } from '../schema-mentions.js';

/**
 * Table mentions, plus words that name only foreign keys into one table: "students" over Friend.student_id and
 * Likes.student_id, both keys of Highschooler, names Highschooler's rows, the way "student_id" is a student's id.
 * Such a mention is not `full`, and `role` says it came from the keys; a word that also names a table stays that table's.
 */
export function roleTableMentions(mentions: readonly Mention[], schemas: readonly TableSchema[]): Array<Mention & { role?: boolean }> {
  const edges = joinEdges(schemas);
  const tables = mentions.filter((m) => m.column === undefined);
  const roles: Array<Mention & { role: boolean }> = [];
  const spans = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.column === undefined || tables.some((t) => t.start < m.end && m.start < t.end)) continue;
    const key = `${m.start}:${m.end}`;
    spans.set(key, [...(spans.get(key) ?? []), m]);
  }
  for (const named of spans.values()) {
    const targets = named.map((m) => edges.find((e) => bareName(e.from) === bareName(m.table) && e.fromColumn.toLowerCase() === m.column!.toLowerCase())?.to);
    const target = targets[0];
    if (!target || targets.some((t) => t === undefined || bareName(t) !== bareName(target))) continue;
    roles.push({ table: target, start: named[0]!.start, end: named[0]!.end, full: false, role: true });
  }
  return [...tables, ...roles].sort((a, b) => a.start - b.start || Number(b.full) - Number(a.full));
}
