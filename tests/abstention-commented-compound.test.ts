import { describe, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * A compound whose head only a column's comment names (issue 14, helper abstain30, src/trust/ungrounded-compounds.ts):
 * in a terse schema `bake.avg_bw_g` is 'Average baked weight per loaf', so "weight" links to the data through the
 * comment alone. "dough weight" asks for a weight of something the column does not measure, and the head is grounded
 * only as far as its modifier is; "baked weight", a word of the comment, is the column's own.
 */
const SCHEMAS: Record<string, MadeUpDatabase> = {
  bakehouse: {
    schema: `CREATE TABLE dim_ovn (ovn_cd VARCHAR PRIMARY KEY, ovn_nm VARCHAR NOT NULL);
COMMENT ON TABLE dim_ovn IS 'Ovens';
CREATE TABLE fct_bake (bake_id INTEGER PRIMARY KEY, ovn_cd VARCHAR NOT NULL, bake_dt DATE NOT NULL, loaves INTEGER NOT NULL, avg_bw_g DECIMAL(6,1) NOT NULL, FOREIGN KEY (ovn_cd) REFERENCES dim_ovn(ovn_cd));
COMMENT ON TABLE fct_bake IS 'One row per bake of a batch of loaves';
COMMENT ON COLUMN fct_bake.avg_bw_g IS 'Average baked weight per loaf, in grams';`,
    data: {
      dim_ovn: 'ovn_cd,ovn_nm\nD1,Deck One\nR2,Rack Two\n',
      fct_bake: 'bake_id,ovn_cd,bake_dt,loaves,avg_bw_g\n1,D1,2026-11-20,40,802.5\n2,D1,2026-11-21,38,795.0\n3,R2,2026-11-21,60,410.2\n4,R2,2026-11-22,58,405.9\n',
    },
  },
};

const QUESTIONS: { id: string; namespace: string; task: string; declined: RegExp | false }[] = [
  { id: 'dough weight', namespace: 'bakehouse', task: 'average dough weight per oven', declined: /dough weight/ },
  { id: 'baked weight', namespace: 'bakehouse', task: 'average baked weight per oven', declined: false },
];

describe('a compound whose head only a column comment names', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: ['--current_date', '2026-11-25'], prefix: 'sluice-abstention-commented-compound-' });

  it('declines a modifier the commented column does not measure, naming the compound', () => {
    expectDeclined(answers(), QUESTIONS.filter((q) => q.declined), 'none');
  });

  it('answers the compound the comment spells', () => {
    expectAnswered(answers(), QUESTIONS.filter((q) => !q.declined));
  });
});
