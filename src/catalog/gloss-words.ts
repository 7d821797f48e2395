import { ownEntry } from '../own-entry.js';
import type { ColumnValues, ValueLookup, ValueTarget } from './build-value-lookup.js';
import type { CatalogTable } from '../connectors/connector.js';
import { splitIdentifier } from './split-identifier.js';
import { stemWord } from './stem-word.js';
import { STOP_WORDS } from './stop-words.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { COORDINATORS } from '../lexicon/conjunctions.js';
import { pick } from '../lexicon/word-set.js';
import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs.js';
import { inflectionBases } from '../lexicon/derived-forms.js';

/** Shortest gloss word that may name its code alone: "own", "new" and "used" say too little. */
const MIN_GLOSS_WORD = 4;

/**
 * "teachers who are assistants" where qualification stores 'L1' glossed "Level 1 assistant teacher" and 'L2' glossed
 * "Level 2 qualified teacher"; "turned away for a new tattoo or piercing" where 'TAT' is glossed "recent tattoo or
 * piercing": a word of one code's gloss that no other code of the column is glossed with names that code, though the
 * question does not say the whole gloss. Words the column's or table's name holds, and words glossing several codes
 * ("teacher", "level", "recent"), tell no code apart. Keyed by stem; a stem several columns single out is left out of
 * the lookup (glossWordTargets), so a word never chooses between columns by chance.
 */
export function addGlossWords(lookup: ValueLookup, set: ColumnValues, targetOf: (raw: string) => ValueTarget): void {
  const glosses = set.glosses;
  if (!glosses) return;
  const named = new Set([...splitIdentifier(set.table.split('.').pop()!), ...splitIdentifier(set.column)].map((part) => stemWord(part.toLowerCase())));
  // "app customers" where 'CP' is glossed "customer complaint" and another table's comment speaks of customers too: a
  // word the schema uses anywhere but this comment and its table's ("Swimming teachers and assistants") may be about
  // that instead.
  const own = new Set([commentSource(set.table, set.column), commentSource(set.table, '')]);
  for (const [stem, sources] of lookup.schemaWords) if ([...sources].some((source) => !own.has(source))) named.add(stem);
  // "zones" over zn, commented 'Enforcement zone': the noun a table's comment calls its rows by names every row, as the
  // table's name does, not the one code whose gloss ends in it ('R residents' permit zone').
  for (const stem of lookup.rowNouns) named.add(stem);
  const codesByStem = new Map<string, Set<string>>();
  /** Stems that tell codes apart but cannot name one alone: a table's or column's word, a verb inside a gloss. */
  const unfit = new Set<string>(named);
  const fit = new Set<string>();
  for (const raw of set.values) {
    // Codes only ("TAT", "L1"): a stored word ('large') is named by itself, and its comment's brackets say more of it.
    if (/\p{Ll}/u.test(raw)) continue;
    const phrases = ownEntry(glosses, raw) ?? [];
    // Every word of the code's phrases tells it from the others ...
    for (const word of phrases.flatMap((phrase) => phrase.toLowerCase().split(/[^\p{L}]+/u))) {
      if (word.length < MIN_GLOSS_WORD || STOP_WORDS.has(word)) continue;
      const stem = stemWord(word);
      const codes = codesByStem.get(stem) ?? new Set<string>();
      codes.add(raw);
      codesByStem.set(stem, codes);
    }
    // ... but only the gloss itself, first of them, up to a preposition, names it: not its asides ("B bronze (callouts
    // charged, ...)") nor what follows ("R return visit needed", "F fixed on the first visit"), which say what goes
    // with the code, not what it is.
    const head = phrases[0] === undefined ? [] : glossHeadWords(phrases[0]);
    for (const word of new Set(head)) fit.add(stemWord(word));
    // "withdrew during the term": a verb names the code as the gloss's predicate, first; "contractor paid per job"
    // says how a contractor is paid, which a question's "paid us" is not about.
    // "accepted or allowed": a verb coordinated with the first is the predicate as well.
    head.forEach((word, at) => {
      if (at > 0 && isVerbForm(word) && !coordinatedVerb(head, at)) unfit.add(stemWord(word));
    });
  }
  for (const [stem, codes] of codesByStem) {
    if (codes.size !== 1 || !fit.has(stem) || unfit.has(stem)) continue;
    const target = targetOf([...codes][0]!);
    const known = lookup.glossWords.get(stem);
    if (!known) lookup.glossWords.set(stem, [target]);
    else if (!known.some((other) => other.key === target.key)) known.push(target);
  }
}

