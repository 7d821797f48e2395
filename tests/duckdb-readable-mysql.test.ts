import { describe, expect, it } from 'vitest';
import { duckDbReadableMysql } from '../src/sql-tree/duckdb-readable-mysql.js';
import { parseAnswerSql } from '../src/trust/parse-answer-sql.js';

/** MariaDB SQL DuckDB's parser refuses, and the DuckDB SQL the answer checks should read in its place. */
const CASES: Array<[mysql: string, duckdb: string]> = [
  ['SELECT name FROM players ORDER BY height DESC LIMIT 1, 1', 'SELECT name FROM players ORDER BY height DESC LIMIT 1 OFFSET 1'],
  ['SELECT YEAR(born) DIV 10 AS decade, COUNT(*) FROM players GROUP BY decade', 'SELECT YEAR(born) // 10 AS decade, COUNT(*) FROM players GROUP BY decade'],
  ['SELECT id MOD 2 FROM players', 'SELECT id % 2 FROM players'],
  ["SELECT name FROM players WHERE name REGEXP '^[AB]'", "SELECT name FROM players WHERE name ~ '^[AB]'"],
  ["SELECT name FROM players WHERE name NOT RLIKE '^[AB]'", "SELECT name FROM players WHERE name !~ '^[AB]'"],
  ['SELECT name FROM players WHERE height > 180 && team = 1', 'SELECT name FROM players WHERE height > 180 AND team = 1'],
  ['SELECT team, COUNT(*) FROM players GROUP BY team WITH ROLLUP', 'SELECT team, COUNT(*) FROM players GROUP BY ROLLUP (team)'],
  ["SELECT team, GROUP_CONCAT(name ORDER BY name SEPARATOR '; ') FROM players GROUP BY team", 'SELECT team, GROUP_CONCAT(name ORDER BY name) FROM players GROUP BY team'],
  ['SELECT name FROM players FORCE INDEX (players_team) WHERE team = 1', 'SELECT name FROM players WHERE team = 1'],
  ["SELECT name FROM players WHERE born > DATE '2020-01-01' - INTERVAL '1-2' YEAR_MONTH", "SELECT name FROM players WHERE born > DATE '2020-01-01' - INTERVAL '1-2' YEAR"],
];

/** A parse tree without where its nodes stood in the text, which the rewriting moves. */
const shape = (tree: unknown): unknown => JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'query_location' ? undefined : value)));

describe('answer checks read MariaDB SQL that DuckDB parses only in its own forms', () => {
  it.each(CASES)('%s', async (mysql, duckdb) => {
    expect(await parseAnswerSql(mysql, 'duckdb')).toBeUndefined();
    const read = await parseAnswerSql(mysql, 'mysql');
    expect(read).toBeDefined();
    expect(shape(read)).toEqual(shape(await parseAnswerSql(duckdb, 'duckdb')));
  });

  it('leaves SQL DuckDB reads, strings and names alone', () => {
    expect(duckDbReadableMysql("SELECT a FROM t WHERE b <=> NULL AND c = 'x DIV y' AND `MOD` = 1 LIMIT 3")).toBeUndefined();
    expect(duckDbReadableMysql("SELECT MOD(a, 2), 'REGEXP' FROM t")).toBeUndefined();
  });
});
