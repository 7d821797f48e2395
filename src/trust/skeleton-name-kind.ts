import { expandNameParts } from '../catalog/expand-terse-name.js';
import { isEnglishWord } from '../lexicon/is-english-word.js';
import { isSkeletonOf } from '../models/offline/is-skeleton-of.js';
import type { QuestionWord } from '../models/offline/question-words.js';
import type { Evidence } from './ground-question.js';

interface KindRoots {
  byKind: Record<Evidence, Set<string>>;
  expanded: Set<string>;
}

/** Names only: a comment's words are prose, not shorthand. */
const NAME_KINDS: readonly Evidence[] = ['column', 'table'];
const VOWEL = /[aeiou]/;

/**
 * The kind of name a question word's skeleton is ("clients" where a clnt table is, "manager" of acct_mgr, "invoice" of
 * inv): a name part of three or four letters, no English word, that keeps the word's first and last letters and some
 * consonants between, in order (is-skeleton-of.ts), or that starts the word with consonants only. The offline model
 * reads such a part as the word (shortened-name-part.ts); a schema only half in shorthand is not read as terse, so its
 * names would otherwise ground nothing, and a terse schema's reading leaves three-letter skeletons it has no list for
 * ("rdg" of reading) as written. Names only, not comments.
 */
export function skeletonNameKind(word: QuestionWord, roots: KindRoots): Evidence | undefined {
  // A schema read as terse has had its shorthand read already ("dlr" as dealer): its names are met as read, and only
  // a part its reading left as written ("rdg", "twn" beside mtr read as meter) is still met by the word it shortens.
  const terse = roots.expanded.size > 0;
  const names = (kind: Evidence, name: string) => roots.byKind[kind].has(name) && !roots.expanded.has(name);
  const unread = (name: string) => !terse || expandNameParts([name]).join(' ') === name;
  const short = shortenedName(word, (name) => NAME_KINDS.some((kind) => names(kind, name)) && unread(name));
  return short === undefined ? undefined : NAME_KINDS.find((kind) => names(kind, short));
}

/** The name part (of those `named` accepts) that shortens a question word as skeletonNameKind reads it, if any. */
export function shortenedName(word: QuestionWord, named: (name: string) => boolean): string | undefined {
  const singular = /[^s]s$/.test(word.text) ? word.text.slice(0, -1) : word.text;
  // The longest first: "clnt" is the client's, though "cnt" (a count) keeps its letters too.
  const candidates = [...new Set([...skeletons(singular), ...skeletons(word.stem)])].sort((a, b) => b.length - a.length);
  // The dictionary last: "cnt" may shorten count as well as client, but a part that is a word is that word.
  return candidates.find((short) => named(short) && !isEnglishWord(short));
}

/**
 * The three- and four-letter skeletons of a word (its first letter, one or two of its inner consonants in order, its
 * last letter), and its start when that is its first letter and consonants only ("inv" of invoice).
 */
function skeletons(word: string): string[] {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return [];
  const first = word[0]!;
  const last = word.at(-1)!;
  const inner = [...word.slice(1, -1)].filter((letter) => !VOWEL.test(letter));
  const found = new Set<string>();
  for (let i = 0; i < inner.length; i++) {
    found.add(first + inner[i] + last);
    for (let j = i + 1; j < inner.length; j++) found.add(first + inner[i] + inner[j] + last);
  }
  const skeletal = [...found].filter((short) => isSkeletonOf(short, word));
  // "inv" of invoice: the start of the word, cut before its next vowel.
  const start = /^[a-z][^aeiou]{2,3}/.exec(word)?.[0];
  return start && start.length < word.length / 2 + 1 ? [...skeletal, start.slice(0, 3), ...(start.length === 4 ? [start] : [])] : skeletal;
}