/** The code one word of its gloss names (addGlossWords), when exactly one column's codes single the word out. */
export function glossWordTargets(lookup: ValueLookup, word: string): readonly ValueTarget[] {
  const targets = lookup.glossWords.get(stemWord(word)) ?? [];
  return targets.length === 1 ? targets : [];
}

const PREPOSITION_SET: ReadonlySet<string> = new Set(PREPOSITIONS);

/**
 * The gloss's words up to its first preposition: "fixed on the first visit" → fixed; "recent tattoo or piercing" whole.
 * "registered as a debt at the centre" → registered, as, a, debt: "as" after an opening verb brings in what the row
 * is registered as, the code's own words, not a circumstance.
 */
function glossHeadWords(phrase: string): string[] {
  const words = phrase.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const cut = words.findIndex((word, at) => at > 0 && PREPOSITION_SET.has(word) && !(word === 'as' && at === 1 && isVerbForm(words[0]!)));
  return cut < 0 ? words : words.slice(0, cut);
}

const COORDINATOR_SET: ReadonlySet<string> = new Set(pick(COORDINATORS, 'and', 'or'));

/** "accepted or allowed": the verb at `at` follows "or"/"and" after the gloss's opening verb. */
function coordinatedVerb(head: readonly string[], at: number): boolean {
  return at === 2 && COORDINATOR_SET.has(head[1]!) && isVerbForm(head[0]!);
}

/** "paid", "withdrew", "charged", "trading": an inflected verb (English endings or the irregular verbs' table). */
export function isVerbForm(word: string): boolean {
  return ownEntry(IRREGULAR_VERBS, word) !== undefined || (/(ed|ing)$/.test(word) && inflectionBases(word).some((base) => base !== word));
}

/**
 * The noun a table's comment calls its rows by: the last word of its opening phrase, before any bracket, punctuation,
 * preposition or "and"/"or", past any verb that follows it ("Enforcement zone" → zone, "Quarry pits (sites) …" → pits,
 * "Products sold over the weighbridge" → products).
 */
export function rowNoun(comment: string): string | undefined {
  const opening = /^[^,;:.()\n]*/u.exec(comment.trim())![0]!.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const cut = opening.findIndex((word, at) => at > 0 && (PREPOSITION_SET.has(word) || COORDINATOR_SET.has(word)));
  const phrase = cut < 0 ? opening : opening.slice(0, cut);
  while (phrase.length > 1 && isVerbForm(phrase.at(-1)!)) phrase.pop();
  return phrase.at(-1);
}

function commentSource(table: string, column: string): string {
  return `${table}\u0000${column}`;
}

/** The stems of the nouns the tables' comments call their rows by (rowNoun), long enough to gloss a code. */
export function rowNounStems(tables: readonly CatalogTable[]): Set<string> {
  const nouns = tables.map((table) => (table.comment ? rowNoun(table.comment) : undefined));
  return new Set(nouns.filter((noun): noun is string => noun !== undefined && noun.length >= MIN_GLOSS_WORD).map(stemWord));
}

/** Where each word (stem) of the schema is used: "name" for a table's or column's name, else the comment's table and column. */
export function schemaWordSources(tables: readonly CatalogTable[]): Map<string, Set<string>> {
  const sources = new Map<string, Set<string>>();
  // A warehouse's 10,000 tables share a few hundred column names and templated comments: each text is split and
  // stemmed once, and a name seen before adds nothing ('name' is already among its stems' sources).
  const stemsOf = new Map<string, string[]>();
  const namesAdded = new Set<string>();
  const add = (text: string, source: string, identifier: boolean): void => {
    if (identifier) {
      if (namesAdded.has(text)) return;
      namesAdded.add(text);
    }
    const key = `${identifier ? 'i' : 't'}${text}`;
    let stems = stemsOf.get(key);
    if (stems === undefined) {
      const words = identifier ? splitIdentifier(text) : text.split(/[^\p{L}]+/u);
      stems = words.filter((word) => word.length >= MIN_GLOSS_WORD).map((word) => stemWord(word.toLowerCase()));
      stemsOf.set(key, stems);
    }
    for (const stem of stems) {
      const known = sources.get(stem) ?? new Set<string>();
      known.add(source);
      sources.set(stem, known);
    }
  };
  for (const table of tables) {
    add(table.name.split('.').pop()!, 'name', true);
    if (table.comment) add(table.comment, commentSource(table.name, ''), false);
    for (const column of table.columns) {
      add(column.name, 'name', true);
      if (column.comment) add(column.comment, commentSource(table.name, column.name), false);
    }
  }
  return sources;
}
