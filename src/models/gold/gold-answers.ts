/**
 * The gold SQL of every benchmark question, by namespace and question text; the bench installs it before a run.
 * null: the dataset marks the question unanswerable ("answerable": false), so the gold answer is to decline.
 */
const answers = new Map<string, string | null>();

const keyOf = (namespace: string, question: string): string => `${namespace}\u0000${question.trim()}`;

export interface GoldAnswer {
  namespace: string;
  question: string;
  sql: string | null;
}

export function installGoldAnswers(entries: Iterable<GoldAnswer>): void {
  for (const entry of entries) answers.set(keyOf(entry.namespace, entry.question), entry.sql);
}

export function goldSqlFor(namespace: string, question: string): string | null | undefined {
  return answers.get(keyOf(namespace, question));
}
