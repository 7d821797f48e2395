import { describe, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { expectCheckCase, questionContext, type CheckCase } from './helpers/answer-check-cases.js';

/** A made-up dog-boarding kennel: English constructions, not any dataset's questions. */
const contextFor = (question: string): Context =>
  questionContext(question, 'kennels', [
    {
      name: 'owners',
      columns: [
        { name: 'owner_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'first_nm', nullable: false },
        { name: 'last_nm', nullable: false },
        { name: 'town', nullable: false },
        { name: 'pay_type', nullable: false, comment: 'ACC account client, PVT private client' },
      ],
    },
    {
      name: 'walkers',
      columns: [
        { name: 'walker_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'first_nm', nullable: false },
        { name: 'last_nm', nullable: false },
        { name: 'rate_cd', nullable: false, comment: 'GRP group walks, SOLO private walks' },
      ],
    },
    {
      name: 'dogs',
      columns: [
        { name: 'dog_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'owner_id', type: 'INTEGER', nullable: false, references: 'owners.owner_id' },
        { name: 'dog_nm', nullable: false },
        { name: 'breed', nullable: false },
      ],
    },
    {
      name: 'kennels',
      columns: [
        { name: 'kennel_no', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'size_cd', nullable: false },
        { name: 'run', type: 'BOOLEAN', nullable: false, comment: 'An outdoor run beside the kennel' },
      ],
    },
    {
      name: 'extras',
      columns: [
        { name: 'extra_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'stay_id', type: 'INTEGER', nullable: false, references: 'stays.stay_id' },
        { name: 'kind', nullable: false },
      ],
    },
    {
      name: 'stays',
      sample_rows: [[1, 11, 3, '2026-10-02', 4, 120, 'CNF', null], [2, 12, 5, '2026-10-03', 2, 60, 'CXL', 2]],
      columns: [
        { name: 'stay_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'dog_id', type: 'INTEGER', nullable: false, references: 'dogs.dog_id' },
        { name: 'kennel_no', type: 'INTEGER', nullable: false, references: 'kennels.kennel_no' },
        { name: 'start_dt', type: 'DATE', nullable: false },
        { name: 'nights', type: 'INTEGER', nullable: false },
        { name: 'fee_gbp', type: 'DECIMAL(7,2)', nullable: false },
        { name: 'stay_st', nullable: false },
        { name: 'vet_band', type: 'INTEGER', nullable: true, comment: 'Insurance band 1 or 2; NULL when the stay was paid privately' },
      ],
    },
    {
      name: 'walks',
      columns: [
        { name: 'walk_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'walker_id', type: 'INTEGER', nullable: false, references: 'walkers.walker_id' },
        { name: 'dog_id', type: 'INTEGER', nullable: false, references: 'dogs.dog_id' },
        { name: 'walk_dt', type: 'DATE', nullable: false },
      ],
    },
  ]);

const cases: CheckCase[] = [
  // key_counted: grouped by a key, every other table joined on its own key: one row per group
  ['kennels counted per stay', 'avg # of kennels per stay', 'SELECT AVG(n) AS avg_n FROM (SELECT stays.stay_id, COUNT(DISTINCT kennels.kennel_no) AS n FROM kennels JOIN stays ON kennels.kennel_no = stays.kennel_no GROUP BY 1) per_group', ['avg_n'], 1, 'key_counted', false],
  // key_counted: a count whose WHERE pins a table's primary key is 1 or 0, grouped or not
  ['a stay counted by its own key', 'How many times was stay 14 extended?', 'SELECT COUNT(*) AS n FROM stays WHERE stay_id = 14', ['n'], 1, 'key_counted', false],
  ['one stay counted per week', "What's the weekly fee on stay 14?", "SELECT CAST(date_trunc('week', start_dt) AS DATE) AS week, COUNT(*) AS n FROM stays WHERE stay_id = 14 GROUP BY 1", ['week', 'n'], 1, 'key_counted', false],
  ['the rows counted reference the key', 'How many extras did stay 14 have?', 'SELECT COUNT(*) AS n FROM extras WHERE stay_id = 14', ['n'], 1, 'key_counted', true],
  ['whether the row exists', 'Is there a stay 14?', 'SELECT COUNT(*) > 0 AS found FROM stays WHERE stay_id = 14', ['found'], 1, 'key_counted', true],
  // key_counted: ranked by a count of groups that each hold one row, so every count ties at 1
  ['walkers ranked by their own rows', 'Which walker has the most walks?', 'SELECT first_nm FROM walkers GROUP BY 1, walker_id ORDER BY COUNT(*) DESC, 1 LIMIT 3', ['first_nm'], 3, 'key_counted', false],
  ['kennels ranked by their stays', 'Which kennel has the most stays?', 'SELECT kennels.kennel_no FROM stays JOIN kennels ON stays.kennel_no = kennels.kennel_no GROUP BY 1 ORDER BY COUNT(*) DESC, 1 LIMIT 3', ['kennel_no'], 3, 'key_counted', true],
  ['stays counted per kennel', 'average stays per kennel', 'SELECT AVG(n) AS avg_n FROM (SELECT kennels.kennel_no, COUNT(stays.stay_id) AS n FROM kennels JOIN stays ON kennels.kennel_no = stays.kennel_no GROUP BY 1) per_group', ['avg_n'], 1, 'key_counted', true],
  // key_for_name: which rows, answered by their key while the table names them
  ['owners shown by id', 'Which owners live in Leeds?', "SELECT owner_id FROM owners WHERE town = 'Leeds'", ['owner_id'], 3, 'key_for_name', false],
  ['owners listed by id', 'List the owners with their towns.', 'SELECT owner_id FROM owners', ['owner_id'], 3, 'key_for_name', false],
  ['owners shown by name', 'Which owners live in Leeds?', "SELECT first_nm, last_nm FROM owners WHERE town = 'Leeds'", ['first_nm', 'last_nm'], 3, 'key_for_name', true],
  ['ids asked for', 'Which owner ids are in Leeds?', "SELECT owner_id FROM owners WHERE town = 'Leeds'", ['owner_id'], 3, 'key_for_name', true],
  // negation: "nothing" excludes
  ['"nothing" answered by what was booked', 'Which kennels have had nothing booked this year?', "SELECT DISTINCT kennels.kennel_no FROM kennels JOIN stays ON kennels.kennel_no = stays.kennel_no WHERE stays.start_dt >= DATE '2026-01-01'", ['kennel_no'], 3, 'negation', false],
  ['"nothing" answered by NOT IN', 'Which kennels have had nothing booked this year?', "SELECT kennel_no FROM kennels WHERE kennel_no NOT IN (SELECT kennel_no FROM stays WHERE start_dt >= DATE '2026-01-01')", ['kennel_no'], 1, 'negation', true],
  // unread_code: a stored code that opens the word's consonant skeleton, its column unread
  ['"confirmed" stored as CNF, unread', 'Total fees from confirmed stays', 'SELECT SUM(fee_gbp) AS fees FROM stays', ['fees'], 1, 'unread_code', false],
  ['the status read', 'Total fees from confirmed stays', "SELECT SUM(fee_gbp) AS fees FROM stays WHERE stay_st = 'CNF'", ['fees'], 1, 'unread_code', true],
  // commented_column: several comments use the word, one on the table the SQL reads
  ['"private" in three comments, the read table\'s unread', 'average fee for a private stay', 'SELECT AVG(fee_gbp) AS avg_fee FROM stays', ['avg_fee'], 1, 'commented_column', false],
  ['the band read', 'average fee for a private stay', 'SELECT AVG(fee_gbp) AS avg_fee FROM stays WHERE vet_band IS NULL', ['avg_fee'], 1, 'commented_column', true],
  // doer_named: the person looked up among the owners, while "walked" names the walker
  ['a walker looked up among owners', 'How many dogs has Ann Lee walked?', "SELECT COUNT(DISTINCT dogs.dog_id) AS n FROM dogs JOIN owners ON dogs.owner_id = owners.owner_id WHERE owners.first_nm = 'Ann' AND owners.last_nm = 'Lee'", ['n'], 1, 'doer_named', false],
  ['looked up among walkers', 'How many dogs has Ann Lee walked?', "SELECT COUNT(DISTINCT walks.dog_id) AS n FROM walks JOIN walkers ON walks.walker_id = walkers.walker_id WHERE walkers.first_nm = 'Ann' AND walkers.last_nm = 'Lee'", ['n'], 1, 'doer_named', true],
  ['an owner owns', 'How many dogs does Ann Lee own?', "SELECT COUNT(*) AS n FROM dogs JOIN owners ON dogs.owner_id = owners.owner_id WHERE owners.first_nm = 'Ann' AND owners.last_nm = 'Lee'", ['n'], 1, 'doer_named', true],
  // value_named_column: the word found as a value of an unnamed table, while the rows shown have a column of that name
  ['a run found among the extras', 'Which kennels have a run?', "SELECT DISTINCT kennels.kennel_no FROM kennels JOIN stays ON kennels.kennel_no = stays.kennel_no JOIN extras ON extras.stay_id = stays.stay_id WHERE extras.kind = 'RUN'", ['kennel_no'], 3, 'value_named_column', false],
  ['the run column read', 'Which kennels have a run?', 'SELECT kennel_no FROM kennels WHERE run', ['kennel_no'], 3, 'value_named_column', true],
  ['the extras named', 'Which kennels had stays with a run as an extra?', "SELECT DISTINCT kennels.kennel_no FROM kennels JOIN stays ON kennels.kennel_no = stays.kennel_no JOIN extras ON extras.stay_id = stays.stay_id WHERE extras.kind = 'RUN'", ['kennel_no'], 3, 'value_named_column', true],
];

describe('checks found on the wrong successes of sets nobody tuned on: a count that is always 1, rows shown by key, "nothing", a stored code, a comment, the doer, a value for a column', () => {
  it.each(cases)('%s: %s', async (...testCase) => {
    await expectCheckCase(contextFor, testCase);
  });
});
