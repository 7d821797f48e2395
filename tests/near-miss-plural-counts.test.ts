import { describeDeclineTable } from './helpers/describe-decline-table.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * "Who lost the most finals?" counts finals (issue 14): an adjective takes no plural, so "finals" after "most" is a noun
 * counted, not a quality ranked by, even though its singular is mostly an adjective ("final"). A matches table names
 * finals, so the question runs; its twin that ranks by an adjective nothing stores ("the most famous") is still declined. Made-up
 * database through the real CLI.
 */
const SCHEMAS: Record<string, MadeUpDatabase> = {
  tour: {
    schema: [
      'CREATE TABLE players (player_id INTEGER PRIMARY KEY, first_name VARCHAR NOT NULL, last_name VARCHAR NOT NULL, country_code CHAR(3) NOT NULL);',
      'CREATE TABLE matches (match_num INTEGER PRIMARY KEY, tourney_name VARCHAR NOT NULL, round VARCHAR NOT NULL, score VARCHAR NOT NULL, winner_id INTEGER NOT NULL REFERENCES players(player_id), winner_name VARCHAR NOT NULL, loser_id INTEGER NOT NULL REFERENCES players(player_id), loser_name VARCHAR NOT NULL, loser_rank INTEGER);',
      'CREATE TABLE rankings (ranking_date DATE NOT NULL, ranking INTEGER NOT NULL, player_id INTEGER NOT NULL REFERENCES players(player_id), ranking_points INTEGER NOT NULL);',
    ].join('\n'),
    data: {
      players: 'player_id,first_name,last_name,country_code\n1,Ana,Ivic,SRB\n2,Lena,Berg,GER\n3,Mia,Sato,JPN\n',
      matches:
        'match_num,tourney_name,round,score,winner_id,winner_name,loser_id,loser_name,loser_rank\n1,Open A,F,6-2 6-4,1,Ana Ivic,2,Lena Berg,4\n2,Open B,F,7-5 6-3,3,Mia Sato,2,Lena Berg,4\n3,Open B,SF,6-1 6-1,2,Lena Berg,1,Ana Ivic,2\n4,Open C,F,6-4 6-4,2,Lena Berg,3,Mia Sato,9\n',
      rankings: 'ranking_date,ranking,player_id,ranking_points\n2026-01-05,1,1,5000\n2026-01-05,2,2,4200\n2026-01-05,3,3,3900\n',
    },
  },
};

const ANSWERED = [{ id: 'most finals', namespace: 'tour', task: 'Who lost the most finals?', declined: false as const }];
const DECLINED = [{ id: 'most famous', namespace: 'tour', task: 'Who is the most famous player?', declined: /famous/ }];

describeDeclineTable('a plural after "most" is counted, not ranked by', {
  databases: SCHEMAS,
  questions: [...ANSWERED, ...DECLINED],
  args: ['--current_date', '2026-12-01'],
  prefix: 'sluice-near-miss-plural-counts-',
  declines: 'still declines the twin that ranks by a quality nothing stores',
  answers: 'answers "the most finals" where a table holds matches',
  query: 'none',
});
