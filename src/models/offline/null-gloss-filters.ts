import { splitIdentifier } from '../../catalog/split-identifier.js';
import { stemWord } from '../../catalog/stem-word.js';
import { STOP_WORDS } from '../../catalog/stop-words.js';
import type { TableSchema } from '../../context/context-schema.js';
import { NEGATORS } from '../../lexicon/negators.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { ref } from './query-spec.js';
import type { RowFilter } from './row-filter.js';
import { wordForms } from './word-forms.js';

/** "NULL for a cash sale at the weighbridge", "NULL when the job was paid by card": the rows a comment says are empty. */
const NULL_FOR = /\bNULL\s+(for|if|when|while|where)\s+([^;.()]+)/;
/** A phrase that says what the rows are not ("NULL if none given", "NULL unless delivered") is left alone. */
const NEGATING: ReadonlySet<string> = new Set([...NEGATORS, 'nobody', 'unless', 'until', 'yet', 'without']);
/** Words of the phrase the question must say, at least: one word is too little to tell the rows from the rest. */
const MIN_SHARED = 2;

/**
 * "cash sales" over tkt.cust_id, whose comment reads "Account customer; NULL for a cash sale at the weighbridge": a
 * nullable column's comment that says which rows leave it empty glosses those rows, so a question that names them by
 * two words of that phrase or more (stem or verb form: "paying" for "pay"), near one another, keeps the rows where it
 * is NULL. Not a phrase that says what the rows are not ("NULL if none given"), not a word another filter took, one
 * column only.
 */
export function nullGlossFilters(analysis: QuestionAnalysis, schemas: readonly TableSchema[], used: ReadonlySet<number>): RowFilter[] {
  const found: (RowFilter & { shared: number })[] = [];
  for (const table of schemas) {
    for (const column of table.columns) {
      if (!column.nullable || column.primary_key || !column.comment) continue;
      const gloss = NULL_FOR.exec(column.comment);
      const phrase = gloss?.[2];
      if (!phrase) continue;
      const phraseWords = phrase.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
      if (phraseWords.some((word) => NEGATING.has(word) || /n't$/.test(word))) continue;
      const named = new Set(splitIdentifier(column.name).map((part) => stemWord(part.toLowerCase())));
      // Each form stands for the phrase word it is a form of: "outing" and "out" (from "went out") are one word of
      // "NULL for an uncoached outing", said once.
      const wordOfForm = new Map<string, string>();
      for (const word of phraseWords.filter((each) => each.length >= 3 && !STOP_WORDS.has(each) && !named.has(stemWord(each)))) {
        for (const form of wordForms(word)) if (!wordOfForm.has(form)) wordOfForm.set(form, word);
      }
      const content = new Set(wordOfForm.keys());
      const hits = analysis.words.filter((word) => !used.has(word.index) && !analysis.negated.has(word.index) && wordForms(word.text).some((form) => content.has(form)));
      const shared = new Set(hits.map((word) => wordOfForm.get(wordForms(word.text).find((form) => content.has(form))!)));
      // "instruments still on offer" over retired_on, 'NULL while offered': "while" says the state lasts, "still" asks
      // for rows in it, so the phrase's one word said after "still" is enough.
      const lasting = gloss![1] === 'while' && content.size > 0 && shared.size === new Set(phraseWords.filter((word) => content.has(stemWord(word)))).size && hits.every((word) => stillBefore(analysis, word.index));
      if (shared.size < MIN_SHARED && !(shared.size === 1 && lasting)) continue;
      // Near one another: fewer other content words between them than the phrase's words they say.
      const between = analysis.words.filter((word) => word.index > hits[0]!.index && word.index < hits.at(-1)!.index && !hits.includes(word) && !STOP_WORDS.has(word.text));
      if (between.length >= hits.length) continue;
      found.push({ table: table.name, column: column.name, sql: `${ref(table.name, column.name)} IS NULL`, words: hits.map((word) => word.index), shared: shared.size });
    }
  }
  return found.length === 1 ? [strip(found[0]!)] : [];
}

function strip({ shared: _shared, ...filter }: RowFilter & { shared: number }): RowFilter {
  return filter;
}

/** Most words between "still" and the word it says lasts ("still on offer", "still in service"). */
const STILL_REACH = 3;

/** Whether "still" comes a few words before the word, within its clause. */
function stillBefore(analysis: QuestionAnalysis, at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= STILL_REACH; k--) {
    if (analysis.words[k]!.clauseEnd) return false;
    if (analysis.words[k]!.text === 'still') return true;
  }
  return false;
}
