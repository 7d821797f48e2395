import { describe, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { expectCheckCase, questionContext, type CheckCase } from './helpers/answer-check-cases.js';

/** A made-up allotment society: English constructions, not any dataset's questions. */
const contextFor = (question: string): Context =>
  questionContext(question, 'allotments', [
    {
      name: 'sites',
      columns: [
        { name: 'site_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'site_nm', nullable: false },
        { name: 'town', nullable: false },
      ],
    },
    {
      name: 'plots',
      columns: [
        { name: 'plot_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'site_id', type: 'INTEGER', nullable: false, references: 'sites.site_id' },
        { name: 'soil', nullable: false },
        { name: 'area_m2', type: 'DECIMAL(6,1)', nullable: false },
        { name: 'raised', type: 'BOOLEAN', nullable: false },
      ],
    },
    {
      name: 'sheds',
      columns: [
        { name: 'shed_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'colour', nullable: false },
      ],
    },
    {
      name: 'seeds',
      columns: [
        { name: 'seed_cd', primary_key: true, nullable: false },
        { name: 'seed_nm', nullable: false },
      ],
    },
    {
      name: 'swaps',
      columns: [
        { name: 'swap_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'given_seed_cd', nullable: false, references: 'seeds.seed_cd' },
        { name: 'got_seed_cd', nullable: false, references: 'seeds.seed_cd' },
        { name: 'from_lang_cd', nullable: false, references: 'langs.lang_cd' },
        { name: 'to_lang_cd', nullable: false, references: 'langs.lang_cd' },
        { name: 'packets', type: 'INTEGER', nullable: false },
      ],
    },
    {
      name: 'langs',
      columns: [
        { name: 'lang_cd', primary_key: true, nullable: false },
        { name: 'lang_nm', nullable: false },
      ],
    },
    {
      name: 'tenants',
      columns: [
        { name: 'tenant_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'full_name', nullable: false },
        { name: 'site_id', type: 'INTEGER', nullable: false, references: 'sites.site_id' },
        { name: 'plan', nullable: false },
      ],
    },
  ]);

/** A question, the SQL, its result (columns and rows), the check expected and whether it passes. */
const cases: CheckCase[] = [
  // share_scope: the whole a share is taken of tested only in the counted part
  ["the owner's rows tested only in the count", "What share of Oak Lane's tenants are on the senior plan?", "SELECT 100.0 * SUM(CASE WHEN sites.site_nm = 'Oak Lane' AND tenants.plan = 'senior' THEN 1 ELSE 0 END) / COUNT(*) FROM tenants JOIN sites ON tenants.site_id = sites.site_id", ['share'], [[12.5]], 'share_scope', false],
  ['the whole kept by the WHERE', "What share of Oak Lane's tenants are on the senior plan?", "SELECT 100.0 * COUNT(*) FILTER (WHERE tenants.plan = 'senior') / COUNT(*) FROM tenants JOIN sites ON tenants.site_id = sites.site_id WHERE sites.site_nm = 'Oak Lane'", ['share'], [[40]], 'share_scope', true],
  ['the counted part after the verb', 'What percentage of tenants are on the senior plan?', "SELECT 100.0 * SUM(CASE WHEN plan = 'senior' THEN 1 ELSE 0 END) / COUNT(*) FROM tenants", ['share'], [[30]], 'share_scope', true],
  // average_subset: "than the average <modifier> <noun>" compared with the average of every row
  ['a flag of the modifier missing from the average', 'Which plots are bigger than the average raised plot?', 'SELECT plot_id FROM plots WHERE raised AND area_m2 > (SELECT AVG(area_m2) FROM plots)', ['plot_id'], [[1], [2]], 'average_subset', false],
  ['a value of the modifier missing from the average', 'How many clay plots are bigger than the average clay plot?', "SELECT COUNT(*) FROM plots WHERE soil = 'clay' AND area_m2 > (SELECT AVG(area_m2) FROM plots)", ['n'], [[4]], 'average_subset', false],
  ['the average taken of the same rows', 'How many clay plots are bigger than the average clay plot?', "SELECT COUNT(*) FROM plots WHERE soil = 'clay' AND area_m2 > (SELECT AVG(area_m2) FROM plots WHERE soil = 'clay')", ['n'], [[2]], 'average_subset', true],
  ['the average of every plot asked', 'How many clay plots are bigger than the average plot?', "SELECT COUNT(*) FROM plots WHERE soil = 'clay' AND area_m2 > (SELECT AVG(area_m2) FROM plots)", ['n'], [[4]], 'average_subset', true],
  // negated_value: a value the question denies accepted by an IN list
  ['the denied value in the IN list', 'Which sites have clay plots but no sand plots?', "SELECT DISTINCT sites.site_nm FROM sites JOIN plots ON plots.site_id = sites.site_id WHERE plots.soil IN ('clay', 'sand')", ['site_nm'], [['Oak Lane'], ['Mill Road']], 'negated_value', false],
  ['both values asked for', 'Which sites have clay or sand plots?', "SELECT DISTINCT sites.site_nm FROM sites JOIN plots ON plots.site_id = sites.site_id WHERE plots.soil IN ('clay', 'sand')", ['site_nm'], [['Oak Lane'], ['Mill Road']], 'negated_value', true],
  ['the denied value kept out', 'Which sites have clay plots but no sand plots?', "SELECT site_nm FROM sites WHERE site_id IN (SELECT site_id FROM plots WHERE soil = 'clay') AND site_id NOT IN (SELECT site_id FROM plots WHERE soil = 'sand')", ['site_nm'], [['Oak Lane']], 'negated_value', true],
  // rows_identified: "each / every / top N <noun>" answered without saying which row
  ['each row shown by an attribute only', 'List each site with the town it is in.', 'SELECT town FROM sites', ['town'], [['Leeds'], ['York'], ['Leeds']], 'rows_identified', false],
  ['each row shown by its name', 'List each site with the town it is in.', 'SELECT site_nm, town FROM sites', ['site_nm', 'town'], [['Oak Lane', 'Leeds'], ['Mill Road', 'York']], 'rows_identified', true],
  ['top N shown by a key while a name exists', 'top 2 sites by number of plots', 'SELECT sites.site_id, COUNT(*) AS n FROM plots JOIN sites ON plots.site_id = sites.site_id GROUP BY 1 ORDER BY n DESC LIMIT 2', ['site_id', 'n'], [[3, 9], [1, 7]], 'rows_identified', false],
  ['the key asked for', 'the site ids and number of plots of each site', 'SELECT site_id, COUNT(*) FROM plots GROUP BY 1', ['site_id', 'n'], [[3, 9], [1, 7]], 'rows_identified', true],
  ['a thing listed beside each row shown by its key', 'List every tenant with the site they rent at.', 'SELECT * FROM tenants', ['tenant_id', 'full_name', 'site_id', 'plan'], [[1, 'Ann Lee', 3, 'senior'], [2, 'Bo Park', 1, 'standard']], 'rows_identified', false],
  ['attributes asked of every row', 'What is the soil and area of every plot?', 'SELECT soil, area_m2 FROM plots', ['soil', 'area_m2'], [['clay', 20], ['clay', 20]], 'rows_identified', true],
  ['a table without a name, shown by repeated values', 'List each shed with its colour.', 'SELECT colour FROM sheds', ['colour'], [['green'], ['green'], ['red']], 'rows_identified', false],
  ['a table without a name, shown by values that tell them apart', 'List each shed with its colour.', 'SELECT colour FROM sheds', ['colour'], [['green'], ['blue'], ['red']], 'rows_identified', true],
  // role_chosen: a table refers to another twice and the SQL joins on the role the question does not name
  ['the other role named', 'How many swaps had their labels put into Welsh?', "SELECT COUNT(*) FROM swaps JOIN langs ON swaps.from_lang_cd = langs.lang_cd WHERE langs.lang_nm = 'Welsh'", ['n'], [[3]], 'role_chosen', false],
  ['the role named by its preposition', 'How many swaps had their labels put into Welsh?', "SELECT COUNT(*) FROM swaps JOIN langs ON swaps.to_lang_cd = langs.lang_cd WHERE langs.lang_nm = 'Welsh'", ['n'], [[3]], 'role_chosen', true],
  ['neither role named', 'How many swaps involved runner beans?', "SELECT COUNT(*) FROM swaps JOIN seeds ON swaps.given_seed_cd = seeds.seed_cd WHERE seeds.seed_nm = 'runner bean'", ['n'], [[2]], 'role_chosen', true],
  ['the other role named by a word, not a direction', 'How many swaps got runner beans?', "SELECT COUNT(*) FROM swaps JOIN seeds ON swaps.given_seed_cd = seeds.seed_cd WHERE seeds.seed_nm = 'runner bean'", ['n'], [[2]], 'role_chosen', true],
  ['the other role marked by "from"', 'How many swaps had labels translated from Welsh?', "SELECT COUNT(*) FROM swaps JOIN langs ON swaps.to_lang_cd = langs.lang_cd WHERE langs.lang_nm = 'Welsh'", ['n'], [[3]], 'role_chosen', false],
  ['the role named by its word', 'How many swaps got runner beans?', "SELECT COUNT(*) FROM swaps JOIN seeds ON swaps.got_seed_cd = seeds.seed_cd WHERE seeds.seed_nm = 'runner bean'", ['n'], [[2]], 'role_chosen', true],
  // unlabelled_amounts: one amount asked, several unlabelled amounts shown
  ['amounts row by row', 'Packets swapped for runner beans, all time', "SELECT swaps.packets FROM swaps JOIN seeds ON swaps.got_seed_cd = seeds.seed_cd WHERE seeds.seed_nm = 'runner bean'", ['packets'], [[3], [5], [2]], 'unlabelled_amounts', false],
  ['the amounts summed', 'Packets swapped for runner beans, all time', "SELECT SUM(swaps.packets) FROM swaps JOIN seeds ON swaps.got_seed_cd = seeds.seed_cd WHERE seeds.seed_nm = 'runner bean'", ['packets'], [[10]], 'unlabelled_amounts', true],
  ['the amounts asked for', 'What are the packet counts of the swaps for runner beans?', "SELECT swaps.packets FROM swaps JOIN seeds ON swaps.got_seed_cd = seeds.seed_cd WHERE seeds.seed_nm = 'runner bean'", ['packets'], [[3], [5], [2]], 'unlabelled_amounts', true],
  // counted_quantity: "how many <noun>" where a column holds that many per row
  ['rows counted instead of the quantity added', 'How many packets were swapped for runner beans?', "SELECT COUNT(*) FROM swaps JOIN seeds ON swaps.got_seed_cd = seeds.seed_cd WHERE seeds.seed_nm = 'runner bean'", ['n'], [[3]], 'counted_quantity', false],
  ['the quantity added', 'How many packets were swapped for runner beans?', "SELECT SUM(swaps.packets) FROM swaps JOIN seeds ON swaps.got_seed_cd = seeds.seed_cd WHERE seeds.seed_nm = 'runner bean'", ['n'], [[10]], 'counted_quantity', true],
  ['a noun no column counts', 'How many swaps got runner beans?', "SELECT COUNT(*) FROM swaps JOIN seeds ON swaps.got_seed_cd = seeds.seed_cd WHERE seeds.seed_nm = 'runner bean'", ['n'], [[3]], 'counted_quantity', true],
];

describe('checks of the whole a share or an average is taken of, a denied value, which rows "each" asks for, a role and one amount', () => {
  it.each(cases)('%s: %s', (...checkCase) => expectCheckCase(contextFor, checkCase));
});
