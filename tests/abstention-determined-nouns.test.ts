import { describe, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import { madeUpRows } from './helpers/made-up-rows.js';

/**
 * A word English mostly uses as a verb or an adjective names a thing where only a noun can stand: after a determiner
 * ("another firm"), a possessive ("Ada Park's coach") or a determiner and a superlative ("the best advocate"), and an
 * adjective there when it ends the phrase (src/trust/determined-noun.ts). When nothing in the data links to it, the
 * question is declined naming it, as one with a noun there would be; beside twins whose word the data holds.
 */
const SCHEMA = `CREATE TABLE staff (staff_id INTEGER PRIMARY KEY, full_name VARCHAR NOT NULL, grade VARCHAR NOT NULL, mentor VARCHAR);
CREATE TABLE matters (matter_id INTEGER PRIMARY KEY, client VARCHAR NOT NULL, opened DATE NOT NULL, lead_id INTEGER NOT NULL REFERENCES staff (staff_id), fee DECIMAL(8,2) NOT NULL);`;

const { database } = madeUpRows(SCHEMA, {
  staff: ['staff_id,full_name,grade,mentor', [[1, 'Ada Park', 'Partner', null], [2, 'Ben Shaw', 'Associate', 'Ada Park'], [3, 'Cal Moss', 'Partner', null]]],
  matters: ['matter_id,client,opened,lead_id,fee', [[1, 'Orrin Ltd', '2026-02-03', 1, 4200], [2, 'Kestrel plc', '2026-05-19', 2, 1800], [3, 'Wren & Co', '2026-08-30', 3, 950]]],
});

const DATE = ['--current_date', '2026-11-25'];

const QUESTIONS: { id: string; namespace: string; task: string; declined: RegExp | false }[] = [
  { id: 'possessive', namespace: 'chambers', task: "Who was Ada Park's coach?", declined: /'coach'/ },
  { id: 'superlative', namespace: 'chambers', task: 'Which of our partners is the best advocate?', declined: /'advocate'/ },
  { id: 'another', namespace: 'chambers', task: 'Which matters were referred to us by another firm?', declined: /'firm'/ },
  // Twins worded alike that the data answers.
  { id: 'possessive, stored', namespace: 'chambers', task: "Who was Ben Shaw's mentor?", declined: false },
  { id: 'another, stored', namespace: 'chambers', task: 'Which matters had another client than Orrin Ltd?', declined: false },
];

describe('a verb or adjective where only a noun can stand names a thing', () => {
  const answers = askBeforeAll({ chambers: database }, QUESTIONS, { args: DATE, prefix: 'sluice-abstention-determined-nouns-' });

  it.each(QUESTIONS.filter((q) => q.declined))('declines $task', (q) => {
    expectDeclined(answers(), [q]);
  });

  it('answers the twins the data holds', () => {
    expectAnswered(answers(), QUESTIONS.filter((q) => !q.declined));
  });
});
