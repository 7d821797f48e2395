import path from 'node:path';
import { describe, it } from 'vitest';
import { askBenchBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import { REPO_ROOT } from './helpers/run-cli.js';

/**
 * Answerable questions worded the way people write, each beside a look-alike the data cannot answer, through the real
 * CLI on abstention-dev-p's databases and plain-dev-l's (2026-12-06):
 * - a name written without its accents ("Bluthner" for the stored 'Blüthner': normalize-value-text.ts);
 * - a name among many, written without its apostrophe and with the lower-case noun that ends it ("St Cuthberts church"
 *   for 'St Cuthbert's Church': probe-named-values.ts);
 * - a name whose last word is cut short before a noun ("the Queen St shop" for 'Queen Street': match-values.ts);
 * - a WordNet synonym of the head of a column comment's opening noun phrase ("hourly wage" where hrly_gbp is 'Hourly
 *   pay': comment-heads.ts, comment-synonym-mentions.ts, requested-columns.ts);
 * - a statistic of a part of a whole ("What share of …", "what percent of …": statistic-of.ts);
 * - the -ing form of a verb a date column records the past of ("leaving dates" / left_on: deed-pasts.ts).
 */
const DATE = ['--current_date', '2026-12-01'];

const DEV_P: { id: string; namespace: string; task: string; declined: RegExp | false }[] = [
  { id: 'accents', namespace: 'piano_tuning', task: 'How many Bluthner pianos do we look after?', declined: false },
  { id: 'unstored maker', namespace: 'piano_tuning', task: 'How many Bosendorfer pianos do we look after?', declined: /Bosendorfer/ },
  { id: 'apostrophe and noun', namespace: 'piano_tuning', task: 'How many pianos are there at St Cuthberts church?', declined: false },
  { id: 'unstored church', namespace: 'piano_tuning', task: 'How many pianos are there at St Aldhelms church?', declined: /St Aldhelms/ },
  { id: 'cut short', namespace: 'phone_fix', task: 'how many jobs did the Queen St shop take in?', declined: false },
  { id: 'cut short, unstored', namespace: 'phone_fix', task: 'how many jobs did the Queen Sq shop take in?', declined: /Queen Sq/ },
  { id: 'comment synonym', namespace: 'phone_fix', task: "What's each technician's hourly wage?", declined: false },
  { id: 'no synonym', namespace: 'phone_fix', task: "What's each technician's hourly bonus?", declined: /bonus/ },
  { id: 'not stored', namespace: 'phone_fix', task: "What's each technician's pension?", declined: /pension/ },
];

const PLAIN_L: typeof DEV_P = [
  { id: 'share of', namespace: 'blood_donors', task: 'What share of appointments were no-shows?', declined: false },
  { id: 'share of, unstored', namespace: 'blood_donors', task: 'What share of appointments were ambulance transfers?', declined: /ambulance transfers/ },
  { id: 'share price', namespace: 'blood_donors', task: 'What is the share price of each venue?', declined: /share price/ },
  { id: 'percent of', namespace: 'blood_donors', task: "what percent of donors haven't told us a preferred venue", declined: false },
  { id: 'percent of, unstored', namespace: 'blood_donors', task: 'what percent of donors have a season ticket', declined: /ticket/ },
  { id: 'leaving dates', namespace: 'window_cleaning', task: "Give me the names and leaving dates of the cleaners who've left.", declined: false },
  { id: 'retirement dates', namespace: 'window_cleaning', task: "Give me the names and retirement dates of the cleaners who've left.", declined: /retirement dates/ },
];

for (const [dataset, questions] of [
  ['abstention-dev-p', DEV_P],
  ['plain-dev-l', PLAIN_L],
] as const) {
  describe(`near misses in spelling and wording (${dataset})`, () => {
    const answers = askBenchBeforeAll(path.join(REPO_ROOT, 'bench/datasets', dataset), new Set(questions.map((q) => q.namespace)), questions, {
      args: DATE,
      prefix: 'sluice-abstention-near-miss-spellings-',
    });

    it('declines the look-alikes on their own words', () => {
      expectDeclined(answers(), questions.filter((q) => q.declined));
    });

    for (const question of questions.filter((q) => !q.declined)) {
      it(`answers: ${question.task}`, () => {
        expectAnswered(answers(), [question]);
      });
    }
  });
}
