import type { CatalogColumn, CatalogTable } from '../src/connectors/connector.js';
import type { ColumnValues } from '../src/catalog/build-value-lookup.js';

const DOMAINS = ['sales', 'finance', 'hr', 'marketing', 'inventory', 'logistics', 'support', 'billing', 'analytics', 'product', 'crm', 'procurement', 'manufacturing', 'legal', 'payroll', 'retail', 'ecommerce', 'fleet', 'clinical', 'insurance'];
const ENTITIES = ['customer', 'order', 'invoice', 'payment', 'shipment', 'product', 'supplier', 'employee', 'campaign', 'ticket', 'account', 'contract', 'warehouse', 'vendor', 'lead', 'opportunity', 'subscription', 'refund', 'return', 'review', 'session', 'device', 'store', 'region', 'budget', 'forecast', 'asset', 'claim', 'policy', 'vehicle', 'route', 'patient', 'visit', 'department', 'project', 'timesheet', 'expense', 'coupon', 'cart', 'carrier'];
const SUFFIXES = ['', 'history', 'daily', 'monthly', 'summary', 'archive', 'staging', 'snapshot', 'detail', 'line', 'log', 'audit', 'v2'];
const MEASURES: Array<[string, string]> = [
  ['amount', 'DECIMAL(12,2)'], ['total_amount', 'DECIMAL(12,2)'], ['quantity', 'INTEGER'], ['unit_price', 'DECIMAL(10,2)'],
  ['discount_amount', 'DECIMAL(10,2)'], ['tax_amount', 'DECIMAL(10,2)'], ['revenue', 'DECIMAL(14,2)'], ['cost', 'DECIMAL(14,2)'],
  ['margin_pct', 'DOUBLE'], ['score', 'DOUBLE'], ['duration_minutes', 'INTEGER'], ['weight_kg', 'DOUBLE'], ['balance', 'DECIMAL(14,2)'],
];
const ATTRIBUTES: Array<[string, string]> = [
  ['name', 'VARCHAR'], ['description', 'VARCHAR'], ['email', 'VARCHAR'], ['phone', 'VARCHAR'], ['city', 'VARCHAR'], ['country', 'VARCHAR'],
  ['postal_code', 'VARCHAR'], ['currency', 'VARCHAR'], ['owner_name', 'VARCHAR'], ['notes', 'VARCHAR'], ['priority', 'INTEGER'],
  ['is_active', 'BOOLEAN'], ['created_at', 'TIMESTAMP'], ['updated_at', 'TIMESTAMP'], ['start_date', 'DATE'], ['end_date', 'DATE'],
  ['due_date', 'DATE'], ['external_ref', 'VARCHAR'], ['source_system', 'VARCHAR'], ['version', 'INTEGER'],
];
/** Low-cardinality text columns and their stored values, as collect-column-values would read them. */
const CATEGORICAL: Record<string, string[]> = {
  status: ['active', 'pending', 'closed', 'cancelled', 'on hold', 'archived'],
  channel: ['web', 'mobile app', 'retail store', 'call center', 'partner'],
  segment: ['enterprise', 'small business', 'consumer', 'public sector'],
  tier: ['gold', 'silver', 'bronze', 'platinum'],
  payment_method: ['credit card', 'bank transfer', 'paypal', 'invoice'],
};

/** Deterministic pseudo-random numbers (mulberry32), so every run sees the same catalog and questions. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

export interface SyntheticCatalog {
  tables: CatalogTable[];
  values: ColumnValues[];
}

/**
 * A warehouse-like catalog: tables named domain_entity[_suffix], each with an id, foreign keys to
 * 1–2 earlier tables, measures, attributes and categorical columns, `columnsPerTable` columns in all.
 */
export function syntheticCatalog(tableCount: number, columnsPerTable: number, seed = 42): SyntheticCatalog {
  const random = seededRandom(seed);
  const tables: CatalogTable[] = [];
  const values: ColumnValues[] = [];
  const taken = new Set<string>();
  for (let t = 0; t < tableCount; t++) {
    const domain = pick(random, DOMAINS);
    const entity = pick(random, ENTITIES);
    const suffix = pick(random, SUFFIXES);
    let name = [domain, entity, suffix].filter(Boolean).join('_');
    for (let n = 2; taken.has(name); n++) name = `${[domain, entity, suffix].filter(Boolean).join('_')}_${n}`;
    taken.add(name);

    const columns: CatalogColumn[] = [{ name: `${entity}_id`, type: 'INTEGER', nullable: false, primary_key: true }];
    const used = new Set([columns[0]!.name]);
    const add = (column: Omit<CatalogColumn, 'nullable' | 'primary_key'>) => {
      if (used.has(column.name) || columns.length >= columnsPerTable) return;
      used.add(column.name);
      columns.push({ nullable: true, primary_key: false, ...column });
    };
    for (let f = 0; f < 1 + Math.floor(random() * 2) && t > 0; f++) {
      const target = tables[Math.floor(random() * tables.length)]!;
      const key = target.columns[0]!.name;
      add({ name: key === columns[0]!.name ? `parent_${key}` : key, type: 'INTEGER', references: `${target.name}.${key}` });
    }
    for (const [column, vocabulary] of Object.entries(CATEGORICAL)) {
      if (random() < 0.4) {
        add({ name: column, type: 'VARCHAR' });
        if (used.has(column)) values.push({ table: name, column, values: vocabulary });
      }
    }
    while (columns.length < columnsPerTable) {
      const [column, type] = random() < 0.4 ? pick(random, MEASURES) : pick(random, ATTRIBUTES);
      add({ name: column, type });
      if (used.size >= MEASURES.length + ATTRIBUTES.length) break;
    }
    tables.push({
      name,
      columns,
      row_count: Math.floor(random() * 5_000_000),
      ...(random() < 0.3 ? { comment: `${suffix || 'current'} ${entity} records of the ${domain} team` } : {}),
    });
  }
  return { tables, values };
}

/** Questions in an analyst's words about the catalog's entities, measures and stored values. */
export function syntheticQuestions(count: number, seed = 7): string[] {
  const random = seededRandom(seed);
  const words = (column: string) => column.replaceAll('_', ' ');
  const templates = [
    () => `What is the total ${words(pick(random, MEASURES)[0])} of ${pick(random, ENTITIES)}s by ${pick(random, ['country', 'city', 'channel', 'segment'])}?`,
    () => `How many ${pick(random, ENTITIES)}s in ${pick(random, DOMAINS)} have ${pick(random, CATEGORICAL.status!)} status?`,
    () => `List the ${words(pick(random, ATTRIBUTES)[0])} and ${words(pick(random, MEASURES)[0])} of ${pick(random, DOMAINS)} ${pick(random, ENTITIES)} ${pick(random, SUFFIXES.filter(Boolean))}`,
    () => `Average ${words(pick(random, MEASURES)[0])} per ${pick(random, ENTITIES)} for ${pick(random, CATEGORICAL.segment!)} ${pick(random, ENTITIES)}s last month`,
    () => `Which ${pick(random, ENTITIES)}s paid by ${pick(random, CATEGORICAL.payment_method!)} through the ${pick(random, CATEGORICAL.channel!)} had the highest ${words(pick(random, MEASURES)[0])}?`,
  ];
  return Array.from({ length: count }, () => pick(random, templates)());
}
