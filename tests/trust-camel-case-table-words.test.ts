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

const cases: CheckCase[] = [
  // "Which episodes": the head of ShowEpisode is episode, so an answer of flags alone does not say which.
  ['only a flag of the camelCase table named', 'Which episodes close a season?', 'SELECT isFinale FROM ShowEpisode', ['isFinale'], 3, 'rows_named', false],
  ['a title of the camelCase table named', 'Which episodes close a season?', 'SELECT episodeTitle FROM ShowEpisode WHERE isFinale', ['episodeTitle'], 3, 'rows_named', true],
];

describe('answer checks read the words of PascalCase table names where their case changes', () => {
  it.each(cases)('%s: %s', (...checkCase) => expectCheckCase(contextFor, checkCase));
});
