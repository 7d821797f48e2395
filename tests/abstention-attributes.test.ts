import path from 'node:path';
import { describeDeclineTable, type DeclineQuestion } from './helpers/describe-decline-table.js';
import { REPO_ROOT } from './helpers/run-cli.js';

/**
 * Abstention by what a question asks OF a thing (issue 14): an attribute neither the thing's table nor a table its keys
 * join holds is unanswerable, named with the table; one that links even loosely (a WordNet relation, a derived word) is
 * answered, also with the unit it is measured in between them ("the length in centimetres of each pet"). The questions
 * are worded afresh, none from the labelled set, on its spider databases through the real CLI.
 */
const DATE = ['--current_date', '2026-11-25'];
const DATASET = path.join(REPO_ROOT, 'bench/datasets/abstention');

const QUESTIONS: DeclineQuestion[] = [
  { id: 'colour', namespace: 'pets_1', task: 'What is the colour of each pet?', declined: /nothing in 'Pets' or the tables it links to matches 'colour'/ },
  { id: 'organised', namespace: 'concert_singer', task: 'Who organised each concert?', declined: /'organised'/ },
  { id: 'vaccinated', namespace: 'pets_1', task: 'What vaccine did the oldest dog get?', declined: /'vaccine'/ },
  { id: 'stadium revenue', namespace: 'concert_singer', task: 'What is the total revenue of each stadium?', declined: /'revenue'/ },
  { id: 'owner', namespace: 'concert_singer', task: "What is Live Nation's share of each concert?", declined: /'Live Nation'/ },
  { id: 'weight', namespace: 'pets_1', task: 'What is the weight of each pet?', declined: false },
  { id: 'capacity', namespace: 'concert_singer', task: 'What is the capacity of each stadium?', declined: false },
  { id: 'nationality', namespace: 'singer', task: 'What is the nationality of each singer?', declined: false },
  { id: 'sang', namespace: 'singer', task: 'Who sang each song?', declined: false },
  { id: 'owns', namespace: 'pets_1', task: 'Who owns each pet?', declined: false },
  { id: 'sales', namespace: 'singer', task: 'What are the sales of each song?', declined: false },
  { id: 'length in a unit', namespace: 'pets_1', task: 'What is the length in centimetres of each pet?', declined: /nothing in 'Pets' or the tables it links to matches 'length'/ },
  { id: 'weight in a unit', namespace: 'pets_1', task: 'What is the weight in kilograms of each pet?', declined: false },
];

describeDeclineTable('attributes asked of a stored thing', {
  databases: DATASET,
  questions: QUESTIONS,
  args: DATE,
  prefix: 'sluice-abstention-attributes-',
  declines: 'declines an attribute nothing near its thing holds, naming it, before any SQL runs',
  answers: 'answers an attribute the thing holds, by name or by a WordNet link (nationality ~ Citizenship, sang ~ singer, owns ~ Has_Pet)',
  query: 'none',
});
