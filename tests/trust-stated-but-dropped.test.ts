import { describe, expect, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { attemptOf, parsedChecks, questionContext } from './helpers/answer-check-cases.js';

/** A made-up dog kennels business: English constructions, not any dataset's questions. */
const contextFor = (question: string): Context =>
  questionContext(question, 'kennels', [
    {
      name: 'owners',
      columns: [
        { name: 'owner_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'full_name', nullable: false },
      ],
    },
    {
      name: 'dogs',
      columns: [
        { name: 'dog_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'dog_nm', nullable: false },
        { name: 'owner_id', type: 'INTEGER', nullable: false, references: 'owners.owner_id' },
        { name: 'vaccinated', type: 'BOOLEAN', nullable: false },
        { name: 'born_on', type: 'DATE', nullable: false },
      ],
    },
    {
      name: 'kennels',
      columns: [
        { name: 'kennel_cd', primary_key: true, nullable: false },
        { name: 'kennel_nm', nullable: false },
        { name: 'heat_cd', nullable: false, comment: 'H heated, U unheated' },
        { name: 'block', nullable: false, comment: 'I indoor, O outdoor' },
      ],
    },
    {
      name: 'stays',
      sample_rows: [[1, 1, 'A1', 'CMP', 3, 90, '2025-01-02']],
      columns: [
        { name: 'stay_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'dog_id', type: 'INTEGER', nullable: false, references: 'dogs.dog_id' },
        { name: 'kennel_cd', nullable: false, references: 'kennels.kennel_cd' },
        { name: 'sts_cd', nullable: false, comment: 'BKD booked, CMP completed, CXL cancelled (refunded), LCX late cancelled' },
        { name: 'nights', type: 'INTEGER', nullable: false },
        { name: 'charge_gbp', type: 'DECIMAL(8,2)', nullable: false },
        { name: 'started', type: 'DATE', nullable: false },
      ],
    },
    {
      name: 'bouts',
      columns: [
        { name: 'bout_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'winner_id', type: 'INTEGER', nullable: false, references: 'dogs.dog_id' },
        { name: 'loser_id', type: 'INTEGER', nullable: false, references: 'dogs.dog_id' },
        { name: 'winner_name', nullable: false },
        { name: 'loser_name', nullable: false },
      ],
    },
    {
      name: 'feeds',
      columns: [
        { name: 'feed_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'kennel_cd', nullable: false, references: 'kennels.kennel_cd' },
        { name: 'kg', type: 'DECIMAL(6,1)', nullable: false },
        { name: 'cost_gbp', type: 'DECIMAL(8,2)', nullable: false },
      ],
    },
    {
      name: 'sales',
      columns: [
        { name: 'sale_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'dog_id', type: 'INTEGER', nullable: false, references: 'dogs.dog_id' },
        { name: 'sale_dt', type: 'DATE', nullable: false },
      ],
    },
  ]);

/** A question, the SQL, its result (columns and rows), the check expected and whether it passes (a check that does not apply passes). */
type Case = [why: string, question: string, sql: string, columns: string[], rows: unknown[][], check: string, passed: boolean];

const STAYS = 'FROM stays JOIN kennels ON stays.kennel_cd = kennels.kennel_cd';

const cases: Case[] = [
  // share_scope: a code its comment glosses with a word of the whole, tested only in the counted part
  ['the whole as a code in the count', 'What percentage of completed stays ran over 7 nights?', "SELECT 100.0 * SUM(CASE WHEN sts_cd = 'CMP' AND nights > 7 THEN 1 ELSE 0 END) / SUM(1) FROM stays", ['pct'], [[12.5]], 'share_scope', false],
  ['the whole as a code in the WHERE', 'What percentage of completed stays ran over 7 nights?', "SELECT 100.0 * SUM(CASE WHEN nights > 7 THEN 1 ELSE 0 END) / SUM(1) FROM stays WHERE sts_cd = 'CMP'", ['pct'], [[20]], 'share_scope', true],
  ['the code is the counted part', 'What percentage of stays were completed?', "SELECT 100.0 * SUM(CASE WHEN sts_cd = 'CMP' THEN 1 ELSE 0 END) / SUM(1) FROM stays", ['pct'], [[80]], 'share_scope', true],
  ['a past verb after the noun ends the whole', 'What share of booked stays ended up cancelled?', "SELECT 100.0 * SUM(CASE WHEN sts_cd = 'CXL' THEN 1 ELSE 0 END) / SUM(1) FROM stays", ['pct'], [[8]], 'share_scope', true],
  ['a verb after the noun ends the whole', 'What percentage of stays got cancelled?', "SELECT 100.0 * SUM(CASE WHEN sts_cd = 'CXL' THEN 1 ELSE 0 END) / SUM(1) FROM stays", ['pct'], [[8]], 'share_scope', true],
  // opposite_code: the code tested is glossed as the negation of the question's word
  ['heated answered by the unheated code', 'How many stays were in heated kennels?', `SELECT COUNT(*) ${STAYS} WHERE kennels.heat_cd = 'U'`, ['n'], [[4]], 'opposite_code', false],
  ['heated answered by the heated code', 'How many stays were in heated kennels?', `SELECT COUNT(*) ${STAYS} WHERE kennels.heat_cd = 'H'`, ['n'], [[9]], 'opposite_code', true],
  ['unheated said as it is stored', 'How many stays were in unheated kennels?', `SELECT COUNT(*) ${STAYS} WHERE kennels.heat_cd = 'U'`, ['n'], [[4]], 'opposite_code', true],
  // existence_unrestricted: "Are any … <predicate>?" over a listing that keeps every row
  ['the predicate left out', 'Are any dogs vaccinated?', 'SELECT COUNT(*) > 0 AS any_found FROM (SELECT vaccinated FROM dogs) AS found', ['any_found'], [[true]], 'existence_unrestricted', false],
  ['the predicate kept', 'Are any dogs vaccinated?', 'SELECT COUNT(*) > 0 AS any_found FROM (SELECT dog_id FROM dogs WHERE vaccinated) AS found', ['any_found'], [[true]], 'existence_unrestricted', true],
  ['nothing asked but the rows', 'Are there any dogs?', 'SELECT COUNT(*) > 0 AS any_found FROM (SELECT dog_id FROM dogs) AS found', ['any_found'], [[true]], 'existence_unrestricted', true],
  // count_shape: "most often" counts occurrences
  ['most often ranked by distinct dogs', 'Which kennel did dogs stay in most often?', `SELECT kennels.kennel_nm ${STAYS} GROUP BY 1 ORDER BY COUNT(DISTINCT stays.dog_id) DESC LIMIT 1`, ['kennel_nm'], [['Oak']], 'count_shape', false],
  ['most often ranked by stays', 'Which kennel did dogs stay in most often?', `SELECT kennels.kennel_nm ${STAYS} GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1`, ['kennel_nm'], [['Oak']], 'count_shape', true],
  ['the most different dogs', 'Which kennel housed the most different dogs?', `SELECT kennels.kennel_nm ${STAYS} GROUP BY 1 ORDER BY COUNT(DISTINCT stays.dog_id) DESC LIMIT 1`, ['kennel_nm'], [['Oak']], 'count_shape', true],
  // event_date: a verb after "did" dates its own event
  ['sold dated by birth', 'How many dogs did we sell in 2025?', "SELECT COUNT(*) FROM dogs WHERE born_on >= DATE '2025-01-01' AND born_on < DATE '2026-01-01'", ['n'], [[3]], 'event_date', false],
  ['sold dated by the sale', 'How many dogs did we sell in 2025?', "SELECT COUNT(*) FROM sales WHERE sale_dt >= DATE '2025-01-01' AND sale_dt < DATE '2026-01-01'", ['n'], [[3]], 'event_date', true],
  ['a verb the schema records nowhere', 'How many nights did we rent in 2025?', "SELECT SUM(nights) FROM stays WHERE started >= DATE '2025-01-01' AND started < DATE '2026-01-01'", ['n'], [[30]], 'event_date', true],
  // unread_code: a word its column's comment glosses as a code the SQL never tests, testing another code instead
  ['cancelled stays counted as booked ones', 'How many cancelled stays were there in 2025?', "SELECT COUNT(*) FROM stays WHERE sts_cd = 'BKD' AND started >= DATE '2025-01-01' AND started < DATE '2026-01-01'", ['n'], [[3]], 'unread_code', false],
  ['cancelled stays counted', 'How many cancelled stays were there in 2025?', "SELECT COUNT(*) FROM stays WHERE sts_cd = 'CXL' AND started >= DATE '2025-01-01' AND started < DATE '2026-01-01'", ['n'], [[3]], 'unread_code', true],
  ['no code word', 'How many stays were there in 2025?', "SELECT COUNT(*) FROM stays WHERE sts_cd = 'BKD' AND started >= DATE '2025-01-01' AND started < DATE '2026-01-01'", ['n'], [[3]], 'unread_code', true],
  ['a word of a hyphenated compound', 'How many pre-booked stays were there?', "SELECT COUNT(*) FROM stays WHERE sts_cd = 'CMP'", ['n'], [[3]], 'unread_code', true],
  ['a word naming the read table', 'How many stays were cancelled?', "SELECT COUNT(*) FROM stays WHERE sts_cd = 'CXL'", ['n'], [[3]], 'unread_code', true],
  ['the tested code says the word too', 'How many stays were late cancelled?', "SELECT COUNT(*) FROM stays WHERE sts_cd = 'LCX'", ['n'], [[3]], 'unread_code', true],
  ['a short form of a glossed code, the column unread', 'no. of stays cmpd in 2025', "SELECT COUNT(*) FROM stays WHERE started >= DATE '2025-01-01' AND started < DATE '2026-01-01'", ['n'], [[3]], 'unread_code', false],
  ['a short form of a glossed code, the code tested', 'no. of stays cmpd in 2025', "SELECT COUNT(*) FROM stays WHERE sts_cd = 'CMP' AND started >= DATE '2025-01-01' AND started < DATE '2026-01-01'", ['n'], [[3]], 'unread_code', true],
  // unrestricted_rows: "Which <noun> <verb> <predicate>" answered by the whole table
  ['the predicate left out', 'Which kennels are heated?', 'SELECT kennel_nm FROM kennels', ['kennel_nm'], [['Oak'], ['Ash']], 'unrestricted_rows', false],
  ['the predicate kept', 'Which kennels are heated?', "SELECT kennel_nm FROM kennels WHERE heat_cd = 'H'", ['kennel_nm'], [['Oak']], 'unrestricted_rows', true],
  ['every row asked for', 'Which kennels are there?', 'SELECT kennel_nm FROM kennels', ['kennel_nm'], [['Oak'], ['Ash']], 'unrestricted_rows', true],
  // value_reused: one word of a name used again as a condition of its own
  ['a word of the name read as a code', 'How many stays did Indoor Pets Ltd book?', `SELECT COUNT(*) ${STAYS} JOIN dogs ON stays.dog_id = dogs.dog_id JOIN owners ON dogs.owner_id = owners.owner_id WHERE owners.full_name = 'Indoor Pets Ltd' AND kennels.block = 'I'`, ['n'], [[2]], 'value_reused', false],
  ['the word said twice', 'How many indoor stays did Indoor Pets Ltd book?', `SELECT COUNT(*) ${STAYS} JOIN dogs ON stays.dog_id = dogs.dog_id JOIN owners ON dogs.owner_id = owners.owner_id WHERE owners.full_name = 'Indoor Pets Ltd' AND kennels.block = 'I'`, ['n'], [[2]], 'value_reused', true],
  // total_counted: "total <plural>" that names no table, answered by a count
  ['total charges counted', 'What were the total boarding charges for Rex?', "SELECT COUNT(*) FROM stays JOIN dogs ON stays.dog_id = dogs.dog_id WHERE dogs.dog_nm = 'Rex'", ['n'], [[4]], 'total_counted', false],
  ['total charges added up', 'What were the total boarding charges for Rex?', "SELECT SUM(charge_gbp) FROM stays JOIN dogs ON stays.dog_id = dogs.dog_id WHERE dogs.dog_nm = 'Rex'", ['total'], [[340]], 'total_counted', true],
  ['total stays counted', 'What were the total stays for Rex?', "SELECT COUNT(*) FROM stays JOIN dogs ON stays.dog_id = dogs.dog_id WHERE dogs.dog_nm = 'Rex'", ['n'], [[4]], 'total_counted', true],
  // unasked_count: a count no word of the question asks for
  ['a count beside the values asked', 'How can we reach the keeper of Rex by email?', "SELECT owners.full_name, COUNT(*) AS n FROM owners JOIN dogs ON dogs.owner_id = owners.owner_id WHERE dogs.dog_nm = 'Rex' GROUP BY 1", ['full_name', 'dog_count'], [['Ann Lee', 1]], 'unasked_count', false],
  ['the values alone', 'How can we reach the keeper of Rex by email?', "SELECT owners.full_name FROM owners JOIN dogs ON dogs.owner_id = owners.owner_id WHERE dogs.dog_nm = 'Rex'", ['full_name'], [['Ann Lee']], 'unasked_count', true],
  ['a count asked for', 'Which owners have the most dogs?', 'SELECT owners.full_name, COUNT(*) AS dog_count FROM owners JOIN dogs ON dogs.owner_id = owners.owner_id GROUP BY 1 ORDER BY 2 DESC LIMIT 1', ['full_name', 'dog_count'], [['Ann Lee', 3]], 'unasked_count', true],
  // grouping: "avg A per X by B" grouped by X as well as B
  ['grouped by the unit too', 'avg charge per dog by kennel', `SELECT kennels.kennel_nm, AVG(stays.charge_gbp) ${STAYS} GROUP BY kennels.kennel_nm, stays.dog_id`, ['kennel_nm', 'avg'], [['Oak', 10], ['Oak', 12], ['Ash', 9]], 'grouping', false],
  ['grouped by the groups only', 'avg charge per dog by kennel', `SELECT kennels.kennel_nm, AVG(stays.charge_gbp) ${STAYS} GROUP BY kennels.kennel_nm`, ['kennel_nm', 'avg'], [['Oak', 11], ['Ash', 9]], 'grouping', true],
  // stuff_costed: "how much <stuff>" answered by money added up
  ['stuff answered by its cost', 'How much flour did each kennel use?', 'SELECT kennel_cd, SUM(cost_gbp) FROM feeds GROUP BY 1', ['kennel_cd', 'sum'], [['A1', 40]], 'stuff_costed', false],
  ['stuff answered by its quantity', 'How much flour did each kennel use?', 'SELECT kennel_cd, SUM(kg) FROM feeds GROUP BY 1', ['kennel_cd', 'sum'], [['A1', 12]], 'stuff_costed', true],
  ['money asked for', 'How much money did each kennel spend on feed?', 'SELECT kennel_cd, SUM(cost_gbp) FROM feeds GROUP BY 1', ['kennel_cd', 'sum'], [['A1', 40]], 'stuff_costed', true],
  ['the unit names a table, not a grouped column', 'avg charge per kennel stay by block', `SELECT kennels.block, AVG(stays.charge_gbp) ${STAYS} GROUP BY kennels.block, kennels.kennel_cd`, ['block', 'avg'], [['I', 10], ['I', 12], ['O', 9]], 'grouping', true],
  ['a count of what the question names', 'Show monthly vaccinated dogs', "SELECT date_trunc('month', born_on) AS month, COUNT(*) AS vaccinated_dogs FROM dogs WHERE vaccinated GROUP BY 1", ['month', 'vaccinated_dogs'], [['2025-01-01', 3]], 'unasked_count', true],
  // answer_echoes: the answer is the name the question gives
  ['the named dog itself', 'Which dogs were beaten by Rex Barker?', "SELECT DISTINCT dogs.dog_nm FROM dogs JOIN bouts ON dogs.dog_id = bouts.loser_id WHERE bouts.loser_name = 'Rex Barker'", ['dog_nm'], [['Rex Barker']], 'answer_echoes', false],
  ['the dogs it beat', 'Which dogs were beaten by Rex Barker?', "SELECT DISTINCT dogs.dog_nm FROM dogs JOIN bouts ON dogs.dog_id = bouts.loser_id WHERE bouts.winner_name = 'Rex Barker'", ['dog_nm'], [['Bella Hart'], ['Fido Lane']], 'answer_echoes', true],
];

describe('answer checks: a part of the question the SQL dropped or misread', () => {
  for (const [why, question, sql, columns, rows, check, passed] of cases) {
    it(`${check} ${passed ? 'passes' : 'fails'}: ${why} — ${question}`, async () => {
      const result = await parsedChecks(contextFor(question), attemptOf(sql, columns, rows));
      const found = result.find((r) => r.name === check);
      if (passed) expect(found?.passed ?? true, JSON.stringify(found)).toBe(true);
      else expect(found?.passed, JSON.stringify(result.filter((r) => !r.passed))).toBe(false);
    });
  }
});
