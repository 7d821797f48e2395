import { rememberedByText } from '../../catalog/remembered-by-text.js';
import { stemWord } from '../../catalog/stem-word.js';

export interface QuestionWord {
  /** Lower-case text of the word. */
  text: string;
  stem: string;
  /** Position among the question's words. */
  index: number;
  /** Character offset in the question. */
  offset: number;
  /** Punctuation (, ; : . ? !) follows the word, so a phrase cannot run past it. */
  clauseEnd: boolean;
  /** Written with a capital inside the sentence ("from California"): a name, so a value rather than a word for a column. */
  capitalized?: boolean;
}

/**
 * The question's words in order, lower-cased and stemmed for plurals. The planner, the question kinds, grounding and
 * the answer checks each ask for the same question's words: they are read once per text (recent texts kept), and
 * every caller gets its own array of the same word objects, which nobody changes.
 */
export function questionWords(question: string): QuestionWord[] {
  return rememberedByText(recent, question, () => readQuestionWords(question), MAX_RECENT).slice();
}

const recent = new Map<string, readonly QuestionWord[]>();
/** Questions in flight in a batch, and the other texts (phrases, comments) read as questions beside them. */
const MAX_RECENT = 256;

function readQuestionWords(question: string): QuestionWord[] {
  const words: QuestionWord[] = [];
  for (const match of question.matchAll(WORD)) {
    const offset = match.index ?? 0;
    const text = /^\d/.test(match[0]) ? numberText(match[0], question[offset - 1] ?? '') : match[0].toLowerCase().replace(/['’]s$/, '');
    const sentenceStart = words.length === 0 || words.at(-1)!.clauseEnd;
    words.push({ text, stem: stemWord(text), index: words.length, offset, clauseEnd: CLAUSE_END.has(nextNonSpace(question, offset + match[0].length)), capitalized: !sentenceStart && /^[A-Z]/.test(match[0]) });
  }
  return words;
}

/**
 * A number's text as SQL reads it: "50,000" without its commas, "20k" as 20000, and "£1.5m", "$2bn" (a sum of money,
 * where "m" cannot be metres) as millions and billions; "25m" elsewhere is left as written.
 */
function numberText(written: string, before: string): string {
  const scaled = /^(\d+(?:\.\d+)?)(k|m|bn)$/i.exec(written);
  const scale = scaled ? (scaled[2]!.toLowerCase() === 'k' ? 1e3 : CURRENCY.test(before) ? (scaled[2]!.toLowerCase() === 'm' ? 1e6 : 1e9) : undefined) : undefined;
  if (scaled && scale) return String(Math.round(Number(scaled[1]) * scale * 1e6) / 1e6);
  return scaled ? written.toLowerCase() : written.replace(/,/g, '');
}

const CURRENCY = /^[£$€¥]$/;

/** A number as written, "50,000" or "2.5" (one word, read without its commas), "20k", "1.5m", or a word with its "'s". */
const WORD = /\d+(?:\.\d+)?(?:[kKmM]|bn)(?![A-Za-z0-9])|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]*\d)|\d+\.\d+|[A-Za-z0-9]+(?:['’][A-Za-z]+)?/g;

const CLAUSE_END = new Set([',', ';', ':', '.', '?', '!', '(', ')']);

/** The first character from `from` on that is not white space (what trimStart() would keep), or '' at the end; no copy of the rest. */
function nextNonSpace(text: string, from: number): string {
  let at = from;
  while (at < text.length && WHITE_SPACE.test(text[at]!)) at++;
  return at < text.length ? text[at]! : '';
}

const WHITE_SPACE = /\s/;
