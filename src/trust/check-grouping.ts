import { splitIdentifier } from '../catalog/split-identifier.js';
import { nearlySameWord } from '../models/offline/nearly-same-word.js';
import { columnOf, type OuterSelectTree } from '../sql-tree/outer-select-tree.js';
import { FILLER_WORDS } from '../models/offline/question-vocabulary.js';
import { wordRoot } from '../models/offline/word-root.js';
import type { AnswerCheckRule, AnswerFacts } from './answer-facts.js';
import { groupPhrases, type GroupPhrase } from './group-phrases.js';
import { groupedNodes } from './grouped-nodes.js';
import { readsTable } from './reads-table.js';
import { ROW_NOUNS } from './row-nouns.js';
import { wordTable } from '../own-entry.js';

/** SQL's names for parts of a date, so "by weekday" is met by EXTRACT(dow …) or dayname(…). */
const DATE_PART_FORMS: Readonly<Record<string, readonly string[]>> = wordTable({
  week: ['dow', 'isodow', 'dayofweek', 'weekday', 'dayname', 'week', 'iw', 'ww'],
  weekday: ['dow', 'isodow', 'dayofweek', 'weekday', 'dayname'],
  month: ['month', 'monthname', 'mm', 'mon'],
  hour: ['hour', 'hh', 'hh24'],
  year: ['year', 'yyyy', 'isoyear'],
});

/** "per X", "by X", "for each X" need a GROUP BY (or a window) on something that names X. */
export const checkGrouping: AnswerCheckRule = (facts) => {
  const perUnit = groupPhrases(facts.analysis).find((phrase) => isRatioPer(facts, phrase) && rowPerUnit(facts, phrase));
  if (perUnit) {
    const text = perUnit.words.map((w) => w.text).join(' ');
    return { name: 'grouping', passed: false, detail: `the question asks for one average per ${text}, but the answer has a row for each ${text}` };
  }
  const phrases = groupPhrases(facts.analysis)
    .filter((phrase) => !isRatioPer(facts, phrase) && !isRankMeasure(facts, phrase) && !isAgent(facts, phrase) && !isScope(facts, phrase))
    .map((phrase) => ({ ...phrase, words: phrase.words.filter((word) => !ROW_NOUNS.test(word.text)) }))
    .filter((phrase) => phrase.words.length > 0);
  if (phrases.length === 0) return undefined;
  for (const phrase of phrases) {
    const text = phrase.words.map((w) => w.text).join(' ');
    if (!facts.sql.grouped && !facts.sql.windowed) {
      if (isListingPerRow(facts, phrase)) continue;
      return { name: 'grouping', passed: false, detail: `the question asks ${phrase.keyword} ${text}, but the SQL does not group the answer` };
    }
    if (/\blimit\b|\bfetch\s+first\b/.test(facts.sql.code) && !facts.sql.windowed && (!facts.analysis.ranking || phrase.keyword !== 'by')) {
      return { name: 'grouping', passed: false, detail: `the question asks ${phrase.keyword} ${text}, but the SQL keeps only the first rows of all groups together` };
    }
    // SQL DuckDB's parser cannot read (another engine's syntax, such as MariaDB's <=>) gives no keys to compare: stand aside.
    if (facts.tree === undefined && facts.groupRoots.size === 0) continue;
    // Filler ("hand type" grouped by hand) may go unnamed; a date part ("day of week") may not.
    const missing = phrase.words.filter((word) => !named(facts.groupRoots, word.text) && (!FILLER_WORDS.has(word.text) || DATE_PART_FORMS[wordRoot(word.text)] !== undefined || word.text === 'day'));
    if (missing.length > 0) {
      return { name: 'grouping', passed: false, detail: `the question asks ${phrase.keyword} ${text}, but the SQL groups by something else` };
    }
  }
  return { name: 'grouping', passed: true, detail: `grouped by ${phrases.map((p) => p.words.map((w) => w.text).join(' ')).join(', ')}` };
};

function named(roots: ReadonlySet<string>, word: string): boolean {
  const root = wordRoot(word);
  const forms = [root, word, ...(DATE_PART_FORMS[root] ?? [])];
  for (const candidate of roots) {
    if (forms.includes(candidate)) return true;
    if (root.length >= 3 && candidate.length >= 3 && (candidate.startsWith(root) || root.startsWith(candidate))) return true;
    if (nearlySameWord(candidate, root)) return true;
  }
  return false;
}

/** "average items per order": one average over orders, not a row per order. */
function isRatioPer(facts: AnswerFacts, phrase: GroupPhrase): boolean {
  if (phrase.keyword !== 'per') return false;
  const average = facts.analysis.words.findIndex((w) => /^(average|avg|mean)$/.test(w.text));
  return average >= 0 && average < phrase.at;
}

