import { describeDeclineTable } from './helpers/describe-decline-table.js';
import { madeUpRows } from './helpers/made-up-rows.js';

/**
 * "Show each analyst's annual salary.", "average boarding time per airline": an attribute asked of each row of a kind,
 * answered by every column of that kind's table (`*`), while nothing near the table names it (judge-unheld-attribute.ts):
 * "pay" of clients.pay_terms_d is a WordNet synonym of salary but a column of a table the analysts do not join, and
 * "boarding" only a code's explanation in a comment. Look-alikes the data holds are left to the query, including one the
 * answer still shows with `*` ("payment terms", clients' own column and comment). Made-up databases through the real CLI.
 */
const lab = madeUpRows(
  [
    'CREATE TABLE analysts (analyst_id INTEGER PRIMARY KEY, analyst_nm VARCHAR NOT NULL, grade VARCHAR NOT NULL, hired_dt DATE NOT NULL);',
    'CREATE TABLE clients (client_id INTEGER PRIMARY KEY, client_nm VARCHAR NOT NULL, pay_terms_d INTEGER NOT NULL);',
    'CREATE TABLE results (result_id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES clients(client_id), analyst_id INTEGER NOT NULL REFERENCES analysts(analyst_id), tested_on DATE NOT NULL, value_num DOUBLE);',
    "COMMENT ON COLUMN clients.pay_terms_d IS 'Payment terms in days from invoice';",
  ].join('\n'),
  {
    analysts: ['analyst_id,analyst_nm,grade,hired_dt', [[1, 'Ann Lee', 'A1', '2024-03-01'], [2, 'Bo Kim', 'SA', '2019-06-30'], [3, 'Cy Ray', 'A2', '2026-01-31']]],
    clients: ['client_id,client_nm,pay_terms_d', [[1, 'Severn Water', 30], [2, 'Oakfield Foods', 60]]],
    results: ['result_id,client_id,analyst_id,tested_on,value_num', [[1, 1, 1, '2026-05-02', 0.4], [2, 2, 3, '2026-05-10', 1.2], [3, 1, 2, '2026-06-01', 0.9]]],
  },
);

const ramp = madeUpRows(
  [
    'CREATE TABLE airlines (al_cd VARCHAR PRIMARY KEY, al_name VARCHAR NOT NULL, contract_from DATE NOT NULL);',
    'CREATE TABLE turns (turn_id INTEGER PRIMARY KEY, al_cd VARCHAR NOT NULL REFERENCES airlines(al_cd), ata TIMESTAMP NOT NULL, dly_cd VARCHAR, dly_min INTEGER NOT NULL);',
    "COMMENT ON COLUMN turns.dly_cd IS 'IATA delay code: 11 late check-in, 15 boarding, 18 baggage processing, NULL when on time';",
  ].join('\n'),
  {
    airlines: ['al_cd,al_name,contract_from', [['EZY', 'easyJet', '2024-01-01'], ['LOG', 'Loganair', '2025-04-01']]],
    turns: ['turn_id,al_cd,ata,dly_cd,dly_min', [[1, 'EZY', '2026-06-01 08:00:00', '15', 12], [2, 'LOG', '2026-06-01 09:10:00', null, 0], [3, 'EZY', '2026-06-02 10:30:00', '18', 25]]],
  },
);

const QUESTIONS = [
  { id: 'salary', namespace: 'lab', task: "Show each analyst's annual salary.", declined: /annual salary/ },
  { id: 'boarding', namespace: 'ramp', task: 'average boarding time per airline', declined: /boarding time/ },
  { id: 'grade', namespace: 'lab', task: "Show each analyst's grade.", declined: false as const },
  { id: 'terms', namespace: 'lab', task: "Show each client's payment terms.", declined: false as const },
  { id: 'delay', namespace: 'ramp', task: 'Show the average delay in minutes for each airline.', declined: false as const },
  { id: 'contract', namespace: 'ramp', task: 'What is the contract start date of each airline?', declined: false as const },
];

describeDeclineTable('an attribute asked of each row that nothing near its table holds', {
  databases: { lab: lab.database, ramp: ramp.database },
  questions: QUESTIONS,
  args: ['--current_date', '2026-11-02'],
  prefix: 'sluice-unheld-attribute-',
  declines: 'declines it after the query fell back to every column, naming the attribute',
  answers: 'leaves an attribute the table or its neighbours hold to the query',
  query: 'ran',
});
