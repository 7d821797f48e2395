import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';
import { inMemoryRows } from './helpers/in-memory-rows.js';

/**
 * Shapes of plain analyst questions the offline model reads from the language and the schema: two opposite
 * superlatives ask for MIN and MAX; a table's own name column (companyName of clientCompany) names its rows alone; a
 * column that tallies a noun (panel_count) is added up or compared, not a table counted; "no longer" negates; "with a
 * battery" over a nullable battery_kwh asks that it is there; a plural "years" column is a quantity; "the three job
 * titles with the most vacancies" ranks the titles; "posting dates" names postedOn; "monthly" that names the monthly
 * table groups nothing; the best of each group is grouped by every column it shows, and named without its key. Two made-up databases through the real CLI; rows must equal the hand-written query's.
 */
const SOLAR = `CREATE TABLE crews (crew_id INTEGER PRIMARY KEY, crew_name VARCHAR NOT NULL);
CREATE TABLE panel_models (model_id INTEGER PRIMARY KEY, model_name VARCHAR NOT NULL, manufacturer VARCHAR NOT NULL);
CREATE TABLE installations (installation_id INTEGER PRIMARY KEY, crew_id INTEGER NOT NULL REFERENCES crews (crew_id), model_id INTEGER NOT NULL REFERENCES panel_models (model_id), panel_count INTEGER NOT NULL, battery_kwh DECIMAL(5,1), contract_price DECIMAL(10,2) NOT NULL);
CREATE TABLE monthly_output (output_id INTEGER PRIMARY KEY, installation_id INTEGER NOT NULL REFERENCES installations (installation_id), month_start DATE NOT NULL, kwh_generated DECIMAL(8,1) NOT NULL);
COMMENT ON COLUMN monthly_output.kwh_generated IS 'Energy the system generated in the month, in kWh';`;

const SOLAR_ROWS: Record<string, [string, (string | number | null)[][]]> = {
  crews: ['crew_id,crew_name', [[1, 'Sunrise'], [2, 'Helios'], [3, 'Zenith']]],
  panel_models: ['model_id,model_name,manufacturer', [[1, 'P400', 'Acme'], [2, 'Q500', 'Borealis']]],
  installations: [
    'installation_id,crew_id,model_id,panel_count,battery_kwh,contract_price',
    [[1, 1, 1, 20, 10.5, 21000], [2, 1, 2, 34, null, 30500], [3, 2, 1, 12, null, 14000], [4, 3, 2, 40, 13.5, 41250], [5, 2, 2, 25, 9.0, 26800]],
  ],
  monthly_output: [
    'output_id,installation_id,month_start,kwh_generated',
    [[1, 1, '2026-07-01', 900], [2, 1, '2026-08-01', 950], [3, 2, '2026-07-01', 1400], [4, 3, '2026-08-01', 500], [5, 4, '2026-07-01', 1700], [6, 5, '2026-08-01', 1100]],
  ],
};

const AGENCY = `CREATE TABLE clientCompany (clientId INTEGER PRIMARY KEY, companyName VARCHAR NOT NULL, city VARCHAR NOT NULL);
CREATE TABLE consultant (consultantId INTEGER PRIMARY KEY, fullName VARCHAR NOT NULL, office VARCHAR NOT NULL, isActive BOOLEAN NOT NULL);
CREATE TABLE vacancy (vacancyId INTEGER PRIMARY KEY, clientId INTEGER NOT NULL REFERENCES clientCompany (clientId), consultantId INTEGER NOT NULL REFERENCES consultant (consultantId), jobTitle VARCHAR NOT NULL, postedOn DATE NOT NULL);
CREATE TABLE candidate (candidateId INTEGER PRIMARY KEY, firstName VARCHAR NOT NULL, lastName VARCHAR NOT NULL, homeCity VARCHAR NOT NULL, yearsExperience INTEGER NOT NULL);`;

const AGENCY_ROWS: Record<string, [string, (string | number | null)[][]]> = {
  clientCompany: ['clientId,companyName,city', [[1, 'Northwind', 'Leeds'], [2, 'Contoso', 'York'], [3, 'Fabrikam', 'Leeds']]],
  consultant: ['consultantId,fullName,office,isActive', [[1, 'Ann Hale', 'Leeds', 'true'], [2, 'Bob Marr', 'Leeds', 'false'], [3, 'Cem Ozil', 'York', 'true']]],
  vacancy: [
    'vacancyId,clientId,consultantId,jobTitle,postedOn',
    [[1, 1, 1, 'Analyst', '2026-09-02'], [2, 1, 1, 'Developer', '2026-10-05'], [3, 1, 3, 'Developer', '2026-10-20'], [4, 2, 3, 'Tester', '2026-10-11'], [5, 3, 1, 'Developer', '2026-08-30'], [6, 3, 2, 'Analyst', '2026-10-01']],
  ],
  candidate: ['candidateId,firstName,lastName,homeCity,yearsExperience', [[1, 'Dee', 'Tran', 'Leeds', 4], [2, 'Eve', 'Ng', 'York', 9], [3, 'Fay', 'Oduya', 'Leeds', 10]]],
};

