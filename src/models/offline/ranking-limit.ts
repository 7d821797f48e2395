import type { QuestionAnalysis } from './analyze-question.js';
import type { QuestionWord } from './question-words.js';
import { BE_FORMS, DO_FORMS, HAVE_FORMS } from '../../lexicon/auxiliaries.js';
import { pick, wordSet } from '../../lexicon/word-set.js';

/** Finite verbs that agree with a singular subject only: "Which species is the lightest?" asks for one. */
const SINGULAR_VERBS: ReadonlySet<string> = wordSet(pick(BE_FORMS, 'is', 'was'), pick(HAVE_FORMS, 'has'), pick(DO_FORMS, 'does'));

/**
 * The LIMIT of a ranking: the number written ("top 5"), else 1 for a singular noun ("which state") and 10 for a plural
 * ("which customers"); a noun the same in both numbers ("species", "sheep") is singular when its verb is.
 */
export function rankingLimit(analysis: QuestionAnalysis, groupCount: number, named?: QuestionWord, byPeriod = false): number {
  const ranking = analysis.ranking!;
  if (ranking.explicit) return ranking.limit;
  if (byPeriod) return 1;
  const word = analysis.which?.at(-1) ?? named;
  if (word && SINGULAR_VERBS.has(analysis.words[word.index + 1]?.text ?? '')) return 1;
  return word && word.text !== word.stem && groupCount <= 1 ? 10 : 1;
}
