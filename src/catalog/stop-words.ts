/** Words that say nothing about which table, value or passage a question needs. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'about', 'across', 'after', 'all', 'along', 'also', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'been',
  'being', 'both', 'but', 'by', 'can', 'could', 'did', 'display', 'do', 'does', 'each', 'every', 'for', 'from',
  'get', 'give', 'had', 'has', 'have', 'how', 'i', 'if', 'in', 'into', 'is', 'it', 'its', 'just', 'list', 'me',
  'my', 'of', 'on', 'or', 'our', 'out', 'over', 'per', 'please', 'show', 'so', 'some', 'than', 'that', 'the',
  'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'to', 'up', 'us', 'was', 'we', 'were',
  'what', 'when', 'where', 'which', 'while', 'who', 'whose', 'why', 'will', 'with', 'would', 'you', 'your',
]);

/** Words of a question that are about time or phrasing, never about a table ("last" must not find last_name). */
export const QUERY_STOP_WORDS: ReadonlySet<string> = new Set([
  'ago', 'between', 'current', 'during', 'last', 'many', 'most', 'much', 'next', 'past', 'previous', 'prior',
  'since', 'today', 'tomorrow', 'yesterday', 'ytd', 'mtd', 'qtd',
]);