const csv = (rows: Record<string, [string, (string | number | null)[][]]>): Record<string, string> =>
  Object.fromEntries(Object.entries(rows).map(([t, [head, r]]) => [t, `${head}\n${r.map((row) => row.map((v) => (v === null ? 'NULL' : v)).join(',')).join('\n')}\n`]));
const DATABASES: Record<string, MadeUpDatabase> = { solar: { schema: SOLAR, data: csv(SOLAR_ROWS) }, agency: { schema: AGENCY, data: csv(AGENCY_ROWS) } };
const quoted = (v: string | number | null): string => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${v}'`);
const statements = (schema: string, rows: Record<string, [string, (string | number | null)[][]]>): string[] => [
  ...schema.split(';').filter((s) => s.trim()),
  ...Object.entries(rows).map(([t, [, r]]) => `INSERT INTO ${t} VALUES ${r.map((row) => `(${row.map(quoted).join(', ')})`).join(', ')}`),
];
const rows = { solar: inMemoryRows(statements(SOLAR, SOLAR_ROWS)), agency: inMemoryRows(statements(AGENCY, AGENCY_ROWS)) };

const CASES: { namespace: 'solar' | 'agency'; task: string; expected: string }[] = [
  { namespace: 'solar', task: 'What are the lowest and highest contract prices of all installations?', expected: 'SELECT min(contract_price), max(contract_price) FROM installations' },
  { namespace: 'solar', task: 'What is the total number of panels installed by each crew? Show the crew name.', expected: 'SELECT c.crew_name, sum(i.panel_count) FROM crews c JOIN installations i ON i.crew_id = c.crew_id GROUP BY c.crew_id, c.crew_name' },
  { namespace: 'solar', task: 'How many installations have more than 22 panels?', expected: 'SELECT count(*) FROM installations WHERE panel_count > 22' },
  { namespace: 'solar', task: 'How many installations include a battery?', expected: 'SELECT count(*) FROM installations WHERE battery_kwh IS NOT NULL' },
  { namespace: 'solar', task: 'What is the average monthly energy generated for each panel manufacturer?', expected: 'SELECT m.manufacturer, avg(o.kwh_generated) FROM monthly_output o JOIN installations i ON i.installation_id = o.installation_id JOIN panel_models m ON m.model_id = i.model_id GROUP BY m.manufacturer' },
  { namespace: 'agency', task: 'Which client companies have posted more than one vacancy?', expected: 'SELECT c.companyName FROM clientCompany c JOIN vacancy v ON v.clientId = c.clientId GROUP BY c.clientId, c.companyName HAVING count(*) > 1' },
  { namespace: 'agency', task: 'List the full names of the consultants who are no longer active.', expected: 'SELECT fullName FROM consultant WHERE NOT isActive' },
  { namespace: 'agency', task: 'What is the average years of experience of candidates in each home city?', expected: 'SELECT homeCity, avg(yearsExperience) FROM candidate GROUP BY homeCity' },
  { namespace: 'agency', task: 'What are the two job titles with the most vacancies?', expected: 'SELECT jobTitle FROM vacancy GROUP BY jobTitle ORDER BY count(*) DESC LIMIT 2' },
  { namespace: 'agency', task: 'List the job titles and posting dates of the vacancies posted in October 2026.', expected: "SELECT jobTitle, postedOn FROM vacancy WHERE postedOn >= DATE '2026-10-01' AND postedOn < DATE '2026-11-01'" },
  {
    namespace: 'agency',
    task: 'In each office, which consultant has posted the most vacancies?',
    expected: 'WITH t AS (SELECT c.office, c.fullName, count(*) AS n FROM consultant c JOIN vacancy v ON v.consultantId = c.consultantId GROUP BY c.consultantId, c.office, c.fullName) SELECT office, fullName FROM t WHERE (office, n) IN (SELECT office, max(n) FROM t GROUP BY office)',
  },
];
const QUESTIONS = CASES.map((c, i) => ({ id: `case ${i}`, namespace: c.namespace, task: c.task }));

describe('shapes of plain questions read from the language and the schema', () => {
  const answers = askBeforeAll(DATABASES, QUESTIONS, { args: ['--current_date', '2026-11-25'], prefix: 'sluice-offline-plain-shapes-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, c.task).not.toBeNull();
      expect(await rows[c.namespace](line.sql!), line.sql!).toEqual(await rows[c.namespace](c.expected));
    });
  });
});
