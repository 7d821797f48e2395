import type { NameVocabulary } from '../catalog/name-vocabulary.js';
import type { CatalogTable } from '../connectors/connector.js';
import type { Context } from '../context/context-schema.js';
import { askedItems } from './asked-words.js';
import { futurePeriod } from './future-period.js';
import { groundQuestion } from './ground-question.js';
import { isNamingWord } from './is-naming-word.js';
import { isWeakEvidence } from './is-weak-evidence.js';
import { listPhrases, ungroundedPhrases } from './ungrounded-phrases.js';

export { groundQuestion, type Grounding } from './ground-question.js';

/**
 * Why the data cannot answer the question, or undefined when it may. It cannot when:
 * - the question asks about a period that has not begun (after the run's current date);
 * - a word that names something (a noun, a name, an adjective; not a verb, a literal or filler) links to nothing, and
 *   either what the question asks for ("the salary", "how many Oscars") is such a word, or no word links to a column
 *   or metric: table names, values and comment words alone cannot hold an attribute nobody stored.
 * A question whose asked-for part links to a column but whose other parts do not (a breakdown "by weather") is left
 * to run: the answer checks then name the part the SQL does not address, so it ends unsure.
 */
export function judgeGrounding(context: Context, catalog: readonly CatalogTable[] | NameVocabulary = [], options: { onlyWhenNothingLinks?: boolean } = {}): string | undefined {
  // Without a linked schema there is nothing to judge against (a plan without schema_linking).
  if (context.table_schemas.length === 0 && context.metrics.length === 0) return undefined;
  const question = context.task.text;
  const future = futurePeriod(question, context.task.current_date);
  if (future) {
    return `"${future.phrase}" is after ${context.task.current_date}: ${context.task.namespace} records what has happened, not what will, so the data cannot answer this question`;
  }
  const { words } = groundQuestion(context, catalog);
  // A model that judges answerability itself knows synonyms no word list does: it gets every question that links to
  // the data at all, and decides itself ("How many SKUs per category?"); one that links to nothing never costs a call.
  if (options.onlyWhenNothingLinks && words.some((entry) => entry.evidence !== undefined)) return undefined;
  // Every ungrounded naming word is named in the reason; only the strong ones ("animal", not "national") decide.
  const named = words.filter((entry) => entry.evidence === undefined && isNamingWord(question, entry.word));
  const open = named.filter((entry) => !isWeakEvidence(question, entry.word));
  if (open.length === 0) return undefined;
  const openTexts = new Set(open.map((entry) => entry.word.text));
  const namedTexts = new Set(named.map((entry) => entry.word.text));
  const asked = askedItems(question);
  // "our stock price": a compound whose first word links to nothing asks for another thing than the price.
  const first = open.find((entry) => entry.word.text === asked[0]?.[0]);
  const compoundOpen = asked.length === 1 && asked[0]!.length >= 2 && first !== undefined && !/\b(?:most|least)\s+$/i.test(question.slice(0, first.word.offset));
  const askedOpen = compoundOpen || (asked.length > 0 && asked.every((item) => item.every((text) => namedTexts.has(text)) && item.some((text) => openTexts.has(text))));
  const anyColumn = words.some((entry) => entry.evidence === 'column');
  if (anyColumn && !askedOpen) return undefined;
  return `nothing in ${context.task.namespace} (tables, columns, values, metrics or docs) matches ${listPhrases(ungroundedPhrases(question, named))}, so the data cannot answer this question`;
}
