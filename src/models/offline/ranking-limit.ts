import type { QuestionAnalysis } from './analyze-question.js';
import type { QuestionWord } from './question-words.js';

/** The LIMIT of a ranking: the number written ("top 5"), else 1 for a singular noun ("which state") and 10 for a plural ("which customers"). */
export function rankingLimit(analysis: QuestionAnalysis, groupCount: number, named?: QuestionWord, byPeriod = false): number {
  const ranking = analysis.ranking!;
  if (ranking.explicit) return ranking.limit;
  if (byPeriod) return 1;
  const word = analysis.which?.at(-1) ?? named;
  return word && word.text !== word.stem && groupCount <= 1 ? 10 : 1;
}
