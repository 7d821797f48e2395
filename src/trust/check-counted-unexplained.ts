import { unaddressedPhrases } from '../models/offline/unaddressed-phrases.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { sqlReadsSynonym } from './sql-reads-synonym.js';
import { sqlReadsWord } from './sql-reads-word.js';
import { FINITE_AUXILIARIES, MODALS } from '../lexicon/auxiliaries.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { RELATIVE_PRONOUNS } from '../lexicon/pronouns.js';
import { PRO_ADVERBS } from '../lexicon/function-adverbs.js';
import { pick, wordSet } from '../lexicon/word-set.js';

/** Words that end the noun phrase "how many" counts: a verb of its clause or a preposition. */
const PHRASE_END: ReadonlySet<string> = wordSet(
  FINITE_AUXILIARIES,
  pick(MODALS, 'can', 'will', 'would'),
  pick(PREPOSITIONS, 'in', 'on', 'at', 'of', 'for', 'with', 'from', 'by', 'to', 'per', 'during', 'since', 'before', 'after'),
  pick(RELATIVE_PRONOUNS, 'that', 'who', 'which'),
  pick(PRO_ADVERBS, 'there'),
);

/**
 * "How many cases did we take on in 2025?" answered by counting timeEntry rows: the reflection found nothing in the
 * schema for "cases", and the table counted is tied to it only by a loose WordNet kinship ("case" and "time" are both
 * occasions), not by its name or a synonym. What is counted is then the SQL's guess, not what the question names.
 */
export const checkCountedUnexplained: AnswerCheckRule = ({ analysis, sql, context, attempt, tree }) => {
  if (!tree || !sql.aggregates.has('count')) return undefined;
  const words = analysis.words;
  const many = words.findIndex((word, k) => word.text === 'many' && words[k - 1]?.text === 'how');
  if (many < 0) return undefined;
  // The counted noun is the first plural of the phrase ("how many current members", "how many cases did …"); the
  // verb after it ("how many flights depart") is no noun.
  let head: string | undefined;
  for (let k = many + 1; k <= many + 3 && k < words.length; k++) {
    const text = words[k]!.text;
    if (PHRASE_END.has(text)) break;
    if (/[^s]s$/.test(text)) {
      head = text;
      break;
    }
    if (words[k]!.clauseEnd) break;
  }
  if (!head || head.length < 4) return undefined;
  const open = new Set(unaddressedPhrases(context, attempt.sql).flatMap((phrase) => phrase.phrase.split(' ')));
  if (!open.has(head) || sqlReadsWord(head, sql.roots)) return undefined;
  // Asked last: WordNet is read only for a counted word nothing in the schema explains.
  if (sqlReadsSynonym(head, sql.roots)) return undefined;
  return { name: 'counted_unexplained', passed: false, detail: `the question counts "${head}", which nothing in the schema names, and the SQL counts ${tree.tables.map((t) => t.name).join(' joined to ')} rows, which neither name it nor a synonym of it` };
};
