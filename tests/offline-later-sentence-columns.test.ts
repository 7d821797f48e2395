import { describe, expect, it } from 'vitest';
import type { TableSchema } from '../src/context/context-schema.js';
import { questionWords } from '../src/models/offline/question-words.js';
import { requestedColumns } from '../src/models/offline/requested-columns.js';

const members: TableSchema = {
  name: 'members',
  columns: [
    { name: 'member_id', type: 'INTEGER', nullable: false, primary_key: true },
    { name: 'name', type: 'VARCHAR', nullable: false, primary_key: false },
    { name: 'county', type: 'VARCHAR', nullable: false, primary_key: false },
  ],
  ddl: '',
  sample_rows: [],
  score: 1,
  reason: 'ranked',
};

/**
 * "Which members? Give their names." (what is left of "Which members have never placed an order? Give their names."
 * once the negated clause is cut out): the opener of the later sentence says what to show, even when the first
 * sentence is one or two words long.
 */
describe('columns asked for in a later sentence', () => {
  it('reads "Give their names" after a short first sentence', () => {
    const columns = requestedColumns(questionWords('Which members ? Give their names.'), [members]);
    expect(columns?.map((c) => c.column)).toEqual(['name']);
  });

  it('still reads the first sentence when no later one asks', () => {
    const columns = requestedColumns(questionWords('List the names and counties of members.'), [members]);
    expect(columns?.map((c) => c.column)).toEqual(['name', 'county']);
  });
});
