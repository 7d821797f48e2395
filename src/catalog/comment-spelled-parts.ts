import { isEnglishWord } from '../lexicon/is-english-word.js';
import { identifierParts } from './identifier-parts.js';
import { STOP_WORDS } from './stop-words.js';

/** A name or comment's owner as the catalog has it: a table's name and comment, and its columns'. */
export interface CommentedNames {
  name: string;
  comment?: string | null;
  columns: readonly { name: string; comment?: string | null }[];
}

/**
 * Class words a naming standard ends names with (a date, code, name, number, amount, type, flag, count): their listed
 * reading is the standard's own, so no comment rereads them.
 */
const CLASS_PARTS = /^(?:dt|cd|nm|no|nbr|num|amt|qty|flg|ind|desc|txt|pct|id|typ|cnt|ts|tm|yr)$/;
const VOWELS = /[aeiouy]/g;
/** A parenthesised phrase right after the words that spell the name: "Penalty charge notice (parking ticket)". */
const GLOSS = /^\s*\(([^()]+)\)/;
const MAX_GLOSS_WORDS = 3;

/**
 * A terse name's part as the name's own comment spells it out: a table's comment's words whose initials are the part
 * ("pcn", 'Penalty charge notice'; three letters or more; a column's initials, 'General Dental Council' of gdc_no,
 * name another body, not what the column holds; even where the part is a word itself: "ceo", 'Civil
 * enforcement officer'), or, for a part no dictionary word, the one comment word whose opening the part writes with
 * every consonant and in order ("bdg", 'Badge number'; "prm", 'Parking permit'; "trf", 'Tariff per hour'), with a
 * short phrase of words in brackets right after those words (no figures: '(70 GBP)' is an amount), which names the same thing in other words ('(parking ticket)').
 * The comment is the schema's author saying what the name stands for, so where it spells a part out it reads the part
 * better than any list of short forms ("prm" is a permit there, not a premium). A part read two ways by two comments is
 * left to the list; a part that is an English word, or a class word (dt, cd, nm …), is never reread.
 */
export function commentSpelledParts(tables: readonly CommentedNames[]): Map<string, string[]> {
  const found = new Map<string, string[] | null>();
  const read = (name: string, comment: string | null | undefined, table: boolean) => {
    if (!comment) return;
    for (const part of new Set(identifierParts(name))) {
      if (part.length < 2 || part.length > 6 || !/^[a-z]+$/.test(part) || CLASS_PARTS.test(part)) continue;
      const words = spelledIn(part, comment, isEnglishWord(part), table);
      if (!words) continue;
      const before = found.get(part);
      if (before === undefined) found.set(part, words);
      else if (before !== null && before.join(' ') !== words.join(' ')) found.set(part, null);
    }
  };
  for (const table of tables) {
    read(table.name, table.comment, true);
    for (const column of table.columns) read(column.name, column.comment, false);
  }
  return new Map([...found].filter((entry): entry is [string, string[]] => entry[1] !== null));
}

