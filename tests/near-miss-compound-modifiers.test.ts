import { describeDeclineTable } from './helpers/describe-decline-table.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * Words joined by hyphens before a noun ("self-service machines", "brick-and-mortar shops") make one adjective (issue
 * 14): it says what kind the noun is, so its parts linking to nothing do not decline the question, as a plain adjective
 * does not. The twins still decline: the same compound before a noun nothing names ("brick-and-mortar competitors"),
 * and a plain noun nothing names with no compound ("mortar").
 */
const SCHEMAS: Record<string, MadeUpDatabase> = {
  boxoffice: {
    schema: [
      'CREATE TABLE shops (shop_id INTEGER PRIMARY KEY, "name" VARCHAR NOT NULL, town VARCHAR NOT NULL);',
      'CREATE TABLE ticket_sales (sale_id INTEGER PRIMARY KEY, shop_id INTEGER REFERENCES shops(shop_id), channel VARCHAR NOT NULL, qty INTEGER NOT NULL, sold_dt DATE NOT NULL);',
      "COMMENT ON COLUMN ticket_sales.channel IS 'counter, online or machine';",
    ].join('\n'),
    data: {
      shops: 'shop_id,name,town\n1,Central,Leeds\n2,Riverside,York\n',
      ticket_sales: 'sale_id,shop_id,channel,qty,sold_dt\n1,1,counter,2,2026-10-01\n2,1,machine,1,2026-10-02\n3,2,machine,4,2026-10-02\n4,2,online,3,2026-10-03\n',
    },
  },
};

const ANSWERED = [
  { id: 'self-service', namespace: 'boxoffice', task: 'How many tickets were sold at the self-service machines?', declined: false as const },
  { id: 'brick-and-mortar', namespace: 'boxoffice', task: 'How many tickets were sold in our brick-and-mortar shops?', declined: false as const },
];
const DECLINED = [
  { id: 'competitors', namespace: 'boxoffice', task: 'How many brick-and-mortar competitors are there?', declined: /competitors/ },
  { id: 'mortar', namespace: 'boxoffice', task: 'How much mortar did each shop use?', declined: /mortar/ },
];

describeDeclineTable('a hyphenated compound before a noun is one adjective', {
  databases: SCHEMAS,
  questions: [...ANSWERED, ...DECLINED],
  args: ['--current_date', '2026-11-02'],
  prefix: 'sluice-near-miss-compound-modifiers-',
  declines: 'still declines a noun nothing names, after such a compound or alone',
  answers: 'answers a question whose only unlinked words are a compound modifier',
  query: 'none',
});
