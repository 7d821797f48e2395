import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * Two answer shapes the offline model called `success` on a development set written before it answered any: an average
 * taken of the very column the query groups by ("avg price per MWh by buyer" grouped by price_mwh as well as buyer:
 * each group's average is its key), and "how many downloads" answered by counting rows of a table whose `downloads`
 * column holds a number per row; and "how many smokers" answered by COUNT(DISTINCT smoker), a yes/no column's values.
 * All are `unsure` now, naming what is wrong; the right shapes still succeed. A made-up database, the real CLI.
 */
const SCHEMAS: Record<string, MadeUpDatabase> = {
  energy: {
    schema: `CREATE TABLE contracts (contract_id INTEGER PRIMARY KEY, buyer VARCHAR, price_mwh DOUBLE, start_dt DATE);
CREATE TABLE patients (pat_id INTEGER PRIMARY KEY, surname VARCHAR, dob DATE, smoker BOOLEAN);
CREATE TABLE episodes (episode_id INTEGER PRIMARY KEY, title VARCHAR, published DATE);
CREATE TABLE downloads (download_id INTEGER PRIMARY KEY, episode_id INTEGER REFERENCES episodes (episode_id), platform VARCHAR, downloads INTEGER);`,
    data: {
      contracts: 'contract_id,buyer,price_mwh,start_dt\n1,Gridco,52.5,2024-01-01\n2,Gridco,55,2025-01-01\n3,Voltra,61,2024-06-01\n4,Voltra,58.5,2025-06-01\n',
      patients: 'pat_id,surname,dob,smoker\n1,Hale,1950-02-01,true\n2,Moss,1982-07-12,false\n3,Reid,1975-11-30,true\n4,Shaw,1990-05-05,NULL\n',
      episodes: 'episode_id,title,published\n1,Pilot,2026-09-20\n2,Second Wind,2026-10-04\n3,Third Rail,2026-10-18\n',
      downloads: 'download_id,episode_id,platform,downloads\n1,1,APPL,120\n2,2,SPOT,340\n3,2,APPL,95\n4,3,APPL,210\n',
    },
  },
};

const QUESTIONS = [
  { id: 'avg by itself', namespace: 'energy', task: 'avg price per MWh by buyer' },
  { id: 'avg by buyer', namespace: 'energy', task: 'What is the average price_mwh for each buyer?' },
  { id: 'how many smokers', namespace: 'energy', task: 'How many smokers are on the list?' },
  { id: 'how many downloads', namespace: 'energy', task: 'How many downloads came from APPL for episodes published in October 2026?' },
];

describe('aggregates that restate their group, rows counted for a number column, a yes/no column counted by its values', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: ['--current_date', '2026-11-25'], prefix: 'sluice-aggregate-shapes-' });

  it('is unsure when the SQL averages a column it also groups by', () => {
    const line = answers().get('avg by itself')!;
    expect(line.sql).toMatch(/AVG\(price_mwh\)[\s\S]*GROUP BY 1, 2/);
    expect(line.status, line.sql ?? '').toBe('unsure');
    expect(line.reason).toMatch(/groups by price_mwh and takes the average of price_mwh within each group/);
  });

  it('still succeeds with the average per group', () => {
    const line = answers().get('avg by buyer')!;
    expect(line.status, `${line.reason ?? ''} ${line.sql}`).toBe('success');
  });

  it('is unsure when "how many downloads" counts rows instead of adding up the downloads column', () => {
    const line = answers().get('how many downloads')!;
    expect(line.sql).toMatch(/COUNT\(\*\)/);
    expect(line.status, line.sql ?? '').toBe('unsure');
    expect(line.reason).toMatch(/how many downloads, which downloads\.downloads records as a number, but the SQL counts rows/);
  });

  it('is unsure when "how many smokers" counts the distinct values of a yes/no column', () => {
    const line = answers().get('how many smokers')!;
    expect(line.sql).toMatch(/COUNT\(DISTINCT smoker\)/);
    expect(line.status, line.sql ?? '').toBe('unsure');
    expect(line.reason).toMatch(/counts the distinct values of smoker, a yes\/no column/);
  });
});
