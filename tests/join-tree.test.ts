import { describe, expect, it } from 'vitest';
import { joinTree } from '../src/models/offline/join-graph.js';
import { schemaTable } from './helpers/schema-table.js';

/**
 * The joins a query needs: each wanted table is joined from everything joined so far, nearest first. "Distance sailed by
 * one vessel" needs routes, sailings and vessels: sailings hold both keys, so routes → sailings → vessels; joining
 * routes to vessels through the vessel's home port (as long a path as through sailings) and sailings besides
 * summed the routes that start at the vessel's home port.
 */
const TABLES = [
  schemaTable('ports', [['port_code', 'VARCHAR', { primary_key: true }], ['port_name', 'VARCHAR']]),
  schemaTable('vessels', [['vsl_code', 'VARCHAR', { primary_key: true }], ['vsl_name', 'VARCHAR'], ['home_port', 'VARCHAR', { references: 'ports.port_code' }]]),
  schemaTable('routes', [['rte_id', 'INTEGER', { primary_key: true }], ['orig_port', 'VARCHAR', { references: 'ports.port_code' }], ['dist_nm', 'DECIMAL(5,1)']]),
  schemaTable('sailings', [['sail_id', 'INTEGER', { primary_key: true }], ['rte_id', 'INTEGER', { references: 'routes.rte_id' }], ['vsl_code', 'VARCHAR', { references: 'vessels.vsl_code' }]]),
];

describe('joinTree', () => {
  it('joins a wanted table through another wanted table rather than through one nobody asked for', () => {
    const { steps, missing } = joinTree('routes', ['vessels', 'sailings'], TABLES);
    expect(missing).toEqual([]);
    expect(steps.map((step) => `${step.on.table}.${step.on.column} = ${step.table}.${step.on.otherColumn}`)).toEqual([
      'routes.rte_id = sailings.rte_id',
      'sailings.vsl_code = vessels.vsl_code',
    ]);
  });

  it('still takes the only path there is, and names a table it cannot reach', () => {
    const { steps, missing } = joinTree('routes', ['ports', 'nowhere'], TABLES);
    expect(steps.map((step) => step.table)).toEqual(['ports']);
    expect(missing).toEqual(['nowhere']);
  });
});
