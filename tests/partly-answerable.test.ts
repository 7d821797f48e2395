import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * Partly answerable questions (issue 14): a question that joins an answerable ask and one nothing in the data grounds
 * ("… and the ad spend behind each city", "… as well as their sponsor") ends `unsure` naming the part the SQL does not
 * address, while a coordinated question whose every part the SQL reads still ends `success`. Two made-up databases,
 * none of the labelled sets', through the real CLI.
 */
const SCHEMAS: Record<string, MadeUpDatabase> = {
  bakery: {
    schema: `CREATE TABLE shops (shop_id INTEGER PRIMARY KEY, name VARCHAR, city VARCHAR, opened DATE);
CREATE TABLE sales (sale_id INTEGER PRIMARY KEY, shop_id INTEGER REFERENCES shops (shop_id), sale_date DATE, loaves INTEGER, revenue DOUBLE);`,
    data: {
      shops: 'shop_id,name,city,opened\n1,Crumb,Leeds,2019-04-01\n2,Rise,York,2021-09-15\n3,Knead,Leeds,2022-02-10\n',
      sales: 'sale_id,shop_id,sale_date,loaves,revenue\n1,1,2026-01-05,40,120.5\n2,2,2026-01-05,25,80\n3,1,2026-02-11,55,160\n4,3,2026-02-12,30,95.5\n5,2,2026-03-01,20,60\n',
    },
  },
  league: {
    schema: `CREATE TABLE teams (team_id INTEGER PRIMARY KEY, name VARCHAR, city VARCHAR, founded INTEGER);
CREATE TABLE players (player_id INTEGER PRIMARY KEY, team_id INTEGER REFERENCES teams (team_id), name VARCHAR, age INTEGER, goals INTEGER);`,
    data: {
      teams: 'team_id,name,city,founded\n1,Rovers,Hull,1901\n2,United,Bath,1899\n',
      players: 'player_id,team_id,name,age,goals\n1,1,Ada Park,24,7\n2,1,Ben Shaw,29,2\n3,2,Cal Moss,21,11\n4,2,Dee Finch,33,0\n',
    },
  },
};

const QUESTIONS: { id: string; namespace: string; task: string; unaddressed: RegExp | false }[] = [
  { id: 'second noun phrase', namespace: 'bakery', task: 'Show the revenue per city and the ad spend behind each city.', unaddressed: /does not address "ad spend"/ },
  { id: 'as well as', namespace: 'league', task: 'Show the teams as well as their sponsor.', unaddressed: /does not address "sponsor"/ },
  { id: 'second wh-clause', namespace: 'bakery', task: 'Which shops sold the most loaves, and what was the rent of each?', unaddressed: /does not address "rent"/ },
  { id: 'how much clause', namespace: 'league', task: 'List the players and how much they were paid.', unaddressed: /does not address "paid"/ },
  { id: 'second breakdown', namespace: 'bakery', task: 'What is the revenue by city and by rainfall?', unaddressed: /rainfall/ },
  { id: 'along with', namespace: 'league', task: 'How many goals did each team score, along with its budget?', unaddressed: /budget/ },
  { id: 'comma', namespace: 'bakery', task: 'Show the revenue per city, the ad spend per city.', unaddressed: /does not address "ad spend"/ },
  { id: 'possessed count', namespace: 'bakery', task: "Show each shop's number of sales and its rent.", unaddressed: /rent/ },
  { id: 'name and city', namespace: 'bakery', task: 'List the name and city of each shop.', unaddressed: false },
  { id: 'name and age', namespace: 'league', task: 'What are the name and age of each player?', unaddressed: false },
  { id: 'comma list', namespace: 'league', task: 'Show the name, age and goals of each player.', unaddressed: false },
  { id: 'comma before a wh-clause', namespace: 'bakery', task: 'For each city, what is the total revenue?', unaddressed: false },
  { id: 'comma list with determiners', namespace: 'league', task: 'Show the name, the age and the goals of each player.', unaddressed: false },
  { id: 'along with, answerable', namespace: 'league', task: "List each team's name along with its city.", unaddressed: false },
];

describe('partly answerable questions: the part the data cannot answer is named', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: ['--current_date', '2026-11-25'], prefix: 'sluice-partly-answerable-' });

  it('ends a question with an ungrounded second ask unsure, runs the answerable part and names the rest', () => {
    for (const q of QUESTIONS.filter((q) => q.unaddressed)) {
      const line = answers().get(q.id)!;
      expect(line.status, `${q.task} -> ${line.reason ?? line.sql}`).toBe('unsure');
      expect(line.sql, q.task).not.toBeNull();
      expect(line.reason, q.task).toMatch(q.unaddressed as RegExp);
    }
  });

  it('still answers a coordinated question whose every ask the SQL reads', () => {
    for (const q of QUESTIONS.filter((q) => !q.unaddressed)) {
      const line = answers().get(q.id)!;
      expect(line.status, `${q.task} -> ${line.reason ?? line.sql}`).toBe('success');
    }
  });
});
