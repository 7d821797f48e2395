import { rememberedByText } from '../../catalog/remembered-by-text.js';
import { splitIdentifier } from '../../catalog/split-identifier.js';
import { stemWord } from '../../catalog/stem-word.js';
import { tablesTextKey } from '../../catalog/tables-text-key.js';
import type { TableSchema } from '../../context/context-schema.js';
import type { QuestionWord } from './question-words.js';
import type { Mention } from './schema-mentions.js';
import { ARTICLES, POSSESSIVE_DETERMINERS, QUANTIFIERS } from '../../lexicon/determiners.js';
import { NUMBER_WORDS } from '../../lexicon/numerals.js';
import { pick, wordSet } from '../../lexicon/word-set.js';
import { PERSONAL_PRONOUNS, RELATIVE_PRONOUNS, WH_WORDS } from '../../lexicon/pronouns.js';
import { PREPOSITIONS } from '../../lexicon/prepositions.js';
import { COORDINATORS } from '../../lexicon/conjunctions.js';
import { DO_FORMS, FINITE_BE, HAVE_FORMS } from '../../lexicon/auxiliaries.js';
import { NEGATORS } from '../../lexicon/negators.js';

/** Words that end a comment's opening noun phrase: relative words, prepositions, verbs and conjunctions. */
const PHRASE_ENDS: ReadonlySet<string> = wordSet(
  RELATIVE_PRONOUNS,
  pick(WH_WORDS, 'where', 'when'),
  pick(PREPOSITIONS, 'of', 'for', 'in', 'at', 'from', 'with', 'by', 'on', 'to', 'per', 'as'),
  pick(COORDINATORS, 'and', 'or'),
  FINITE_BE,
  pick(HAVE_FORMS, 'has', 'have'),
  pick(PERSONAL_PRONOUNS, 'we'),
  pick(POSSESSIVE_DETERMINERS, 'our'),
  pick(NUMBER_WORDS, 'one'),
  pick(QUANTIFIERS, 'each', 'every'),
  pick(NEGATORS, 'not', 'no'),
  pick(DO_FORMS, 'done'),
  ['held', 'made', 'sent', 'sold', 'bought', 'kept', 'paid', 'given', 'taken', 'run', 'seen', 'built', 'won', 'led', 'written'],
);
const LEADING: ReadonlySet<string> = wordSet(
  ARTICLES,
  pick(NUMBER_WORDS, 'one'),
  pick(QUANTIFIERS, 'each', 'every', 'all', 'any'),
  pick(POSSESSIVE_DETERMINERS, 'our'),
);
/** Heads that say what a table is, not what its rows are ("Lookup table of ...", "Details of ..."). */
const GENERIC_HEADS = new Set(['table', 'record', 'row', 'entry', 'list', 'data', 'detail', 'information', 'info', 'lookup', 'log', 'history', 'value', 'code', 'master', 'reference', 'link', 'mapping', 'map', 'view', 'note', 'see']);
const MAX_PHRASE_WORDS = 3;

/**
 * "organisations" for a table recipients commented 'Organisations that have received seed', "seed samples" for one
 * commented 'Seed samples sent out from an accession': the noun phrase a table's comment opens with names its rows,
 * as its name does when the question spells all of it; its head alone ("owner" of 'Dog owners') names them in part,
 * as one word of a longer name does. Words no full mention covers only, and never a head that is a word of the
 * schema's names (a comment that opens on a column: 'nights = 0 for day trips').
 */
export function commentHeadMentions(words: readonly QuestionWord[], tables: readonly TableSchema[], covered: ReadonlySet<number>): Mention[] {
  const phrases = tablePhrases(tables);
  if (phrases.length === 0) return [];
  const mentions: Mention[] = [];
  for (const { stems, table } of phrases) {
    const head = stems.at(-1)!;
    for (const word of words) {
      if (word.stem !== head || covered.has(word.index) || word.capitalized) continue;
      const start = word.index - stems.length + 1;
      const whole = start >= 0 && stems.every((stem, k) => words[start + k]!.stem === stem);
      mentions.push(whole ? { table, start, end: word.index + 1, full: true } : { table, start: word.index, end: word.index + 1, full: stems.length === 1 });
    }
  }
  return mentions;
}

