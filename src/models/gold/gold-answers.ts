/**
 * The gold SQL of every benchmark question, by namespace and question text; the bench installs it before a run.
 * sql null: the dataset marks the question unanswerable ("answerable": false) or partly answerable ("partly"), so the
 * gold answer is to decline, for the reason `declined` gives.
 */
const answers = new Map<string, GoldAnswerOf>();

const keyOf = (namespace: string, question: string): string => `${namespace}\u0000${question.trim()}`;

export interface GoldAnswerOf {
  sql: string | null;
  declined?: string;
}

export interface GoldAnswer extends GoldAnswerOf {
  namespace: string;
  question: string;
}

export function installGoldAnswers(entries: Iterable<GoldAnswer>): void {
  for (const { namespace, question, ...answer } of entries) answers.set(keyOf(namespace, question), answer);
}

export function goldAnswerFor(namespace: string, question: string): GoldAnswerOf | undefined {
  return answers.get(keyOf(namespace, question));
}
