import { countBytePairTokens } from './count-byte-pair-tokens.js';

/**
 * Prompts repeat: the instructions, the schema of a namespace and the template's fixed text come back in every
 * call of a batch. Counts of recent texts are kept so the tokenizer (the costliest part of building a prompt)
 * runs once per distinct text.
 */
const RECENT_COUNTS_LIMIT = 512;
const recentCounts = new Map<string, number>();

/** Texts up to this length are tokenised; the rest of a longer text is estimated at four characters a token. */
const EXACT_CHARS = 32_000;
/**
 * Byte-pair merging is quadratic in the length of one pre-token, and a run of letters or digits without a break
 * is one pre-token ('q' x 40,000 took two minutes). Runs far longer than any word (a thousand characters cost at
 * most ~75 ms) are estimated from their UTF-8 size instead; shorter ones, such as identifiers glued together, are
 * counted exactly.
 */
const LONG_RUN = /[\p{L}\p{M}]{1000,}|[^\s\p{L}\p{N}]{1000,}|\s{1000,}/gu;
const CHARS_PER_TOKEN = 4;

/**
 * No pre-token of o200k's split pattern runs from a newline into a letter or digit, so a text's lines starting there
 * encode apart and their counts add up exactly. Lines repeat far more than whole prompts (a schema line comes back in
 * every question of a batch; the question line does not), so each line is tokenised once.
 */
const LINE_START = /(?<=\n)(?=[\p{L}\p{N}])/u;
const LINE_COUNTS_LIMIT = 20_000;
const lineCounts = new Map<string, number>();

function encodedLength(text: string): number {
  let total = 0;
  for (const line of text.split(LINE_START)) {
    let count = lineCounts.get(line);
    if (count === undefined) {
      // Special-token markers in user text are counted as plain text rather than rejected.
      count = countBytePairTokens(line);
      if (lineCounts.size >= LINE_COUNTS_LIMIT) lineCounts.delete(lineCounts.keys().next().value!);
      lineCounts.set(line, count);
    }
    total += count;
  }
  return total;
}

/** Tokens of `text` in o200k_base (GPT-4o family); a close estimate for other OpenAI-compatible models. */
export function countTokens(text: string): number {
  if (text.length === 0) return 0;
  const known = recentCounts.get(text);
  if (known !== undefined) return known;
  const count = (text.length <= EXACT_CHARS ? countByCleanLines(text) : undefined) ?? countWithLongRuns(text);
  if (recentCounts.size >= RECENT_COUNTS_LIMIT) recentCounts.delete(recentCounts.keys().next().value!);
  recentCounts.set(text, count);
  return count;
}

/** The whole text through LONG_RUN, then by lines: what every text took before the clean-line path (exported for its test). */
export function countWithLongRuns(text: string): number {
  const head = text.length > EXACT_CHARS ? text.slice(0, EXACT_CHARS) : text;
  let estimated = Math.ceil((text.length - head.length) / CHARS_PER_TOKEN);
  const shortRuns = head.replace(LONG_RUN, (run) => {
    estimated += Math.ceil(Buffer.byteLength(run) / CHARS_PER_TOKEN);
    return ' ';
  });
  return encodedLength(shortRuns) + estimated;
}

/**
 * Lines known to hold no LONG_RUN, with their counts. No LONG_RUN crosses a LINE_START (a letter run cannot include
 * the newline before it, and a run of whitespace or of symbols cannot include the letter or digit after it), so a
 * text whose lines are all clean is one LONG_RUN leaves whole, and its count is the sum of theirs. Only a line not
 * seen before is searched for long runs (the search cost ~0.2 ms on every prompt of a batch, ~5 KB each, when it
 * ran over the whole text).
 */
const cleanLineCounts = new Map<string, number>();
const HAS_LONG_RUN = /[\p{L}\p{M}]{1000}|[^\s\p{L}\p{N}]{1000}|\s{1000}/u;

/** The count of a text whose lines are all clean, or undefined at its first line that is not. */
function countByCleanLines(text: string): number | undefined {
  let total = 0;
  let start = 0;
  while (start < text.length) {
    const end = nextLineStart(text, start);
    const line = text.slice(start, end);
    let count = cleanLineCounts.get(line);
    if (count === undefined) {
      if (line.length >= 1000 && HAS_LONG_RUN.test(line)) return undefined;
      count = countBytePairTokens(line);
      if (cleanLineCounts.size >= LINE_COUNTS_LIMIT) cleanLineCounts.delete(cleanLineCounts.keys().next().value!);
      cleanLineCounts.set(line, count);
    }
    total += count;
    start = end;
  }
  return total;
}

/**
 * A bound from above on countTokens(text), at most its UTF-8 size, taken without the tokenizer: the counts of lines already counted, and the
 * UTF-8 size of the rest (every o200k token is at least one byte). No LONG_RUN crosses a LINE_START, so in a text of
 * at most EXACT_CHARS whose unseen lines hold no long run the count is the sum of its lines' counts, each at most its
 * bytes; otherwise the text's own size bounds it, as the long-run estimate never exceeds the bytes it stands for.
 * A batch's prompts share their schema lines, so this is close to the count once the first prompt has been counted.
 */
export function tokensAtMost(text: string): number {
  const known = recentCounts.get(text);
  if (known !== undefined) return known;
  if (text.length > EXACT_CHARS) return Buffer.byteLength(text);
  let total = 0;
  let start = 0;
  while (start < text.length) {
    const end = nextLineStart(text, start);
    const line = text.slice(start, end);
    const count = cleanLineCounts.get(line);
    if (count !== undefined) total += count;
    else if (line.length >= 1000 && HAS_LONG_RUN.test(line)) return Buffer.byteLength(text);
    else total += Buffer.byteLength(line);
    start = end;
  }
  return total;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/** Where the line that starts at `from` ends: the next LINE_START (after a newline, before a letter or digit), else the text's end. */
function nextLineStart(text: string, from: number): number {
  let newline = text.indexOf('\n', from);
  while (newline >= 0 && newline + 1 < text.length) {
    const next = text.charCodeAt(newline + 1);
    const isWordStart =
      next < 128
        ? (next >= 48 && next <= 57) || (next >= 65 && next <= 90) || (next >= 97 && next <= 122)
        : LETTER_OR_DIGIT.test(text.slice(newline + 1, newline + 3));
    if (isWordStart) return newline + 1;
    newline = text.indexOf('\n', newline + 1);
  }
  return text.length;
}
