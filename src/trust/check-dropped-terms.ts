import { questionWords } from '../models/offline/question-words.js';
import type { AnswerCheckRule, AnswerFacts } from './answer-facts.js';
import { sqlReadsWord } from './sql-reads-word.js';
import { hasSense } from '../lexicon/has-sense.js';
import { wordRoot } from '../models/offline/word-root.js';
import { columnCodeGlosses } from './code-glosses.js';

/** "US", "GP", "B2B", "SKUs": capitals or letters with digits, which name a kind or a value. */
const ACRONYM = /^(?:[A-Z][A-Z0-9]*[A-Z0-9](?:s)?|[A-Za-z]+\d+[A-Za-z]+)$/;
/** Capitals that name no kind: the pronoun, ids, times of day, dates ("Q3", "H1", "W12") and roman numerals. */
const NOT_A_TERM = /^(I|ID|IDS|IDs|OK|AM|PM|[QHW]\d+|[IVXLC]+)$/;
/** Two-letter words English uses for grammar; any other ("ad", "tv") is a noun that may modify the next. */
const GRAMMAR_PAIRS = new Set('of in to is an at on by or me us we my up no so do go it as be he if am oh ok vs id per'.split(' '));
/** Units of time: "year-over-year", "month-to-date" are read by the date logic, not by a column. */
const TIME_UNIT = /^(day|days|week|weeks|month|months|quarter|quarters|year|years|date|time)$/;

/**
 * Terms the usual content-word reading skips because they are short, capitals or glued by hyphens: an acronym
 * ("singers from the US", "GP appointments"), a two-letter noun before the counted rows ("ad templates") or a
 * hyphenated phrase of three words or more ("pay-as-you-go riders") or of two that WordNet knows as one noun ("no-shows"). Each names a kind or a value; an answer
 * whose SQL neither reads an identifier for it nor filters on a value it spells (or abbreviates: "US" as
 * 'United States') has dropped it.
 */
export const checkDroppedTerms: AnswerCheckRule = (facts) => {
  const terms = candidateTerms(facts.question);
  if (terms.length === 0) return undefined;
  const dropped = terms.filter((term) => !addressed(facts, term));
  return dropped.length === 0
    ? { name: 'dropped_term', passed: true, detail: `the SQL reads ${terms.map((t) => `"${t}"`).join(', ')}` }
    : { name: 'dropped_term', passed: false, detail: `the SQL neither reads nor filters on ${dropped.map((t) => `"${t}"`).join(', ')}` };
};

function candidateTerms(question: string): string[] {
  const terms: string[] = [];
  const words = questionWords(question);
  for (const match of question.matchAll(/(?<![\w'’-])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![\w'’-])/g)) {
    const token = match[0];
    const inQuotes = /['"‘“]$/.test(question.slice(0, match.index)) && /^['"’”]/.test(question.slice(match.index + token.length));
    if (inQuotes || /^\d/.test(token)) continue;
    const parts = token.split('-');
    if (parts.length >= 3) {
      if (!parts.some((part) => TIME_UNIT.test(part.toLowerCase()))) terms.push(token);
      continue;
    }
    // "no-shows", "walk-ins": two words WordNet knows as one noun name a kind or a value like an acronym does.
    if (parts.length === 2 && parts.every((part) => /^[a-z]+$/i.test(part)) && hasSense('noun', token.toLowerCase())) terms.push(token);
    if (parts.length > 1) continue;
    if (ACRONYM.test(token) && !NOT_A_TERM.test(token)) {
      terms.push(token);
      continue;
    }
    // "ad templates": a two-letter noun right before a longer word, so it modifies it.
    const at = words.findIndex((w) => w.offset === match.index);
    const next = words[at + 1];
    if (/^[a-z]{2}$/.test(token) && !GRAMMAR_PAIRS.has(token) && at >= 0 && !words[at]!.clauseEnd && next && /^[a-z]{4,}$/.test(next.text)) terms.push(token);
  }
  return [...new Set(terms)];
}

function addressed({ sql, context }: AnswerFacts, term: string): boolean {
  const lower = term.toLowerCase();
  const bare = /[a-z]s$/.test(term) && /[A-Z]/.test(term) ? lower.slice(0, -1) : lower;
  const parts = lower.split('-').filter((part) => part.length >= 3);
  if (lower.includes('-') && parts.length > 0) {
    return parts.some((part) => sqlReadsWord(part, sql.roots) || [part, wordRoot(part), part.replace(/s$/, '')].some((form) => sql.literals.some((literal) => literal.includes(form))));
  }
  if (sql.roots.has(lower) || sql.roots.has(bare)) return true;
  if (bare.length >= 3 && sqlReadsWord(bare, sql.roots)) return true;
  // "DIY livery" as livery_type = 'D', whose comment glosses D as "DIY livery": a code the term's gloss names.
  if (glossedCodeFiltered(context.table_schemas, sql, bare)) return true;
  return sql.literals.some((literal) => {
    const words = literal.split(/[^a-z0-9]+/).filter(Boolean);
    // The literal is the term, holds it as a word ("USA" for "US" too), or is spelled by its initials ("United States").
    return literal === bare || words.some((w) => w === bare || (bare.length >= 2 && w.startsWith(bare) && w.length === bare.length + 1)) || (words.length >= 2 && words.map((w) => w[0]).join('') === bare);
  });
}

/** The SQL compares a column with a code its comment glosses with the term ("D DIY livery" for "DIY"). */
function glossedCodeFiltered(tables: AnswerFacts['context']['table_schemas'], sql: AnswerFacts['sql'], term: string): boolean {
  return columnCodeGlosses(tables).some(
    ({ column, code, gloss }) =>
      sql.literals.includes(code.toLowerCase()) && sql.code.toLowerCase().includes(column.name.toLowerCase()) && (gloss.toLowerCase().match(/[a-z0-9]+/g) ?? []).some((word) => word === term),
  );
}
