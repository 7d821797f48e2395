import { describe, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { expectCheckCase, questionContext, type CheckCase } from './helpers/answer-check-cases.js';

/** A made-up heating engineer's books: boilers under terse names, their services and callouts, flour bought by the kilo for its canteen, and its staff walking club's hikes. */
const contextFor = (question: string): Context =>
  questionContext(question, 'heating', [
    {
      name: 'dim_blr',
      columns: [
        { name: 'blr_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'make_nm', nullable: false },
        { name: 'fuel_cd', nullable: false },
      ],
    },
    {
      name: 'fct_svc',
      columns: [
        { name: 'svc_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'blr_id', type: 'INTEGER', nullable: false, references: 'dim_blr.blr_id' },
        { name: 'fault_cd', nullable: false },
        { name: 'svc_dt', type: 'DATE', nullable: false },
      ],
    },
    {
      name: 'supplier',
      columns: [
        { name: 'supplier_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'supplier_nm', nullable: false },
      ],
    },
    {
      name: 'grain_lot',
      columns: [
        { name: 'lot_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'supplier_id', type: 'INTEGER', nullable: false, references: 'supplier.supplier_id' },
        { name: 'weight_kg', type: 'INTEGER', nullable: false },
        { name: 'cost_per_kg', type: 'DECIMAL(5,2)', nullable: false },
      ],
    },
    {
      name: 'callout',
      columns: [
        { name: 'callout_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'blr_id', type: 'INTEGER', nullable: false, references: 'dim_blr.blr_id' },
        { name: 'callout_type', nullable: false },
        { name: 'callout_dt', type: 'DATE', nullable: false },
      ],
    },
    {
      name: 'hikers',
      columns: [
        { name: 'hiker_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'full_name', nullable: false },
        { name: 'role', nullable: false, comment: 'hiker, leader or driver' },
        { name: 'left_on', type: 'DATE' },
        { name: 'first_hike_on', type: 'DATE' },
      ],
    },
    {
      name: 'routes',
      columns: [
        { name: 'route_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'leader_id', type: 'INTEGER', nullable: false, references: 'hikers.hiker_id' },
      ],
    },
    {
      name: 'hikes',
      columns: [
        { name: 'hike_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'hiker_id', type: 'INTEGER', nullable: false, references: 'hikers.hiker_id' },
        { name: 'route_id', type: 'INTEGER', nullable: false, references: 'routes.route_id' },
      ],
    },
  ]);

const cases: CheckCase[] = [
  // fanned_count: the counted noun names the referenced table by a skeleton of its name (blr for boilers)
  ['boilers counted by their services', 'How many boilers have had a leak reported?', "SELECT COUNT(*) FROM fct_svc JOIN dim_blr ON fct_svc.blr_id = dim_blr.blr_id WHERE fct_svc.fault_cd = 'LEAK'", ['n'], 1, 'fanned_count', false],
  ['boilers counted once each', 'How many boilers have had a leak reported?', "SELECT COUNT(DISTINCT fct_svc.blr_id) FROM fct_svc JOIN dim_blr ON fct_svc.blr_id = dim_blr.blr_id WHERE fct_svc.fault_cd = 'LEAK'", ['n'], 1, 'fanned_count', true],
  ['the services themselves counted', 'How many services found a leak on a gas boiler?', "SELECT COUNT(*) FROM fct_svc JOIN dim_blr ON fct_svc.blr_id = dim_blr.blr_id WHERE fct_svc.fault_cd = 'LEAK' AND dim_blr.fuel_cd = 'GAS'", ['n'], 1, 'fanned_count', true],
  // rate_grouped: "per kg" is the unit of cost_per_kg, not a grouping
  ['a rate unit read as a grouping', 'What is the average cost per kg paid to each supplier?', 'SELECT grain_lot.weight_kg, supplier.supplier_nm, AVG(grain_lot.cost_per_kg) FROM grain_lot JOIN supplier ON grain_lot.supplier_id = supplier.supplier_id GROUP BY 1, 2', ['weight_kg', 'supplier_nm', 'avg'], 8, 'rate_grouped', false],
  ['the rate averaged for each supplier', 'What is the average cost per kg paid to each supplier?', 'SELECT supplier.supplier_nm, AVG(grain_lot.cost_per_kg) FROM grain_lot JOIN supplier ON grain_lot.supplier_id = supplier.supplier_id GROUP BY 1', ['supplier_nm', 'avg'], 3, 'rate_grouped', true],
  ['a grouping by a weight no rate names', 'How many lots were bought per weight?', 'SELECT weight_kg, COUNT(*) FROM grain_lot GROUP BY 1', ['weight_kg', 'n'], 4, 'rate_grouped', true],
  // tail_items_shown: a fragment after the question mark lists what each row shows
  ['an item of the tail left out', 'Which callouts were for gas boilers in May 2026? callout id and type', "SELECT callout.callout_id FROM callout JOIN dim_blr ON callout.blr_id = dim_blr.blr_id WHERE dim_blr.fuel_cd = 'GAS' AND callout.callout_dt >= DATE '2026-05-01' AND callout.callout_dt < DATE '2026-06-01'", ['callout_id'], 3, 'tail_items_shown', false],
  ['every item of the tail shown', 'Which callouts were for gas boilers in May 2026? callout id and type', "SELECT callout.callout_id, callout.callout_type FROM callout JOIN dim_blr ON callout.blr_id = dim_blr.blr_id WHERE dim_blr.fuel_cd = 'GAS' AND callout.callout_dt >= DATE '2026-05-01' AND callout.callout_dt < DATE '2026-06-01'", ['callout_id', 'callout_type'], 3, 'tail_items_shown', true],
  ['a lone modifier sharing the next item\'s head', 'Which hiker joined first? Give the first and last name.', 'SELECT full_name FROM hikers ORDER BY hiker_id LIMIT 1', ['full_name'], 1, 'tail_items_shown', true],
  ['a tail that shows the group', 'How many services has each boiler had? Show the make.', 'SELECT dim_blr.make_nm, COUNT(*) FROM fct_svc JOIN dim_blr ON fct_svc.blr_id = dim_blr.blr_id GROUP BY dim_blr.blr_id, 1', ['make_nm', 'n'], 3, 'tail_items_shown', true],
  // tables_used: a verb names a table (hiked: hikes) that another table's longer name (hikers) does not stand for
  ['the deed table left for a path through the leader', 'How many different routes has Ann Cole hiked?', "SELECT COUNT(DISTINCT routes.route_id) FROM routes JOIN hikers ON routes.leader_id = hikers.hiker_id WHERE hikers.full_name = 'Ann Cole'", ['n'], 1, 'tables_used', false],
  ['the deed table read', 'How many different routes has Ann Cole hiked?', "SELECT COUNT(DISTINCT hikes.route_id) FROM hikes JOIN hikers ON hikes.hiker_id = hikers.hiker_id WHERE hikers.full_name = 'Ann Cole'", ['n'], 1, 'tables_used', true],
  // own_name_value: the noun naming the table's rows read again as a value of its own column
  ['the rows narrowed by their own name', 'Give me the name of every hiker who is still in the club.', "SELECT full_name FROM hikers WHERE role = 'hiker' AND left_on IS NULL", ['full_name'], 4, 'own_name_value', false],
  ['every row the noun names', 'Give me the name of every hiker who is still in the club.', 'SELECT full_name FROM hikers WHERE left_on IS NULL', ['full_name'], 6, 'own_name_value', true],
  ['the column named with the value', 'Give me the name of every hiker whose role is hiker.', "SELECT full_name FROM hikers WHERE role = 'hiker'", ['full_name'], 4, 'own_name_value', true],
  ['a noun no quantifier spreads over every row', 'Which hiker joined the club first?', "SELECT full_name FROM hikers WHERE role = 'hiker' ORDER BY hiker_id LIMIT 1", ['full_name'], 1, 'own_name_value', true],
  ['the column asked to be shown, before the noun', 'List the name and role of every hiker who is still in the club.', "SELECT full_name, role FROM hikers WHERE role = 'hiker' AND left_on IS NULL", ['full_name', 'role'], 4, 'own_name_value', false],
  ['another kind of the rows', 'Give me the name of every driver still in the club.', "SELECT full_name FROM hikers WHERE role = 'driver' AND left_on IS NULL", ['full_name'], 2, 'own_name_value', true],
];

describe('the checks see a count of a short-named table fanned by a join, a rate unit read as a grouping, a listed item left out, a table named by a verb, and the rows narrowed by their own name', () => {
  it.each(cases)('%s: %s', (...checkCase) => expectCheckCase(contextFor, checkCase));
});
