import { describeDeclineTable } from './helpers/describe-decline-table.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * A noun WordNet defines as the number of something ("death toll": "the number of deaths resulting from …") asks to
 * count that thing (issue 14): where a table or column names it, the question is not declined. The twins still
 * decline: the same words where nothing names deaths, and "toll" alone, which WordNet defines as a charge.
 */
const SCHEMAS: Record<string, MadeUpDatabase> = {
  wars: {
    schema: [
      'CREATE TABLE battles (battle_id INTEGER PRIMARY KEY, "name" VARCHAR NOT NULL, fought_on DATE NOT NULL, result VARCHAR NOT NULL);',
      'CREATE TABLE deaths (death_id INTEGER PRIMARY KEY, battle_id INTEGER NOT NULL REFERENCES battles(battle_id), killed INTEGER NOT NULL, injured INTEGER NOT NULL);',
    ].join('\n'),
    data: {
      battles: 'battle_id,name,fought_on,result\n1,Ridge,1205-04-14,won\n2,Ford,1206-06-01,lost\n',
      deaths: 'death_id,battle_id,killed,injured\n1,1,120,300\n2,1,15,40\n3,2,60,90\n',
    },
  },
  sieges: {
    schema: 'CREATE TABLE battles (battle_id INTEGER PRIMARY KEY, "name" VARCHAR NOT NULL, fought_on DATE NOT NULL, result VARCHAR NOT NULL);',
    data: { battles: 'battle_id,name,fought_on,result\n1,Ridge,1205-04-14,won\n2,Ford,1206-06-01,lost\n' },
  },
};

const ANSWERED = [{ id: 'death toll', namespace: 'wars', task: 'What is the overall death toll?', declined: false as const }];
const DECLINED = [
  { id: 'no deaths', namespace: 'sieges', task: 'What is the overall death toll?', declined: /death toll|toll/ },
  { id: 'toll', namespace: 'wars', task: 'What toll did each battle charge?', declined: /toll/ },
];

describeDeclineTable('a noun defined as the number of something counts it', {
  databases: SCHEMAS,
  questions: [...ANSWERED, ...DECLINED],
  args: ['--current_date', '2026-11-02'],
  prefix: 'sluice-near-miss-counted-by-definition-',
  declines: 'still declines it where nothing names that thing, and the word alone in another sense',
  answers: 'answers a question asking the number of a thing the data names, in a word defined so',
  query: 'none',
});
