import { describe, expect, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * Answerable questions the grounding declined on databases nobody had studied (abstention-dev-r, plain-dev-n and older
 * read sets, issue 14, helper nearmiss15), each beside a look-alike the data cannot answer, which must still be declined:
 * - "the biggest capacity" where rooms keep seats: the question's noun heads a compound WordNet lists as a number of
 *   something, whose modifier is a number column's head ("seating capacity"), so the column holds the figure
 *   (src/trust/compound-measure.ts); "seating plan" is no measure;
 * - "the virtual office plan" for a stored 'Virtual office (mail and address only)': the name before a bracketed gloss
 *   is an alias of the value (src/catalog/build-value-lookup.ts); "the virtual reality plan" names nothing stored;
 * - "on the books", "on file": a WordNet kind of record or list after on/in that ends its phrase says the rows are kept
 *   (src/trust/kept-on-record.ts); "How many books do we have?" still asks for books;
 * - "wich species …": a word no dictionary knows one edit from a function word is that word misspelt
 *   (src/trust/function-word-typo.ts); "witch", a word of its own, is not;
 * - "the names of the tools" where tool.tool_nm is: a column named for its own table and a name holds each row's name
 *   (src/trust/ground-attributes.ts); loans keep no name.
 */
const DATE = ['--current_date', '2026-12-01'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  cowork: {
    schema: `CREATE TABLE plans(plan_code VARCHAR PRIMARY KEY, plan_name VARCHAR NOT NULL, monthly_fee DECIMAL(7,2) NOT NULL);
CREATE TABLE members(member_id INTEGER PRIMARY KEY, full_name VARCHAR NOT NULL, plan_code VARCHAR NOT NULL REFERENCES plans(plan_code), joined_on DATE NOT NULL, left_on DATE);
COMMENT ON COLUMN members.left_on IS 'NULL while the membership is current';
CREATE TABLE meeting_rooms(room_id INTEGER PRIMARY KEY, room_name VARCHAR NOT NULL, seats INTEGER NOT NULL, hourly_rate DECIMAL(6,2) NOT NULL);`,
    data: {
      plans: 'plan_code,plan_name,monthly_fee\nHOT,Hot desk,189.00\nVO,Virtual office (mail and address only),45.00\n',
      members: 'member_id,full_name,plan_code,joined_on,left_on\n1,Ann Lee,VO,2024-01-05,NULL\n2,Bob Ray,HOT,2023-03-01,NULL\n3,Cy Dunn,VO,2022-06-01,2025-02-01\n',
      meeting_rooms: 'room_id,room_name,seats,hourly_rate\n11,Lock Keeper,4,25.00\n12,Towpath,8,40.00\n13,Boardroom,16,75.00\n',
    },
  },
  sawmill: {
    schema: `CREATE TABLE spc(spc_cd VARCHAR(3) PRIMARY KEY, spc_nm VARCHAR NOT NULL, hw_sw CHAR(1) NOT NULL, dens INTEGER NOT NULL);
COMMENT ON TABLE spc IS 'Timber species';
COMMENT ON COLUMN spc.hw_sw IS 'H hardwood, S softwood';
COMMENT ON COLUMN spc.dens IS 'Air-dry density kg/m3';`,
    data: { spc: 'spc_cd,spc_nm,hw_sw,dens\nOAK,Oak,H,720\nLAR,Larch,S,590\nDFR,Douglas fir,S,530\n' },
  },
  tool_library: {
    schema: `CREATE TABLE tool(tool_id INTEGER PRIMARY KEY, tool_nm VARCHAR NOT NULL, cost_gbp DECIMAL(7,2) NOT NULL);
CREATE TABLE loan(ln_id INTEGER PRIMARY KEY, tool_id INTEGER NOT NULL REFERENCES tool(tool_id), out_dt DATE NOT NULL);`,
    data: {
      tool: 'tool_id,tool_nm,cost_gbp\n1,Hedge trimmer,120.00\n2,Cement mixer,340.00\n',
      loan: 'ln_id,tool_id,out_dt\n1,1,2026-10-02\n2,2,2026-11-04\n',
    },
  },
};

const QUESTIONS: { id: string; namespace: string; task: string; declined: RegExp | false }[] = [
  { id: 'seating plan', namespace: 'cowork', task: 'Show the seating plan of each meeting room.', declined: /seating plan/ },
  { id: 'virtual reality', namespace: 'cowork', task: 'How many current members are on the virtual reality plan?', declined: /reality/ },
  { id: 'books', namespace: 'sawmill', task: 'how many books do we have', declined: /books/ },
  { id: 'witch', namespace: 'sawmill', task: 'witch species are softwoods', declined: /witch/ },
  { id: 'loan names', namespace: 'tool_library', task: 'List the names of the loans.', declined: /names/ },
  // Twins worded alike that the data answers.
  { id: 'capacity', namespace: 'cowork', task: 'Which meeting room has the biggest capacity?', declined: false },
  { id: 'virtual office', namespace: 'cowork', task: 'How many current members are on the virtual office plan?', declined: false },
  { id: 'on the books', namespace: 'sawmill', task: 'how many softwoods do we have on the books', declined: false },
  { id: 'wich', namespace: 'sawmill', task: 'wich species are softwoods', declined: false },
  { id: 'tool names', namespace: 'tool_library', task: 'List the names of the tools.', declined: false },
];

describe('near-misses found on unseen databases (second round), and their unanswerable look-alikes', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: DATE, prefix: 'sluice-abstention-unseen-near-misses-2-' });

  it.each(QUESTIONS.filter((q) => q.declined))('declines $task, naming its part', (q) => {
    expectDeclined(answers(), [q]);
  });

  it('answers the twins the data holds', () => {
    expectAnswered(answers(), QUESTIONS.filter((q) => !q.declined));
  });

  it('reads the twins as asked: the stored plan by the name before its gloss, the softwoods by their code', () => {
    expect(answers().get('virtual office')!.sql).toMatch(/'Virtual office \(mail and address only\)'/);
    expect(answers().get('on the books')!.sql).toMatch(/hw_sw = 'S'/);
    expect(answers().get('tool names')!.sql).toMatch(/tool_nm/);
  });
});
