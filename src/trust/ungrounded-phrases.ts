import type { GroundedWord } from './ground-question.js';

/** The ungrounded words joined into the phrases the question wrote them in: "national animal", "Canada". */
export function ungroundedPhrases(question: string, open: readonly GroundedWord[]): string[] {
  const phrases: string[] = [];
  let start: GroundedWord | undefined;
  let last: GroundedWord | undefined;
  const close = () => {
    if (start && last) phrases.push(question.slice(start.word.offset, last.word.offset + last.word.text.length));
    start = last = undefined;
  };
  for (const entry of [...open].sort((a, b) => a.word.index - b.word.index)) {
    if (last && entry.word.index === last.word.index + 1 && !last.word.clauseEnd) last = entry;
    else {
      close();
      start = last = entry;
    }
  }
  close();
  return [...new Set(phrases.map((phrase) => phrase.replace(/['’]s$/, '')))];
}

/** "'a', 'b' or 'c'" */
export function listPhrases(phrases: readonly string[]): string {
  const quoted = phrases.map((phrase) => `'${phrase}'`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}
