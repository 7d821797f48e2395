import { beforeAll, describe, expect, it } from 'vitest';
import { deedWords } from '../src/trust/deed-word-kind.js';
import { madeUpNamespace, type MadeUpNamespace } from './helpers/made-up-namespace.js';

/**
 * "How much have we billed Hafod Uchaf altogether?" where the amount's comment says 'Charged to the farm', "Which
 * tournaments has Kelly Dale won?" where the finishing position's says '1 winner': the verb named nothing, so the
 * question was declined. A past or -ing verb stands on a name or comment that says the deed by another verb of its first
 * sense or by a noun WordNet derives from it (src/trust/deed-word-kind.ts).
 */

describe('the words a deed may be recorded under', () => {
  it.each([
    ['billed', 'charge'],
    ['bought', 'purchase'],
  ])('%s is also said as %s', (word, synonym) => {
    expect(deedWords(word).synonyms).toContain(synonym);
  });

  it.each([
    ['won', 'winner'],
    ['cancelled', 'cancellation'],
  ])('%s is done by or as %s', (word, noun) => {
    expect(deedWords(word).derived).toContain(noun);
  });

  it('reads no verb into a noun or a dictionary form', () => {
    expect(deedWords('bills')).toEqual({ synonyms: [], derived: [] });
    expect(deedWords('bill')).toEqual({ synonyms: [], derived: [] });
    // "free shipping", "food hygiene rating": an -ing form that is also a noun.
    expect(deedWords('shipping')).toEqual({ synonyms: [], derived: [] });
    expect(deedWords('rating')).toEqual({ synonyms: [], derived: [] });
  });

  it('takes no word of form for a deed', () => {
    expect(deedWords('referred').synonyms).not.toContain('name');
  });
});

const PUBS = ['Red Lion', 'Black Bull', 'Kings Arms', 'Crown'];
const PLAYERS = ['Sam Cole', 'Rhian Pugh', 'Dai Rees', 'Ffion Bell', 'Owen Lloyd'];
const STATEMENTS = [
  'CREATE TABLE pub (pub_no INTEGER PRIMARY KEY, pub_nm VARCHAR NOT NULL)',
  'CREATE TABLE plyr (plyr_no INTEGER PRIMARY KEY, plyr_nm VARCHAR NOT NULL)',
  'CREATE TABLE evt (evt_no INTEGER PRIMARY KEY, evt_nm VARCHAR NOT NULL, pub_no INTEGER NOT NULL REFERENCES pub(pub_no))',
  `COMMENT ON TABLE evt IS 'Darts tournament'`,
  'CREATE TABLE ent (ent_no INTEGER PRIMARY KEY, evt_no INTEGER NOT NULL REFERENCES evt(evt_no), plyr_no INTEGER NOT NULL REFERENCES plyr(plyr_no), ent_dt DATE NOT NULL, plc INTEGER)',
  `COMMENT ON TABLE ent IS 'Tournament entry'`,
  `COMMENT ON COLUMN ent.plc IS 'Finishing place: 1 winner, 2 runner-up; NULL when out early'`,
  'CREATE TABLE vst (vst_no INTEGER PRIMARY KEY, pub_no INTEGER NOT NULL REFERENCES pub(pub_no), vst_dt DATE NOT NULL, tot_gbp DECIMAL(8,2) NOT NULL)',
  `COMMENT ON COLUMN vst.tot_gbp IS 'Charged to the pub for the oche hire'`,
  `INSERT INTO pub VALUES ${PUBS.map((name, index) => `(${index + 1}, '${name}')`).join(', ')}`,
  `INSERT INTO plyr VALUES ${PLAYERS.map((name, index) => `(${index + 1}, '${name}')`).join(', ')}`,
  `INSERT INTO evt VALUES ${Array.from({ length: 8 }, (_, index) => `(${index + 1}, 'Open ${index + 1}', ${(index % 4) + 1})`).join(', ')}`,
  `INSERT INTO ent VALUES ${Array.from({ length: 40 }, (_, index) => `(${index + 1}, ${(index % 8) + 1}, ${(index % 5) + 1}, DATE '2026-0${(index % 9) + 1}-2${index % 8}', ${index % 3 === 2 ? 'NULL' : (index % 3) + 1})`).join(', ')}`,
  `INSERT INTO vst VALUES ${Array.from({ length: 24 }, (_, index) => `(${index + 1}, ${(index % 4) + 1}, DATE '2026-0${(index % 9) + 1}-1${index % 10}', ${40 + index}.50)`).join(', ')}`,
];

describe('a deed said by another verb on a darts league database', () => {
  let namespace: MadeUpNamespace;
  beforeAll(async () => {
    namespace = await madeUpNamespace('darts_league', STATEMENTS);
  }, 60_000);

  it('answers what a comment says by another verb of its sense', async () => {
    const { stderr, answer } = await namespace.ask('total billed in March 2026');
    expect(answer.status, stderr).not.toBe('unanswerable');
  }, 60_000);

  it('answers what a comment says by the doer of the verb', async () => {
    const { stderr, answer } = await namespace.ask('entries won in March 2026');
    expect(answer.status, stderr).not.toBe('unanswerable');
  }, 60_000);

  it('still declines a deed of the same shape that nothing records', async () => {
    expect((await namespace.ask('total donated in March 2026')).answer.status).toBe('unanswerable');
    expect((await namespace.ask('entries sponsored in March 2026')).answer.status).toBe('unanswerable');
  }, 120_000);
});
