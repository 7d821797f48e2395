import { normalizeValueText } from '../catalog/normalize-value-text.js';
import { wordSkeletons } from '../catalog/skeleton-codes.js';
import { VALUE_SYNONYM_SCORE } from '../catalog/values-by-synonym.js';
import { isDateFormatLiteral } from '../dialects/is-date-format-literal.js';
import { pertainedNouns } from '../lexicon/pertained-nouns.js';
import { questionWords } from '../models/offline/question-words.js';
import type { AnswerCheckRule } from './answer-facts.js';

const CLOSE_MATCH = 0.9;

/**
 * Every string the SQL filters on comes from the question: written in it, matched to its words by the
 * linker with confidence (or as a WordNet synonym), or stated by the schema, a metric or the docs ("status <> 'cancelled'" from a
 * column comment). A value the linker only guessed from a near spelling ("Ames" for "names") is not.
 */
export const checkLiterals: AnswerCheckRule = ({ question, sql, context }) => {
  const asked = ` ${normalizeValueText(question)} `;
  // "North Carolina" stored as 'NorthCarolina': two to four of the question's words written together.
  const words = asked.trim().split(' ');
  // Each source below is read only for a literal the ones before it leave unexplained: most SQL filters on words the
  // question writes, and the schema's comments, metrics and docs (joined and normalised) are the costliest to read.
  let glued: ReadonlySet<string> | undefined;
  const gluedWords = () => (glued ??= new Set(words.flatMap((_, k) => [2, 3, 4].map((n) => (k + n <= words.length ? words.slice(k, k + n).join('') : '')))));
  // "wooden" stored as 'WDN': a code spelling a question word's consonants.
  let skeletons: ReadonlySet<string> | undefined;
  const skeletonWords = () => (skeletons ??= new Set(words.flatMap(wordSkeletons)));
  let matched: ReadonlySet<string> | undefined;
  const matchedValues = () =>
    (matched ??= new Set(context.matched_values.filter((m) => m.score >= CLOSE_MATCH || m.score === VALUE_SYNONYM_SCORE).map((m) => normalizeValueText(m.value))));
  let described: string | undefined;
  const describedText = () =>
    (described ??= ` ${normalizeValueText(
      [
        ...context.table_schemas.flatMap((t) => [t.comment ?? '', ...t.columns.map((c) => c.comment ?? '')]),
        ...context.metrics.map((m) => `${m.filter ?? ''} ${m.expression} ${m.joins ?? ''}`),
        ...context.doc_passages.map((p) => p.text),
      ].join(' '),
    )} `);
  let unasked = [...new Set(sql.literals)].filter((literal) => {
    const value = normalizeValueText(literal.replace(/%/g, ' '));
    // A dialect's safe numeric cast tests text against an anchored pattern ('^\s*[-+]?[0-9]+…$'): no value of the question.
    if (isDateFormatLiteral(literal) || /^\^.*\$$/.test(literal)) return false;
    if (value.length === 0 || /^\d[\d\s:t.z-]*$/.test(value) || /^(year|quarter|month|week|day|hour|minute|second|dow|isodow|epoch)$/.test(value)) return false;
    return !asked.includes(` ${value}`) && !gluedWords().has(value) && !skeletonWords().has(value) && !matchedValues().has(value) && !describedText().includes(` ${value} `);
  });
  // "French singers" filtered on 'France': the noun the question's adjective pertains to (WordNet), looked up only when needed.
  const pertained = unasked.length > 0 ? new Set(questionWords(question).flatMap((word) => pertainedNouns(word.text)).map(normalizeValueText)) : new Set<string>();
  unasked = unasked.filter((literal) => !pertained.has(normalizeValueText(literal)));
  if (unasked.length === 0) return sql.literals.length > 0 ? { name: 'literals', passed: true, detail: 'every value the SQL filters on comes from the question or the schema' } : undefined;
  return { name: 'literals', passed: false, detail: `the SQL filters on ${unasked.map((v) => `'${v}'`).join(', ')}, which the question does not mention` };
};
