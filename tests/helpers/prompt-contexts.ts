import { ContextSchema, type Context, type ContextInput } from '../../src/context/context-schema.js';

type TableInput = NonNullable<ContextInput['table_schemas']>[number];

const col = (name: string, type: string, extra: Record<string, unknown> = {}) => ({ name, type, ...extra });

function table(name: string, score: number, columns: ReturnType<typeof col>[], rows: unknown[][], extra: Partial<TableInput> = {}): TableInput {
  return {
    name,
    columns,
    row_count: 1000 + rows.length,
    ddl: `CREATE TABLE ${name} (${columns.map((c) => `${c.name} ${c.type}`).join(', ')});`,
    sample_rows: rows,
    score,
    ...extra,
  };
}

export const retailTables = {
  customers: table(
    'customers',
    0.92,
    [
      col('customer_id', 'INTEGER', { primary_key: true, nullable: false, score: 0.5 }),
      col('name', 'VARCHAR', { score: 0.6 }),
      col('email', 'VARCHAR', { score: 0.1 }),
      col('state', 'VARCHAR', { score: 0.95, comment: 'two-letter US state code' }),
      col('city', 'VARCHAR', { score: 0.3 }),
      col('signup_date', 'DATE', { score: 0.2 }),
      col('segment', 'VARCHAR', { score: 0.2 }),
    ],
    [
      [1, 'Ada Park', 'ada@example.com', 'CA', 'Oakland', '2023-01-04', 'consumer'],
      [2, 'Ben Ortiz', 'ben@example.com', 'NY', 'Buffalo', '2023-02-11', 'corporate'],
      [3, 'Cy Young', 'cy@example.com', 'TX', 'Austin', '2023-03-19', 'consumer'],
    ],
    { reason: 'value match' },
  ),
  orders: table(
    'orders',
    0.8,
    [
      col('order_id', 'INTEGER', { primary_key: true, nullable: false }),
      col('customer_id', 'INTEGER', { references: 'customers.customer_id' }),
      col('order_date', 'DATE', { score: 0.8 }),
      col('status', 'VARCHAR', { score: 0.5, comment: "'completed', 'cancelled' or 'returned'" }),
      col('shipping_cost', 'DECIMAL(10,2)', { score: 0.1 }),
      col('channel', 'VARCHAR', { score: 0.1 }),
    ],
    [
      [100, 1, '2024-01-03', 'completed', '4.99', 'web'],
      [101, 2, '2024-01-05', 'returned', '0.00', 'store'],
      [102, 3, '2024-02-14', 'completed', '7.50', 'web'],
    ],
  ),
  order_items: table(
    'order_items',
    0.78,
    [
      col('order_item_id', 'INTEGER', { primary_key: true, nullable: false }),
      col('order_id', 'INTEGER', { references: 'orders.order_id' }),
      col('product_id', 'INTEGER', { references: 'products.product_id' }),
      col('quantity', 'INTEGER', { score: 0.7 }),
      col('unit_price', 'DECIMAL(10,2)', { score: 0.7 }),
      col('discount', 'DECIMAL(4,2)', { score: 0.3 }),
    ],
    [
      [1, 100, 10, 2, '19.99', '0.00'],
      [2, 100, 11, 1, '5.49', '0.10'],
      [3, 101, 12, 4, '2.25', '0.00'],
    ],
    { reason: 'join partner of orders' },
  ),
  products: table(
    'products',
    0.7,
    [
      col('product_id', 'INTEGER', { primary_key: true, nullable: false }),
      col('name', 'VARCHAR', { score: 0.4 }),
      col('category_id', 'INTEGER', { references: 'categories.category_id' }),
      col('list_price', 'DECIMAL(10,2)', { score: 0.2 }),
      col('sku', 'VARCHAR', { score: 0.05 }),
    ],
    [
      [10, 'Trail Shoe', 1, '89.00', 'TS-01'],
      [11, 'Water Bottle', 2, '12.00', 'WB-02'],
    ],
  ),
  categories: table(
    'categories',
    0.66,
    [col('category_id', 'INTEGER', { primary_key: true, nullable: false }), col('name', 'VARCHAR', { score: 0.9 })],
    [
      [1, 'Footwear'],
      [2, 'Accessories'],
    ],
  ),
  returns: table(
    'returns',
    0.6,
    [
      col('return_id', 'INTEGER', { primary_key: true, nullable: false }),
      col('order_item_id', 'INTEGER', { references: 'order_items.order_item_id' }),
      col('return_date', 'DATE', { score: 0.4 }),
      col('quantity', 'INTEGER', { score: 0.6 }),
      col('reason', 'VARCHAR', { score: 0.1 }),
    ],
    [[1, 3, '2024-01-09', 4, 'damaged']],
  ),
  user_activity: table(
    'user_activity',
    0.9,
    [
      col('user_id', 'INTEGER', { references: 'customers.customer_id' }),
      col('activity_date', 'DATE', { score: 0.9 }),
      col('event_type', 'VARCHAR', { score: 0.4 }),
      col('device', 'VARCHAR', { score: 0.1 }),
    ],
    [
      [1, '2024-03-02', 'login', 'ios'],
      [2, '2024-03-05', 'purchase', 'web'],
    ],
  ),
};

