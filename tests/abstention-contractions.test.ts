import path from 'node:path';
import { describe, it } from 'vitest';
import { askBenchBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import { REPO_ROOT } from './helpers/run-cli.js';

/**
 * A contraction is function words ("we've" = we have, "haven't" = have not; src/models/offline/question-vocabulary.ts):
 * it names nothing the data could lack, so no judge declines a question on it ("… nothing matches 'we've'"). The
 * look-alikes beside each decline on a word of their own. On plain-dev-i's bike_courier (a terse schema, where an answer
 * listing every column while a question word links to nothing is declined: judge-terse-listing.ts), through the real CLI.
 */
const DATE = ['--current_date', '2026-12-01'];
const DATASET = path.join(REPO_ROOT, 'bench/datasets/plain-dev-i');

const QUESTIONS: { id: string; namespace: string; task: string; declined: RegExp | false }[] = [
  { id: 'we have', namespace: 'bike_courier', task: "whats the single most expensive job we've ever charged for", declined: false },
  { id: 'we have, curly', namespace: 'bike_courier', task: 'whats the single most expensive job we’ve ever charged for', declined: false },
  { id: 'franchisees', namespace: 'bike_courier', task: "whats the single most expensive job our franchisees have ever charged for", declined: /franchisees/ },
  { id: 'tips', namespace: 'bike_courier', task: "whats the single biggest tip we've ever had", declined: /tip/ },
  { id: 'most scenic', namespace: 'bike_courier', task: "whats the single most scenic job we've ever done", declined: /scenic/ },
];

describe('contractions are function words', () => {
  const answers = askBenchBeforeAll(DATASET, new Set(QUESTIONS.map((q) => q.namespace)), QUESTIONS, { args: DATE, prefix: 'sluice-abstention-contractions-' });

  it('declines the look-alikes on their own words', () => {
    expectDeclined(answers(), QUESTIONS.filter((q) => q.declined));
  });

  for (const question of QUESTIONS.filter((q) => !q.declined)) {
    it(`answers: ${question.task}`, () => {
      expectAnswered(answers(), [question]);
    });
  }
});
