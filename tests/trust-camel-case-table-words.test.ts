import { describe, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { expectCheckCase, questionContext, type CheckCase } from './helpers/answer-check-cases.js';

/**
 * A made-up broadcaster whose schema writes its table names in PascalCase: the answer checks read a table's words where
 * its case changes (ShowEpisode → show, episode), as they read show_episode. The cases are English constructions, not
 * any dataset's questions.
 */
const contextFor = (question: string): Context =>
  questionContext(question, 'broadcast', [
    {
      name: 'TvShow',
      columns: [
        { name: 'showId', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'showTitle', nullable: false },
      ],
    },
    {
      name: 'ShowEpisode',
      columns: [
        { name: 'episodeId', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'showId', type: 'INTEGER', nullable: false, references: 'TvShow.showId' },
        { name: 'episodeTitle', nullable: false },
        { name: 'isFinale', type: 'BOOLEAN', nullable: false },
      ],
    },
  ]);

/** A made-up pawnbroker in the same style: a pledge holds items, each described as taken in. */
const pawnContext = (question: string): Context =>
  questionContext(
    question,
    'pawn',
    [
      {
        name: 'Pledge',
        columns: [
          { name: 'pledgeNo', primary_key: true, nullable: false },
          { name: 'pledgeDate', type: 'DATE', nullable: false },
        ],
      },
      {
        name: 'PledgeItem',
        columns: [
          { name: 'itemId', type: 'INTEGER', primary_key: true, nullable: false },
          { name: 'pledgeNo', nullable: false, references: 'Pledge.pledgeNo' },
          { name: 'itemDesc', nullable: false },
        ],
      },
    ],
    { matched_values: [{ table: 'PledgeItem', column: 'itemDesc', value: 'Gold ring', matched_text: 'gold rings', score: 1 }] },
  );

const pawnCases: CheckCase[] = [
  // "pledges" is a modifier of PledgeItem and the head of Pledge: counting items counts other rows than pledges.
  ['the counted camelCase table named only by its modifier', 'How many pledges were taken in 2025?', "SELECT COUNT(*) FROM PledgeItem JOIN Pledge ON PledgeItem.pledgeNo = Pledge.pledgeNo WHERE Pledge.pledgeDate >= DATE '2025-01-01' AND Pledge.pledgeDate < DATE '2026-01-01'", ['n'], 1, 'counted_compound', false],
  // "gold rings" are items by the value the SQL keeps: "pledged" says what was done with them, not which rows.
  ['the counted rows named by a value the SQL keeps', 'How many gold rings have been pledged?', "SELECT COUNT(*) FROM PledgeItem WHERE itemDesc = 'Gold ring'", ['n'], 1, 'counted_compound', true],
];

const cases: CheckCase[] = [
  // "Which episodes": the head of ShowEpisode is episode, so an answer of flags alone does not say which.
  ['only a flag of the camelCase table named', 'Which episodes close a season?', 'SELECT isFinale FROM ShowEpisode', ['isFinale'], 3, 'rows_named', false],
  ['a title of the camelCase table named', 'Which episodes close a season?', 'SELECT episodeTitle FROM ShowEpisode WHERE isFinale', ['episodeTitle'], 3, 'rows_named', true],
];

describe('answer checks read the words of PascalCase table names where their case changes', () => {
  it.each(cases)('%s: %s', (...checkCase) => expectCheckCase(contextFor, checkCase));
  it.each(pawnCases)('%s: %s', (...checkCase) => expectCheckCase(pawnContext, checkCase));
});
