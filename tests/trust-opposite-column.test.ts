import { describe, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { expectCheckCase, questionContext, type CheckCase } from './helpers/answer-check-cases.js';

/** A made-up weather log that stores both sides of pairs: the lowest and highest temperature of a day, first and last names. */
const TABLES = [
  { name: 'readings', columns: [['reading_id', 'INTEGER'], ['station', 'VARCHAR'], ['tempMin', 'DOUBLE'], ['tempMax', 'DOUBLE'], ['read_on', 'DATE']] },
  { name: 'observers', columns: [['observer_id', 'INTEGER'], ['first_name', 'VARCHAR'], ['last_name', 'VARCHAR']] },
] as const;

const contextFor = (question: string): Context =>
  questionContext(
    question,
    'weather',
    TABLES.map((table) => ({ name: table.name, columns: table.columns.map(([name, type]) => ({ name, type })) })),
  );

const cases: CheckCase[] = [
  ['the antonym’s column aggregated', 'What was the average maximum temperature at Hilltop?', "SELECT AVG(\"tempMin\") FROM readings WHERE station = 'Hilltop'", ['t'], 1, 'opposite_column', false],
  ['the antonym’s column ranked on', 'Which day had the highest maximum temperature?', 'SELECT read_on FROM readings ORDER BY "tempMin" DESC LIMIT 1', ['read_on'], 1, 'opposite_column', false],
  ['the named side aggregated', 'What was the average maximum temperature at Hilltop?', "SELECT AVG(\"tempMax\") FROM readings WHERE station = 'Hilltop'", ['t'], 1, 'opposite_column', true],
  ['both sides named', 'What is the largest gap between minimum and maximum temperature?', 'SELECT MAX("tempMax" - "tempMin") FROM readings', ['gap'], 1, 'opposite_column', true],
  ['the other side only sorted for a listing', 'List the first names of the observers', 'SELECT first_name FROM observers ORDER BY last_name, first_name', ['first_name'], 4, 'opposite_column', true],
];

describe('a column of the opposite side of a pair', () => {
  it.each(cases)('%s: %s', async (...testCase) => {
    await expectCheckCase(contextFor, testCase);
  });
});