const task = (text: string, plan: string) => ({ text, namespace: 'demo', plan, current_date: '2024-05-15', max_iterations: 3 });
const plan = { done: [], pending: [], next_step_id: 0 };

/** "List all customers from California" (fixed workflow), right after schema linking. */
export function californiaContext(): Context {
  return ContextSchema.parse({
    run_id: 'run-california',
    task: task('List all customers from California', 'fixed'),
    table_schemas: [retailTables.customers, retailTables.orders],
    matched_values: [{ table: 'customers', column: 'state', value: 'CA', matched_text: 'California', score: 0.97 }],
    plan,
  });
}

/** "Quarterly revenue trends by category, excluding returns ..." (reflection workflow), after one attempt and a reflection. */
export function quarterlyRevenueContext(): Context {
  return ContextSchema.parse({
    run_id: 'run-revenue',
    task: task(
      'Show me quarterly revenue trends by product category, excluding returns and considering seasonal adjustments',
      'reflection',
    ),
    table_schemas: [
      retailTables.orders,
      retailTables.order_items,
      retailTables.products,
      retailTables.categories,
      retailTables.returns,
    ],
    metrics: [
      {
        name: 'revenue',
        description: 'Gross merchandise value of completed orders',
        expression: 'SUM(order_items.quantity * order_items.unit_price)',
        table: 'order_items',
        joins: 'JOIN orders ON orders.order_id = order_items.order_id',
        filter: "orders.status = 'completed'",
        time_column: 'orders.order_date',
        grain: 'month',
        score: 0.8,
      },
    ],
    doc_passages: [
      {
        source: 'docs/glossary.md',
        heading: 'Seasonal adjustment',
        text: 'Seasonally adjusted revenue divides each quarter by the seasonal index of that quarter: Q1 0.9, Q2 1.0, Q3 0.95, Q4 1.15.',
        score: 0.9,
      },
      {
        source: 'docs/glossary.md',
        heading: 'Returns',
        text: 'Returned items are listed in returns; subtract returned quantity times unit price from revenue.',
        score: 0.7,
      },
    ],
    sql_attempts: [
      {
        sql: "SELECT c.name AS category, date_trunc('quarter', o.order_date) AS quarter, SUM(oi.quantity * oi.unit_price) AS revenue FROM orders o JOIN order_items oi ON oi.order_id = o.order_id JOIN products p ON p.product_id = oi.product_id JOIN categories c ON c.category_id = p.category_id WHERE o.status = 'completed' GROUP BY 1, 2 ORDER BY 2, 1",
        explanation: 'Quarterly revenue per category from completed orders.',
        source: 'generate_sql',
        tables_used: ['orders', 'order_items', 'products', 'categories'],
        executed: true,
        columns: ['category', 'quarter', 'revenue'],
        column_types: ['VARCHAR', 'DATE', 'DECIMAL(18,2)'],
        row_count: 8,
        rows: [
          ['Accessories', '2024-01-01', '1520.40'],
          ['Footwear', '2024-01-01', '8890.00'],
          ['Accessories', '2024-04-01', '1710.15'],
        ],
      },
    ],
    reflections: [
      {
        strategy: 'fix',
        reason: 'returns are not subtracted and no seasonal adjustment is applied',
        iteration: 1,
        unaddressed: ['excluding returns', 'seasonal adjustments'],
      },
    ],
    iteration: 1,
    plan,
  });
}

/** "Show monthly active users for the last quarter" (metric_to_sql workflow), after search_metrics and date_parser. */
export function monthlyActiveUsersContext(): Context {
  return ContextSchema.parse({
    run_id: 'run-mau',
    task: task('Show monthly active users for the last quarter', 'metric_to_sql'),
    table_schemas: [retailTables.user_activity, retailTables.customers],
    metrics: [
      {
        name: 'monthly_active_users',
        description: 'Distinct users with any activity in the month',
        expression: 'COUNT(DISTINCT user_activity.user_id)',
        table: 'user_activity',
        time_column: 'activity_date',
        grain: 'month',
        synonyms: ['MAU', 'active users'],
        score: 0.95,
      },
    ],
    date_ranges: [{ phrase: 'last quarter', start: '2024-01-01', end: '2024-04-01', grain: 'quarter' }],
    plan,
  });
}
