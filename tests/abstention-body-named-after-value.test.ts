import { describe, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import { madeUpRows } from './helpers/made-up-rows.js';

/**
 * "How many pupils came from Ashby High School?" where 'Ashby' is only a stored town and the one stored school is
 * 'Highfield High School': a name ending on a noun whose first sense is an organisation, of which the data stores only
 * a part, is another body called after the place (src/trust/body-named-after-value.ts); before, the run filtered on
 * the town and the stored school and said `success`. Twins worded alike that the data answers: the school stored by
 * its whole name, the town asked as a town, and the club's own members. Through the real CLI, on a made-up schema none
 * of the labelled sets has.
 */
const SCHEMA = `-- Fernley Sailing Club: its members, the open meetings it races at and the school groups it teaches.
CREATE TABLE members (member_id INTEGER PRIMARY KEY, member_name VARCHAR NOT NULL, joined_on DATE NOT NULL, sailing_grade INTEGER NOT NULL);
CREATE TABLE meetings (meeting_id INTEGER PRIMARY KEY, meeting_date DATE NOT NULL, town VARCHAR NOT NULL, boats_entered INTEGER NOT NULL);
CREATE TABLE school_visits (visit_id INTEGER PRIMARY KEY, visit_date DATE NOT NULL, school_name VARCHAR NOT NULL, town VARCHAR NOT NULL, pupils INTEGER NOT NULL);`;

const { database } = madeUpRows(SCHEMA, {
  members: ['member_id,member_name,joined_on,sailing_grade', [[1, 'Ada Moss', '2024-03-01', 2], [2, 'Ben Hale', '2025-05-12', 3], [3, 'Cara Lyle', '2026-01-20', 1]]],
  meetings: ['meeting_id,meeting_date,town,boats_entered', [[11, '2026-05-02', 'Wyeford', 4], [12, '2026-06-13', 'Ashby', 6], [13, '2026-07-18', 'Wyeford', 3]]],
  school_visits: [
    'visit_id,visit_date,school_name,town,pupils',
    [[21, '2026-05-20', 'Highfield High School', 'Wyeford', 24], [22, '2026-06-03', 'St Anne Primary School', 'Ashby', 18], [23, '2026-06-24', 'Highfield High School', 'Wyeford', 22]],
  ],
});

const QUESTIONS: { id: string; namespace: string; task: string; declined: RegExp | false }[] = [
  { id: 'school after a town', namespace: 'sailing', task: 'How many pupils came from Ashby High School?', declined: /Ashby High School/ },
  { id: 'club after a town', namespace: 'sailing', task: 'How many members does Wyeford Sailing Club have?', declined: /Wyeford Sailing Club/ },
  // Twins worded alike that the data answers.
  { id: 'school stored whole', namespace: 'sailing', task: 'How many pupils came from Highfield High School?', declined: false },
  { id: 'the town itself', namespace: 'sailing', task: 'How many pupils came from schools in Ashby?', declined: false },
  { id: 'our own members', namespace: 'sailing', task: 'How many members joined in 2026?', declined: false },
];

describe('a body named after a stored value', () => {
  const answers = askBeforeAll({ sailing: database }, QUESTIONS, { args: ['--current_date', '2026-11-25'], prefix: 'sluice-body-named-after-value-' });

  it.each(QUESTIONS.filter((q) => q.declined))('declines $task', (q) => {
    expectDeclined(answers(), [q]);
  });

  it.each(QUESTIONS.filter((q) => !q.declined))('answers $task', (q) => {
    expectAnswered(answers(), [q]);
  });
});
