import type { AnswerCheckRule } from './answer-facts.js';

const ASKS_MOST_COMMON = /\bmost (common|frequent|popular|usual)\b|\bmost often\b/i;

/** "top 3", "the most", "the cheapest", "most common", "the first X": the SQL must order (or take a MIN/MAX) before it answers. */
/** "the first transcript", "the latest order" rank by time; "the last 30 days", "last month" are periods. */
const ASKS_FIRST_OR_LAST = /\bthe (first|last|earliest|latest|newest|oldest|most recent)\s+(?!\d|(?:few|couple|days?|weeks?|months?|quarters?|years?|hours?|minutes?|time|one|two|three|name|names)\b|(?:and|or)\s+(?:second|third|last|middle)\b)[a-z]/i;

export const checkRanking: AnswerCheckRule = ({ question, analysis, attempt, sql }) => {
  if (!analysis.ranking && !ASKS_MOST_COMMON.test(question) && !ASKS_FIRST_OR_LAST.test(question)) return undefined;
  // ORDER BY over one aggregated row ranks nothing.
  const ordersRows = sql.ordered && (sql.grouped || sql.aggregates.size === 0 || /\(\s*select\b/.test(sql.code));
  const ranks = ordersRows || sql.windowed || sql.aggregates.has('max') || sql.aggregates.has('min');
  if (!ranks) return { name: 'ranking', passed: false, detail: 'the question asks for the top or the most, but the SQL neither orders nor takes a maximum' };
  if (sortsOnlyItsGroups(sql.code) && !sql.windowed && !sql.aggregates.has('max') && !sql.aggregates.has('min')) {
    return { name: 'ranking', passed: false, detail: 'the question asks for the top or the most, but the SQL only sorts its groups by their keys and keeps them all' };
  }
  if (ASKS_MOST_COMMON.test(question) && !sql.aggregates.has('count') && !sql.aggregates.has('sum')) {
    return { name: 'ranking', passed: false, detail: 'the question asks for the most common, but the SQL counts nothing' };
  }
  const limit = analysis.ranking?.explicit ? analysis.ranking.limit : undefined;
  const grouped = analysis.byPhrases.some((phrase) => phrase.keyword !== 'by');
  if (limit !== undefined && !grouped && attempt.row_count > limit && !sql.windowed) {
    return { name: 'ranking', passed: false, detail: `the question asks for the top ${limit}, but the answer has ${attempt.row_count} rows` };
  }
  const cut = /\blimit\s+(\d+)/.exec(sql.code);
  if (analysis.ranking && !analysis.ranking.explicit && !analysis.sort && !grouped && cut && Number(cut[1]) > 1 && !/\bthe\s+\w+est\s+\w+s\b/i.test(question)) {
    return { name: 'ranking', passed: false, detail: `the question asks for the single ${question.match(/\b(most|least|highest|lowest|largest|smallest|biggest|\w+est)\b/i)?.[0] ?? 'top'} one, but the SQL keeps ${cut[1]} rows` };
  }
  return { name: 'ranking', passed: true, detail: 'the SQL ranks before it answers' };
};

/**
 * "GROUP BY 1, 2 ORDER BY 1, 2" with no LIMIT and nothing descending: the rows come out in the order of their own
 * keys, a listing of every group, not a ranking of them by what the question ranks.
 */
function sortsOnlyItsGroups(code: string): boolean {
  if (/\blimit\b|\bdesc\b|\bqualify\b|\(\s*select\b/.test(code)) return false;
  const grouping = /\bgroup\s+by\b([\s\S]*?)(?=\bhaving\b|\border\s+by\b|$)/.exec(code)?.[1];
  const ordering = /\border\s+by\b([\s\S]*)$/.exec(code)?.[1];
  if (!grouping || !ordering) return false;
  const keys = (list: string): string[] => list.split(',').map((key) => key.replace(/\b(asc|nulls\s+(first|last))\b/g, '').replace(/\s+/g, ' ').trim());
  const groupKeys = new Set(keys(grouping));
  return keys(ordering).every((key) => groupKeys.has(key));
}
