import type { QuestionSlot } from './retrieved-example-schema.js';

/** Words of a question the catalog matched to a stored value. */
export interface KnownValue {
  text: string;
  value: string;
}

export interface MaskedQuestion {
  /** Lower-cased words with each value replaced by its placeholder: "orders from <value> in <number>". */
  masked: string;
  /** The masked values, in question order. */
  slots: QuestionSlot[];
}

interface Span extends QuestionSlot {
  start: number;
  end: number;
}

const QUOTED = /(?<![\p{L}\p{N}])(?:'([^'\n]+)'|"([^"\n]+)"|“([^”\n]+)”|‘([^’\n]+)’)(?![\p{L}\p{N}])/gu;
const ISO_DATE = /(?<![\p{L}\p{N}])\d{4}-\d{2}-\d{2}(?![\p{L}\p{N}])/gu;
const NUMBER = /(?<![\p{L}\p{N}.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\p{L}\p{N}]|[.,]\d)/gu;
const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{N}'’&-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&-]*)*/gu;

/**
 * Replaces the values a question names (numbers, dates, quoted strings, catalog values, capitalised names) with
 * placeholders, so "orders from Texas in 2024" and "orders from California in 2023" mask to the same text.
 * The first word of a sentence is a name only when the catalog knows it.
 */
export function maskQuestion(question: string, known: readonly KnownValue[] = []): MaskedQuestion {
  const spans: Span[] = [];
  const free = (start: number, end: number) => spans.every((span) => end <= span.start || start >= span.end);
  const add = (span: Span) => {
    if (span.end > span.start && free(span.start, span.end)) spans.push(span);
  };

  for (const match of question.matchAll(QUOTED)) {
    const inner = match[1] ?? match[2] ?? match[3] ?? match[4] ?? '';
    add({ kind: 'string', text: inner, start: match.index, end: match.index + match[0].length });
  }
  for (const match of question.matchAll(ISO_DATE)) add({ kind: 'date', text: match[0], start: match.index, end: match.index + match[0].length });
  for (const match of question.matchAll(NUMBER)) add({ kind: 'number', text: match[0], start: match.index, end: match.index + match[0].length });
  const lower = question.toLowerCase();
  for (const value of [...known].sort((a, b) => b.text.length - a.text.length)) {
    const text = value.text.toLowerCase();
    if (!text.trim()) continue;
    for (let at = lower.indexOf(text); at >= 0; at = lower.indexOf(text, at + 1)) {
      const end = at + text.length;
      if (isWordEdge(question, at - 1) && isWordEdge(question, end)) add({ kind: 'value', text: question.slice(at, end), value: value.value, start: at, end });
    }
  }
  for (const match of question.matchAll(CAPITALISED_RUN)) {
    let start = match.index;
    let text = match[0];
    if (startsSentence(question, start)) {
      const rest = /\s+/.exec(text);
      if (!rest) continue;
      start += rest.index + rest[0].length;
      text = text.slice(rest.index + rest[0].length);
    }
    if (text.length > 1) add({ kind: 'value', text, start, end: start + text.length });
  }

  spans.sort((a, b) => a.start - b.start);
  const words: string[] = [];
  let at = 0;
  for (const span of spans) {
    words.push(...plainWords(question.slice(at, span.start)), `<${span.kind}>`);
    at = span.end;
  }
  words.push(...plainWords(question.slice(at)));
  return { masked: words.join(' '), slots: spans.map(({ kind, text, value }) => (value === undefined ? { kind, text } : { kind, text, value })) };
}

function plainWords(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

function isWordEdge(text: string, index: number): boolean {
  return index < 0 || index >= text.length || !/[\p{L}\p{N}]/u.test(text[index]!);
}

function startsSentence(text: string, index: number): boolean {
  const before = text.slice(0, index);
  return before.trim() === '' || /[.!?:;]\s*$/.test(before);
}
