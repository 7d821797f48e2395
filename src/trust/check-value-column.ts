import { normalizeValueText } from '../catalog/normalize-value-text.js';
import { splitIdentifier } from '../catalog/split-identifier.js';
import { bareName } from '../models/offline/bare-name.js';
import { questionWords } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { readsTable } from './reads-table.js';

/**
 * "customers in New York": the words may be the city 'New York' or the state 'NY'. When the question's words
 * spell stored values of two columns of the tables the SQL reads, the values differ, the SQL filters on one of
 * them and the question names neither column, the SQL has picked a reading the question does not decide.
 */
export const checkValueColumn: AnswerCheckRule = ({ question, sql, context }) => {
  const asked = new Set(questionWords(question).map((w) => wordRoot(w.text)));
  const byText = new Map<string, Array<{ column: string; value: string }>>();
  for (const match of context.matched_values) {
    if (match.score < 1 || !readsTable(sql.code, bareName(match.table))) continue;
    const key = normalizeValueText(match.matched_text);
    const column = `${bareName(match.table)}.${match.column}`;
    const list = byText.get(key) ?? [];
    if (!list.some((m) => m.column === column)) list.push({ column, value: match.value });
    byText.set(key, list);
  }
  const used = (value: string) => sql.literals.includes(value.toLowerCase());
  for (const [text, readings] of byText) {
    if (readings.length < 2 || new Set(readings.map((r) => r.value.toLowerCase())).size < 2) continue;
    const chosen = readings.filter((r) => used(r.value));
    if (chosen.length === 0 || chosen.length === readings.length) continue;
    const named = readings.some((r) => splitIdentifier(r.column.split('.')[1]!).some((part) => asked.has(wordRoot(part))));
    if (named) continue;
    const other = readings.find((r) => !used(r.value))!;
    return {
      name: 'value_column',
      passed: false,
      detail: `"${text}" may be ${other.column.split('.')[1]} '${other.value}' as well as ${chosen[0]!.column.split('.')[1]} '${chosen[0]!.value}', and the question does not say which`,
    };
  }
  return undefined;
};
