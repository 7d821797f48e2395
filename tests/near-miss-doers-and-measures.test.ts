import { describeDeclineTable } from './helpers/describe-decline-table.js';
import { madeUpRows } from './helpers/made-up-rows.js';

/**
 * Answerable questions the grounding used to decline (issue 14), each for a reason that follows from English:
 * - "leavers" where members.left_on is: a doer noun in -er names those who did what a column records the doing of
 *   (leave, left); "quitters" meets no such column and is still declined.
 * - "Which partner is leading the most matters?": after "is", a verb's -ing form is a progressive, so "partner" is the
 *   doer of leading (as "Which partner leads …"), and a doer a joined table stores by that value (resource.grade =
 *   'Partner') is held; "Which judge is hearing …" names nothing stored and is still declined.
 * - "the greatest total weight" of donors: the measure's own noun may name a joined table's column
 *   (donations.weight_kg); "How heavy is each donor?" asks a donor's own weight and is still declined.
 * - "Which day are visits busiest?": how busy is how much goes on, which the SQL counts, as "the most popular" is.
 * Made-up databases through the real CLI.
 */
const leisure = madeUpRows(
  [
    'CREATE TABLE members (member_id INTEGER PRIMARY KEY, first_name VARCHAR NOT NULL, last_name VARCHAR NOT NULL, joined_on DATE NOT NULL, left_on DATE);',
    'CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members(member_id), entered_at TIMESTAMP NOT NULL);',
  ].join('\n'),
  {
    members: ['member_id,first_name,last_name,joined_on,left_on', [[1, 'Ann', 'Lee', '2025-01-10', '2026-09-14'], [2, 'Bo', 'Kim', '2025-03-02', null], [3, 'Cy', 'Ray', '2026-02-20', '2026-09-30']]],
    visits: ['visit_id,member_id,entered_at', [[1, 1, '2026-09-01 08:00:00'], [2, 2, '2026-09-01 09:00:00'], [3, 2, '2026-09-02 18:00:00'], [4, 3, '2026-09-05 07:30:00']]],
  },
);

const law = madeUpRows(
  [
    'CREATE TABLE resource (resource_id INTEGER PRIMARY KEY, full_name VARCHAR NOT NULL, grade VARCHAR NOT NULL);',
    'CREATE TABLE matter (matter_id INTEGER PRIMARY KEY, lead_resource_id INTEGER NOT NULL REFERENCES resource(resource_id), opened_on DATE NOT NULL, closed_on DATE);',
  ].join('\n'),
  {
    resource: ['resource_id,full_name,grade', [[1, 'Sharon Quintero', 'Partner'], [2, 'Marcus Hill', 'Partner'], [3, 'Dev Patel', 'Associate']]],
    matter: ['matter_id,lead_resource_id,opened_on,closed_on', [[1, 1, '2025-01-01', null], [2, 1, '2025-02-01', null], [3, 2, '2025-03-01', '2025-06-01'], [4, 3, '2025-04-01', null]]],
  },
);

const food = madeUpRows(
  [
    'CREATE TABLE donors (donor_id INTEGER PRIMARY KEY, donor_name VARCHAR NOT NULL, donor_type VARCHAR NOT NULL);',
    'CREATE TABLE donations (donation_id INTEGER PRIMARY KEY, donor_id INTEGER NOT NULL REFERENCES donors(donor_id), donated_on DATE NOT NULL, weight_kg DECIMAL(8,1) NOT NULL);',
  ].join('\n'),
  {
    donors: ['donor_id,donor_name,donor_type', [[1, 'Fresh Co', 'business'], [2, 'Ann Lee', 'individual'], [3, 'Grain Mill', 'business']]],
    donations: ['donation_id,donor_id,donated_on,weight_kg', [[1, 1, '2026-01-05', 120.5], [2, 2, '2026-02-11', 8], [3, 3, '2026-03-02', 300], [4, 1, '2026-03-19', 90]]],
  },
);

const QUESTIONS = [
  { id: 'leavers', namespace: 'leisure', task: 'How many leavers did we have in September 2026?', declined: false as const },
  { id: 'busiest', namespace: 'leisure', task: 'Which day of the week are visits busiest?', declined: false as const },
  { id: 'partner', namespace: 'law', task: 'Which partner is leading the most matters that have not closed yet?', declined: false as const },
  { id: 'weight', namespace: 'food', task: 'For each donor type, which donor gave the greatest total weight?', declined: false as const },
  { id: 'quitters', namespace: 'leisure', task: 'How many quitters did we have in September 2026?', declined: /quitters/ },
  { id: 'judge', namespace: 'law', task: 'Which judge is hearing the most matters?', declined: /judge/ },
  { id: 'how heavy', namespace: 'food', task: 'How heavy is each donor?', declined: /weight/ },
];

describeDeclineTable('doers, progressives and measures named by their own words', {
  databases: { leisure: leisure.database, law: law.database, food: food.database },
  questions: QUESTIONS,
  args: ['--current_date', '2026-11-02'],
  prefix: 'sluice-near-miss-doers-measures-',
  declines: 'still declines the look-alikes nothing stores',
  answers: 'answers what the words say in English',
});
