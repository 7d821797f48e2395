import { describe, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * A three-letter word that starts a table's or column's name word at least twice as long is that name cut short
 * (issue 14): "docs" for documents, "pens" for penalties, "cap." for capacity. Such a question is not declined. Its
 * twins are: "cars" where only a cards column starts with "car" (too short a name to be cut to three letters), and
 * "fans", which starts no name at all; both are still declined. Made-up database through the real CLI.
 */
const SCHEMAS: Record<string, MadeUpDatabase> = {
  league: {
    schema: [
      'CREATE TABLE teams (team_id INTEGER PRIMARY KEY, "name" VARCHAR NOT NULL, stadium VARCHAR NOT NULL, capacity INTEGER NOT NULL);',
      'CREATE TABLE matches (match_id INTEGER PRIMARY KEY, home_id INTEGER NOT NULL REFERENCES teams(team_id), away_id INTEGER NOT NULL REFERENCES teams(team_id), match_dt DATE NOT NULL, goals INTEGER NOT NULL, penalties INTEGER NOT NULL, cards INTEGER NOT NULL);',
      'CREATE TABLE documents (document_id INTEGER PRIMARY KEY, team_id INTEGER NOT NULL REFERENCES teams(team_id), title VARCHAR NOT NULL, filed_dt DATE NOT NULL);',
    ].join('\n'),
    data: {
      teams: 'team_id,name,stadium,capacity\n1,Rovers,Ash Park,32000\n2,United,Mill Lane,18000\n3,Athletic,The Dell,41000\n',
      matches: 'match_id,home_id,away_id,match_dt,goals,penalties,cards\n1,1,2,2026-08-01,3,1,4\n2,2,3,2026-08-08,1,0,2\n3,3,1,2026-08-15,2,2,5\n',
      documents: 'document_id,team_id,title,filed_dt\n1,1,Squad list,2026-07-01\n2,1,Stadium licence,2026-07-03\n3,3,Squad list,2026-07-02\n',
    },
  },
};

const ANSWERED = [
  { id: 'pens', namespace: 'league', task: 'How many pens were scored in total?', declined: false as const },
  { id: 'docs', namespace: 'league', task: 'How many docs has each team filed?', declined: false as const },
  { id: 'cap.', namespace: 'league', task: 'Which teams have a stadium cap. over 30000?', declined: false as const },
];
const DECLINED = [
  { id: 'cars', namespace: 'league', task: 'How many cars were parked at each match?', declined: /cars/ },
  { id: 'fans', namespace: 'league', task: 'How many fans were at each match?', declined: /fans/ },
];

describe('a name cut short to three letters', () => {
  const answers = askBeforeAll(SCHEMAS, [...ANSWERED, ...DECLINED], { args: ['--current_date', '2026-11-02'], prefix: 'sluice-near-miss-short-forms-' });

  it('answers a question that names a table or column by its first three letters', () => {
    expectAnswered(answers(), ANSWERED);
  });

  it('still declines a three-letter word no name that long starts with', () => {
    expectDeclined(answers(), DECLINED, 'none');
  });
});
