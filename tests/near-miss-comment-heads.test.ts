import { describe, expect, it } from 'vitest';
import { wordRoot } from '../src/models/offline/word-root.js';
import { commentHeads } from '../src/trust/comment-heads.js';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * Near-misses worded as a column's comment defines the column (issue 14, false abstention): "the average gratuity per
 * tab" where tip_amt's comment opens "Gratuity the guest left on top of the bill", "the running length of an episode"
 * where duration_s's opens "Running time in seconds". What a comment opens with is what its column holds, named as much as
 * by the column's name; a word further on in the comment ("bill") is not. A made-up café and podcast, none of the
 * labelled sets', through the real CLI.
 */
const DATE = ['--current_date', '2026-11-25'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  cafe: {
    schema: `CREATE TABLE tabs (tab_id INTEGER PRIMARY KEY, table_no INTEGER, opened_at TIMESTAMP, tip_amt DOUBLE);
COMMENT ON COLUMN tabs.tip_amt IS 'Gratuity the guest left on top of the bill, in pounds';`,
    data: { tabs: 'tab_id,table_no,opened_at,tip_amt\n1,3,2026-10-02 12:10:00,2.5\n2,5,2026-10-02 13:00:00,0\n3,3,2026-10-03 19:30:00,4\n' },
  },
  podcast: {
    schema: `CREATE TABLE episodes (episode_id INTEGER PRIMARY KEY, title VARCHAR, duration_s INTEGER);
COMMENT ON COLUMN episodes.duration_s IS 'Running time in seconds';`,
    data: { episodes: 'episode_id,title,duration_s\n1,Pilot,1820\n2,Second Wind,2410\n3,Finale,3005\n' },
  },
};

const QUESTIONS: { id: string; namespace: string; task: string; declined: RegExp | false }[] = [
  { id: 'the word a column comment opens with', namespace: 'cafe', task: 'What is the average gratuity per tab?', declined: false },
  { id: 'a word further on in the comment', namespace: 'cafe', task: 'What is the average bill per tab?', declined: /'bill'/ },
  { id: 'an attribute a comment names', namespace: 'podcast', task: 'What is the running length of the episode called Finale?', declined: false },
  { id: 'an attribute nothing names', namespace: 'podcast', task: 'What is the download count of the episode called Finale?', declined: /'download/ },
];

describe('near-misses worded as a comment defines its column', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: DATE, prefix: 'sluice-near-miss-comment-heads-' });

  it.each(QUESTIONS.filter((q) => !q.declined))('answers $id', (q) => {
    expectAnswered(answers(), [q]);
  });

  it('still declines what only a later word of a comment or nothing names', () => {
    expectDeclined(answers(), QUESTIONS.filter((q) => q.declined));
  });
});

describe('the words a comment opens with', () => {
  const table = (comment: string) => ({ comment: undefined, columns: [{ name: 'c', type: 'VARCHAR', nullable: true, primary_key: false, comment }] });

  it('reads the noun phrase a comment opens with, up to what qualifies it', () => {
    const gratuity = commentHeads([table('Gratuity left on top of the bill in US dollars')]);
    expect(gratuity.has(wordRoot('gratuity'))).toBe(true);
    expect(gratuity.has(wordRoot('bill'))).toBe(false);
    expect(commentHeads([{ comment: 'The fleet: every bike the scheme owns', columns: [] }]).has('fleet')).toBe(true);
    expect(commentHeads([table('Running time in seconds')]).has(wordRoot('running'))).toBe(true);
  });

  it('reads no subject in a list of values, a code list or an adjective', () => {
    expect(commentHeads([table('card or cash')]).size).toBe(0);
    expect(commentHeads([table('PM planned, CM corrective')]).size).toBe(0);
    expect(commentHeads([table('True when the dish contains no meat')]).size).toBe(0);
  });
});