/** Calendar units "per" may follow "average" with: "average snowfall per day" is one daily average. */
const CALENDAR_UNITS = new Set(['day', 'week', 'month', 'quarter', 'year', 'hour']);

/**
 * "average quantity per order" answered with a row per order: grouped by the key of the table the phrase names;
 * "average snowfall per day" answered with a row per day: grouped by the calendar unit; "avg pax per flight by
 * airline" answered with a row per flight and airline: grouped by what names the unit as well as by the airline.
 */
function rowPerUnit(facts: AnswerFacts, phrase: GroupPhrase): boolean {
  const { sql, attempt, context } = facts;
  if (!sql.grouped || attempt.row_count <= 1) return false;
  const roots = new Set(phrase.words.map((word) => wordRoot(word.text)));
  if (roots.size === 1 && CALENDAR_UNITS.has([...roots][0]!) && named(facts.groupRoots, [...roots][0]!)) return true;
  // "avg pax out per flt by airline": with a "by" phrase naming the groups, "per X" is the unit averaged over, so
  // grouping by what names X too (arr_flt) gives a row per X.
  const byOther = groupPhrases(facts.analysis).some((other) => other !== phrase && other.keyword === 'by');
  if (byOther && facts.tree && phrase.words.every((word) => groupedColumnNamed(facts.tree!, word.text))) return true;
  const shown = new Set(attempt.columns.map((column) => column.toLowerCase()));
  return context.table_schemas.some((table) => {
    const key = table.columns.find((column) => column.primary_key);
    return key !== undefined && roots.has(wordRoot(table.name.split('.').pop()!)) && shown.has(key.name.toLowerCase());
  });
}

/** A column the SQL groups by whose own name has the word as a part, by its root or as its short form ("flt" in arr_flt). */
function groupedColumnNamed(tree: OuterSelectTree, word: string): boolean {
  const root = wordRoot(word);
  return groupedNodes(tree).some((node) => {
    const ref = columnOf(node);
    return ref !== undefined && splitIdentifier(ref.column).some((part) => part.toLowerCase() === word || wordRoot(part.toLowerCase()) === root);
  });
}

/** "top 3 categories by units sold": "by" names what ranks them, which the SQL must mention but need not group by. */
function isRankMeasure(facts: AnswerFacts, phrase: GroupPhrase): boolean {
  const ranking = facts.analysis.ranking;
  if (!ranking || phrase.keyword !== 'by' || ranking.at > phrase.at) return false;
  return phrase.words.every((word) => named(facts.sql.roots, word.text));
}

/** "the name of each singer": a plain listing of X's rows already answers per X, when nothing is aggregated or ranked. */
function isListingPerRow(facts: AnswerFacts, phrase: GroupPhrase): boolean {
  if (facts.analysis.ranking || facts.analysis.aggregate || facts.sql.aggregates.size > 0) return false;
  return phrase.words.some((word) => named(facts.sql.roots, word.text));
}

/**
 * "songs by the youngest singer", "names by singers who are older than average", "used by most documents":
 * a "by" phrase that carries its own superlative, comparison or relative clause names who did it, not a grouping.
 */
function isAgent(facts: AnswerFacts, phrase: GroupPhrase): boolean {
  if (phrase.keyword !== 'by') return false;
  const after = facts.analysis.words.slice(phrase.at, phrase.at + 5);
  const clause = after.slice(0, after.findIndex((w) => w.clauseEnd) + 1 || after.length).map((w) => w.text);
  if (/^(most|least|fewest|more|fewer)$/.test(clause[0] ?? '') || (clause[0] === 'the' && /est$/.test(clause[1] ?? ''))) return true;
  if (facts.analysis.words[phrase.at - 1]?.text === 'the' && /est$/.test(clause[0] ?? '')) return true;
  return clause.slice(1).some((word) => /^(who|whose|that|which|above|below|than|older|younger)$/.test(word));
}

/**
 * "across all matches", "the average age across matches": "across" the whole set, or across the very rows the SQL
 * reads (a table, not a column of one), says over what the answer is taken, not by what to break it down.
 */
function isScope(facts: AnswerFacts, phrase: GroupPhrase): boolean {
  if (phrase.keyword !== 'across') return false;
  if (/\bacross\s+(all|every|the\s+whole|the\s+entire)\b/i.test(facts.question)) return true;
  const read = facts.tableNames.filter((name) => readsTable(facts.sql.code, name));
  const columns = new Set(facts.context.table_schemas.flatMap((table) => table.columns.map((column) => wordRoot(column.name))));
  return phrase.words.every((word) => read.some((name) => wordRoot(name) === wordRoot(word.text)) && !columns.has(wordRoot(word.text)));
}
