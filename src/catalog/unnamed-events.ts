import type { CatalogTable } from '../connectors/connector.js';
import { derivedForms, inflectionBases } from '../lexicon/derived-forms.js';
import { singular } from '../models/offline/singular.js';
import { splitIdentifier } from './split-identifier.js';
import { nearlySameWord } from '../models/offline/nearly-same-word.js';

/**
 * Questions whose measure lives in rows of events that point at the things asked about, which the question may leave
 * unnamed, so the linker also brings in the tables that reference the linked ones:
 * - "How many different vehicles were ticketed", "the number of distinct customers who ordered": things that repeat
 *   (a typo, "diffrent", still asks it);
 * - "Which customers have paid us the most overall?", "Which store took the most money?": a bare "the most" that names
 *   nothing after it (or only money) ranks by what the things' events add up to.
 */
const COUNT_THEN = /\b(?:how\s+many|number\s+of)\s+([a-z]+)/gi;
const DISTINCT_WORDS = ['different', 'distinct', 'unique'];
const BARE_EXTREME = /\bthe\s+(?:most|least)\b(?:\s*(?:[?.!,;:]|$)|\s+(?:money|overall|altogether|in\s+total|on|in|for|over|during|with|at|since|before|after|this|last|across)\b)/i;

export function asksOverUnnamedEvents(question: string): boolean {
  for (const match of question.matchAll(COUNT_THEN)) {
    const word = match[1]!.toLowerCase();
    if (DISTINCT_WORDS.some((d) => nearlySameWord(word, d))) return true;
  }
  return BARE_EXTREME.test(question);
}

/** A pronoun object, particle or article between a verb and "the most": "paid us the most", "brought in the most". */
const BETWEEN = /^(?:the|us|me|them|him|her|you|in|out|up)$/i;

/**
 * "Which customers have paid us the most overall?": the verb before a bare "the most" names the rows whose money or
 * number is ranked (pay → payments), which may be more than one join away from the linked tables. Positions of the
 * tables whose name's last word is a noun WordNet derives from that verb. Reads WordNet only for such a question.
 */
export function tablesNamedByExtremeVerb(tables: readonly CatalogTable[], question: string): number[] {
  const bare = BARE_EXTREME.exec(question);
  if (!bare) return [];
  const before = question.slice(0, bare.index).toLowerCase().match(/[a-z]+/g) ?? [];
  while (before.length > 0 && BETWEEN.test(before.at(-1)!)) before.pop();
  const verb = before.at(-1);
  if (!verb || verb.length < 3) return [];
  const nouns = new Set([...derivedForms(verb)].filter((form) => form !== verb && !inflectionBases(verb).includes(form)));
  const found: number[] = [];
  tables.forEach((table, position) => {
    const head = splitIdentifier(table.name.split('.').pop()!).at(-1)?.toLowerCase();
    if (head && (nouns.has(head) || nouns.has(singular(head)))) found.push(position);
  });
  return found;
}
