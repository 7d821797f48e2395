import { stemWord } from '../../catalog/stem-word.js';
import { STOP_WORDS } from '../../catalog/stop-words.js';
import { rememberedByText } from '../../catalog/remembered-by-text.js';
import { tablesTextKey } from '../../catalog/tables-text-key.js';
import type { TableSchema } from '../../context/context-schema.js';
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../../lexicon/determiners.js';
import { NUMBER_WORDS } from '../../lexicon/numerals.js';
import { PREPOSITIONS } from '../../lexicon/prepositions.js';
import { pick, wordSet } from '../../lexicon/word-set.js';
import type { QuestionWord } from './question-words.js';
import type { Mention } from './schema-mentions.js';

/** Words that only say which one ("a", "our", "one"): skipped on both sides when a comment's words are matched. */
const SKIPPED: ReadonlySet<string> = wordSet(ARTICLES, POSSESSIVE_DETERMINERS, pick(NUMBER_WORDS, 'one'));
/** Words that join a comment's noun to its complement ("Price of one session"): matched, but never counted as naming. */
const LINKS: ReadonlySet<string> = wordSet(pick(PREPOSITIONS, 'of', 'per', 'for', 'in', 'on', 'at', 'to', 'from', 'by', 'with'));
/** How many of a comment's own words the question must spell in a row, in the comment's order. */
const MIN_NAMING_WORDS = 2;

interface CommentWords {
  table: string;
  column: string;
  /** Stems of the comment's opening clause, determiners left out. */
  stems: string[];
  /** How many of them make its opening noun phrase, before the first "of", "in" …: a run must spell all of it. */
  phrase: number;
}

const remembered = new Map<string, CommentWords[]>();

/** Each commented column's opening clause (up to the first ; : , ( = or dash), as stems without determiners: read once per linked tables' text. */
function commentWords(tables: readonly TableSchema[]): CommentWords[] {
  return rememberedByText(remembered, tablesTextKey(tables), () => readCommentWords(tables));
}

function readCommentWords(tables: readonly TableSchema[]): CommentWords[] {
  const found: CommentWords[] = [];
  for (const table of tables) {
    for (const column of table.columns) {
      const clause = /^[^;:,.()=\-–—\n]*/.exec((column.comment ?? '').trim())?.[0] ?? '';
      const tokens = clause.toLowerCase().split(/\s+/).filter((token) => token && !SKIPPED.has(token));
      // A comment that opens with a code or a number ("A open all year", "1 = yes") glosses values, it names nothing.
      const head = tokens.findIndex((token) => !/^[a-z][a-z'-]*$/.test(token));
      const stems = (head < 0 ? tokens : tokens.slice(0, head)).map((token) => stemWord(token));
      const link = stems.findIndex((stem) => LINKS.has(stem));
      if (stems.length >= MIN_NAMING_WORDS) found.push({ table: table.name, column: column.name, stems, phrase: link < 0 ? stems.length : link });
    }
  }
  return found;
}

const names = (stem: string): boolean => !LINKS.has(stem) && !STOP_WORDS.has(stem) && stem.length >= 3;

/**
 * "the average purchase price" where pur_amt is commented 'Purchase price in GBP', "the price of a session" for ses_pnc
 * 'Price of one session in pence', "model names" for sctr_nm 'Model name': the question spells the words a column's
 * comment opens with, in its order, from its first word on (determiners left out on both sides, "of" and the like
 * matched but not counted), at least two words that name something and the whole of its opening noun phrase ("net
 * explosive" is not 'Net explosive content of one unit'). The longest such run names that column outright,
 * as its name would; two columns named by runs as long name neither. Only words no name, table comment or earlier
 * reading has taken (`covered`): the comment fills a gap, it never overrides a name.
 */
export function commentPhraseMentions(words: readonly QuestionWord[], tables: readonly TableSchema[], covered: ReadonlySet<number>): Mention[] {
  const comments = commentWords(tables);
  if (comments.length === 0) return [];
  const best = new Map<number, { end: number; targets: CommentWords[] }>();
  for (let start = 0; start < words.length; start++) {
    if (SKIPPED.has(words[start]!.text) || covered.has(start)) continue;
    for (const comment of comments) {
      let at = start;
      let k = 0;
      let naming = 0;
      let end = start;
      while (at < words.length && k < comment.stems.length) {
        if (SKIPPED.has(words[at]!.text) && at > start) {
          at++;
          continue;
        }
        const stem = comment.stems[k]!;
        if (words[at]!.stem !== stem && stemWord(words[at]!.text) !== stem) break;
        if (names(stem)) naming++;
        at++;
        k++;
        // A run ends on a word that names something, never on "of".
        if (names(stem)) end = at;
      }
      if (naming < MIN_NAMING_WORDS || k < comment.phrase || !names(comment.stems[0]!)) continue;
      const held = best.get(start);
      if (!held || end > held.end) best.set(start, { end, targets: [comment] });
      else if (end === held.end && !held.targets.some((t) => t.table === comment.table && t.column === comment.column)) held.targets.push(comment);
    }
  }
  const mentions: Mention[] = [];
  for (const [start, { end, targets }] of best) {
    if (targets.length !== 1) continue;
    if (Array.from({ length: end - start }, (_, k) => start + k).some((at) => covered.has(at))) continue;
    mentions.push({ table: targets[0]!.table, column: targets[0]!.column, start, end, full: true });
  }
  return mentions;
}
