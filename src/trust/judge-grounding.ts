import { normalizeValueText } from '../catalog/normalize-value-text.js';
import { splitIdentifier } from '../catalog/split-identifier.js';
import { CATALOG_SYNONYMS } from '../catalog/term-synonyms.js';
import type { CatalogTable } from '../connectors/connector.js';
import type { Context } from '../context/context-schema.js';
import { nearlySameWord } from '../models/offline/nearly-same-word.js';
import { FILLER_WORDS } from '../models/offline/question-vocabulary.js';
import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';

export interface Grounding {
  /** Content words of the question that link to a table, column, value, metric or doc passage. */
  grounded: string[];
  ungrounded: string[];
}

/**
 * Which content words of the question link to evidence in the context or the namespace's catalog: a
 * table's or column's name or comment (or a catalog synonym of one), a value the linker matched word for word (a near
 * spelling like "Write" for "White" is no evidence), a metric, or a doc passage.
 */
export function groundQuestion(context: Context, catalog: readonly CatalogTable[] = []): Grounding {
  const roots = evidenceRoots(context, catalog);
  const long = [...roots].filter((root) => root.length >= 5);
  const valueWords = new Set(
    context.matched_values
      .filter((match) => normalizeValueText(match.matched_text) === normalizeValueText(match.value))
      .flatMap((match) => questionWords(match.matched_text).map((w) => w.text)),
  );
  const isGrounded = (word: QuestionWord): boolean => {
    if (valueWords.has(word.text)) return true;
    const forms = [word.text, word.stem, wordRoot(word.text), ...(CATALOG_SYNONYMS[word.stem] ?? [])];
    if (forms.some((form) => roots.has(form) || roots.has(wordRoot(form)))) return true;
    const root = wordRoot(word.text);
    // "schoolers" in Highschooler: a long word inside a compound name.
    return long.some((known) => nearlySameWord(known, root) || sameStem(known, root) || (word.stem.length >= 5 && known.length > word.stem.length && known.includes(word.stem)));
  };
  const grounding: Grounding = { grounded: [], ungrounded: [] };
  for (const word of questionWords(context.task.text)) {
    if (/\d/.test(word.text) || FILLER_WORDS.has(word.text) || FILLER_WORDS.has(word.stem)) continue;
    // A two-letter word counts only when it is a whole name part ("id").
    if (word.text.length < 3) {
      if (word.text.length === 2 && roots.has(word.text)) grounding.grounded.push(word.text);
      continue;
    }
    (isGrounded(word) ? grounding.grounded : grounding.ungrounded).push(word.text);
  }
  return grounding;
}

/**
 * Why the data cannot answer the question, or undefined when it may: the question has content words and
 * none of them links to anything in the linked schema, values, metrics or docs.
 */
export function judgeGrounding(context: Context, catalog: readonly CatalogTable[] = []): string | undefined {
  // Without a linked schema there is nothing to judge against (a plan without schema_linking).
  if (context.table_schemas.length === 0 && context.metrics.length === 0) return undefined;
  const { grounded, ungrounded } = groundQuestion(context, catalog);
  if (grounded.length > 0 || ungrounded.length === 0) return undefined;
  const words = [...new Set(ungrounded)].map((word) => `"${word}"`).join(', ');
  return `nothing in ${context.task.namespace} (tables, columns, values, metrics or docs) matches ${words}, so the data cannot answer this question`;
}

/** A namespace's catalog is the same for every question of a batch: its roots are taken once per catalog. */
const catalogRoots = new WeakMap<readonly CatalogTable[], ReadonlySet<string>>();

function evidenceRoots(context: Context, catalog: readonly CatalogTable[]): Set<string> {
  let known = catalogRoots.get(catalog);
  if (!known) {
    const texts: string[] = [];
    for (const table of catalog) {
      texts.push(table.name, table.comment ?? '');
      for (const column of table.columns) texts.push(column.name, column.comment ?? '');
    }
    catalogRoots.set(catalog, (known = addRoots(new Set(), texts)));
  }
  const texts: string[] = [];
  for (const table of context.table_schemas) {
    texts.push(table.name, table.comment ?? '');
    for (const column of table.columns) texts.push(column.name, column.comment ?? '');
  }
  for (const metric of context.metrics) texts.push(metric.name, metric.description, ...metric.synonyms, ...metric.dimensions);
  for (const passage of context.doc_passages) texts.push(passage.heading, passage.text);
  return addRoots(new Set(known), texts);
}

function addRoots(roots: Set<string>, texts: readonly string[]): Set<string> {
  for (const text of texts) {
    for (const word of [...splitIdentifier(text), ...splitIdentifier(text.toLowerCase())]) {
      roots.add(word);
      roots.add(wordRoot(word));
    }
  }
  return roots;
}

/** "cancellation" and "cancelled" share a stem: a common start of five letters or more that covers most of the shorter word. */
function sameStem(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= 5 && common >= 0.75 * Math.min(a.length, b.length);
}