/** The comment's words that spell the part out, and a bracketed gloss right after them; undefined when none or two do. */
function spelledIn(part: string, comment: string, english: boolean, table: boolean): string[] | undefined {
  const tokens = [...comment.matchAll(/[A-Za-z]+/g)].map((match) => ({ word: match[0].toLowerCase(), start: match.index!, end: match.index! + match[0].length }));
  const matches: { from: number; to: number }[] = [];
  // Initials only of a table's own comment: a column's ('GDC number', 'General Dental Council') name another body.
  if (table && part.length >= 3) {
    for (let i = 0; i + part.length <= tokens.length; i++) {
      const run = tokens.slice(i, i + part.length);
      if (run.every((token, k) => token.word[0] === part[k] && token.word.length > 1 && !STOP_WORDS.has(token.word))) matches.push({ from: i, to: i + part.length });
    }
  }
  // A part that is itself a word ("ceo") may still be its comment's initials, but a word's letters are no vowel-dropped spelling.
  if (!english) for (const [i, token] of tokens.entries()) if (spellsOpening(part, token.word)) matches.push({ from: i, to: i + 1 });
  // "Incident log; … incidents off a job": one word in two numbers is one spelling.
  const spellings = new Set(matches.map((match) => tokens.slice(match.from, match.to).map((token) => token.word.replace(/s$/, '')).join(' ')));
  if (spellings.size !== 1) return undefined;
  const match = matches[0]!;
  const words = tokens.slice(match.from, match.to).map((token) => token.word);
  const gloss = GLOSS.exec(comment.slice(tokens[match.to - 1]!.end))?.[1];
  const glossWords = gloss && !/\d/.test(gloss) ? gloss.match(/[A-Za-z]+/g)?.map((word) => word.toLowerCase()) : undefined;
  return glossWords && glossWords.length <= MAX_GLOSS_WORDS ? [...words, ...glossWords] : words;
}

/**
 * "bdg" of badge, "trf" of tariff, "chal" of challenge: the part's letters open the word in order, and every consonant
 * of the word up to the last of them is one of them (its vowels may be dropped), the word a dictionary word longer than
 * the part.
 */
export function spellsOpening(part: string, word: string): boolean {
  if (word.length <= part.length || word[0] !== part[0] || STOP_WORDS.has(word)) return false;
  let at = 0;
  let end = 0;
  for (; end < word.length && at < part.length; end++) if (word[end] === part[at]) at++;
  if (at < part.length) return false;
  const consonants = (text: string) => text.replace(VOWELS, '');
  return consonants(word.slice(0, end)) === consonants(part) && isEnglishWord(word);
}

/** Marks a name text made of the words a comment spells a name with (spelledNameTexts), which grounding meets as written only. */
export const SPELLED_MARK = '\u0001';

/**
 * For grounding: each table's and column's name written in the words its comment spells its terse parts with
 * ("penalty charge notice parking ticket" for pcn, "badge" for ceo.bdg), marked with SPELLED_MARK. They name what
 * the names name, but they are a reading, so a question's word meets them as written (or in another number), not
 * through a synonym or a relative; and the offline model's reading of the names is left as it was.
 */
export function spelledNameTexts(table: CommentedNames): { table: string[]; column: string[] } {
  // Asked for a terse schema only (addNamedTables): a readable one's few short parts are read as written, and its
  // grounding must not take a reading as a sign of shorthand (the terse-listing judge reads the vocabulary's expanded words).
  const key = `${table.name}\u0000${table.comment ?? ''}\u0000${table.columns.map((column) => `${column.name}\u0000${column.comment ?? ''}`).join('\u0000')}`;
  let texts = remembered.get(key);
  if (!texts) {
    const spelled = commentSpelledParts([table]);
    const read = (name: string): string[] => {
      const parts = identifierParts(name);
      if (!parts.some((part) => spelled.has(part))) return [];
      const words = parts.flatMap((part) => spelled.get(part) ?? []);
      for (const word of words) if (spelledWords.size < MAX_SPELLED_WORDS) spelledWords.add(word);
      return [SPELLED_MARK + words.join(' ')];
    };
    texts = { table: read(table.name), column: table.columns.flatMap((column) => read(column.name)) };
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(key, texts);
  }
  return texts;
}

const MAX_REMEMBERED = 2_000;
const remembered = new Map<string, { table: string[]; column: string[] }>();

/** Every word spelledNameTexts gave, for isSpelledWord. */
const spelledWords = new Set<string>();
const MAX_SPELLED_WORDS = 20_000;

/**
 * Whether grounding has met the word only as a comment's spelling of a terse name: such a word is met by the question's
 * word as written or in another number, not by a word sharing its stem ("learners" is no "learning" of 'Guided
 * learning hours').
 */
export const isSpelledWord = (word: string): boolean => spelledWords.has(word);