const remembered = new Map<string, { stems: string[]; table: string }[]>();

/** Each table's opening phrase (stems), for heads one table alone has and no name spells: read once per linked tables' text. */
function tablePhrases(tables: readonly TableSchema[]): { stems: string[]; table: string }[] {
  return rememberedByText(remembered, tablesTextKey(tables), () => readTablePhrases(tables));
}

function readTablePhrases(tables: readonly TableSchema[]): { stems: string[]; table: string }[] {
  const nameParts = new Set(tables.flatMap((t) => [t.name, ...t.columns.map((c) => c.name)]).flatMap((name) => splitIdentifier(name).map((part) => stemWord(part.toLowerCase()))));
  const found = tables.flatMap((table) =>
    [commentPhrase(table.comment), ...bracketedRenames(table.comment)].flatMap((stems) => (stems && !nameParts.has(stems.at(-1)!) ? [{ stems, table: table.name }] : [])),
  );
  return found.filter((p) => found.filter((o) => o.stems.at(-1) === p.stems.at(-1)).length === 1);
}

/**
 * "Penalty charge notice (parking ticket)", "Kennel runs (pens)": one noun phrase (one to three words) in brackets
 * right after the opening noun phrase renames it, another name of the table's rows. Not brackets after other words
 * ("Lots of unroasted (green) coffee"), nor a list ("Storage units (rooms and lockers)", "(map, letter, photograph)"):
 * the kinds of row there are, which stored values may tell apart, not a name for every row. Nor one with a digit.
 */
export function bracketedRenames(comment: string | undefined): string[][] {
  const match = comment ? /^([^;:,.()=\-–—\n]*)\(([^()]*)\)/.exec(comment.trim()) : null;
  if (!match || !commentPhrase(match[1]!) || /[,;\d]/.test(match[2]!)) return [];
  const opening = match[1]!.trim().split(/\s+/).filter((token) => !LEADING.has(token.toLowerCase()));
  if (opening.some((token) => PHRASE_ENDS.has(token.toLowerCase()))) return [];
  // The whole of the bracket is the phrase: "a delivery of round logs" says what a row is, not another name for it.
  const tokens = match[2]!.trim().split(/\s+/).filter((token) => !LEADING.has(token.toLowerCase()));
  const stems = commentPhrase(match[2]!);
  return stems && stems.length === tokens.length ? [stems] : [];
}

/** The stems of the noun phrase the comment opens with ("Seed samples sent out ..." → seed, sample), when it ends at a clear boundary. */
export function commentPhrase(comment: string | undefined): string[] | undefined {
  if (!comment) return undefined;
  const opening = /^[^;:,.()=\-–—\n]*/.exec(comment.trim())?.[0] ?? '';
  const tokens = opening.split(/\s+/).filter(Boolean);
  let k = 0;
  while (k < tokens.length && LEADING.has(tokens[k]!.toLowerCase())) k++;
  const phrase: string[] = [];
  for (; k < tokens.length && !PHRASE_ENDS.has(tokens[k]!.toLowerCase()); k++) {
    // "A donor's appointment at a session": a possessive before the phrase is its determiner, not its head.
    if (phrase.length === 0 && /^[A-Za-z]+['’]s$/.test(tokens[k]!)) continue;
    if (!/^[A-Za-z]+$/.test(tokens[k]!)) return undefined;
    phrase.push(tokens[k]!.toLowerCase());
  }
  // "Vehicles owned by the company": a participle closes the phrase, not its head.
  while (phrase.length > 1 && /..ed$/.test(phrase.at(-1)!)) phrase.pop();
  if (phrase.length === 0 || phrase.length > MAX_PHRASE_WORDS) return undefined;
  const stems = phrase.map(stemWord);
  // "Incident log", "Payment records": a head that only says the table keeps them leaves the rows to the noun before it.
  if (stems.length > 1 && GENERIC_HEADS.has(stems.at(-1)!)) stems.pop();
  return stems.at(-1)!.length >= 3 && !GENERIC_HEADS.has(stems.at(-1)!) ? stems : undefined;
}
