import { splitIdentifier } from '../../catalog/split-identifier.js';
import type { TableSchema } from '../../context/context-schema.js';
import { FINITE_AUXILIARIES } from '../../lexicon/auxiliaries.js';
import { derivedForms, inflectionBases } from '../../lexicon/derived-forms.js';
import { nameOf } from './name-of.js';
import { ref, type SelectItem } from './query-spec.js';
import type { QuestionWord } from './question-words.js';
import { findTable } from './schema-lookup.js';

/** Closed class: the suffixes English makes agent nouns with (writer, conductor, assistant, respondent, cyclist). */
const AGENT_SUFFIX = /(er|or|ant|ent|ist)$/;
const AUXILIARY_WORDS: ReadonlySet<string> = new Set(FINITE_AUXILIARIES);

/**
 * "Who wrote The Rivals?" over productions.writer, "Who conducts the Junior Strings?" over ensembles.conductorId, "Who
 * supervised trench 2?" over trenches.supervisorId: "who" and a verb ask for the person the rows record in that role, a
 * column named for the verb's agent noun (WordNet's derivation: write → writer, supervise → supervisor) or for the
 * verb and "by" (picked_by, signedBy). A key to another table shows that table's name; a column of its own, itself.
 * Empty unless exactly one column of the rows is so named.
 */
export function agentColumn(words: readonly QuestionWord[], table: TableSchema, schemas: readonly TableSchema[]): SelectItem[] {
  if (words[0]?.text !== 'who') return [];
  const verbAt = AUXILIARY_WORDS.has(words[1]?.text ?? '') ? 2 : 1;
  const verb = words[verbAt]?.text;
  if (!verb || verb.length < 3) return [];
  const bases = new Set(inflectionBases(verb));
  const agents = new Set([...derivedForms(verb)].filter((form) => AGENT_SUFFIX.test(form) && !bases.has(form) && !form.includes('_')));
  const names = (parts: readonly string[]): boolean =>
    parts.some((part) => agents.has(part)) || (parts.length >= 2 && parts.at(-1) === 'by' && (parts.at(-2) === verb || bases.has(parts.at(-2)!)));
  const found = table.columns.filter((column) => names(splitIdentifier(column.name).map((part) => part.toLowerCase())));
  if (found.length !== 1) return [];
  const column = found[0]!;
  const target = column.references ? findTable(schemas, column.references.split('.').slice(0, -1).join('.')) : undefined;
  if (!target) return column.references ? [] : [{ expr: ref(table.name, column.name) }];
  // Two keys to the same table (supervisorId, recordedBy → staff): the join could take either, so show nothing new.
  const toTarget = table.columns.filter((c) => c.references !== undefined && findTable(schemas, c.references.split('.').slice(0, -1).join('.')) === target);
  return toTarget.length === 1 ? nameOf(target, true) : [];
}
