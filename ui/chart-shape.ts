export interface ChartShape {
  /** A series is ordered by a date column (sparkline); a breakdown splits a measure by a category (bars). */
  kind: 'series' | 'breakdown';
  labelColumn: string;
  measureColumn: string;
  labels: string[];
  values: number[];
}

interface ResultLike {
  columns: string[];
  column_types?: string[];
  rows: unknown[][];
}

const NUMERIC_TYPE = /^(TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|REAL|DOUBLE|DECIMAL|NUMERIC)/i;
const DATE_TYPE = /^(DATE|TIMESTAMP)/i;
const DATE_TEXT = /^\d{4}-\d{2}(-\d{2})?([ T][\d:.]+)?(Z|[+-]\d{2}(:?\d{2})?)?$/;
const ID_NAME = /(^id$|_id$|^id_|_key$|^zip|phone|postal)/i;

const toNumber = (value: unknown): number | undefined => {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return undefined;
};

function isNumericColumn(result: ResultLike, index: number): boolean {
  const type = result.column_types?.[index];
  const values = result.rows.map((row) => row[index]).filter((value) => value !== null);
  if (values.length === 0) return false;
  if (type && !NUMERIC_TYPE.test(type)) return false;
  return values.every((value) => toNumber(value) !== undefined);
}

function isDateColumn(result: ResultLike, index: number): boolean {
  const type = result.column_types?.[index];
  if (type && DATE_TYPE.test(type)) return true;
  const values = result.rows.map((row) => row[index]).filter((value) => value !== null);
  return values.length > 0 && values.every((value) => typeof value === 'string' && DATE_TEXT.test(value));
}

export type ChartVerdict = { shape: ChartShape; reason?: undefined } | { shape?: undefined; reason: string };

const rowsText = (count: number) => `${count} row${count === 1 ? '' : 's'}`;
const listed = (names: string[]) => names.slice(0, 3).join(', ') + (names.length > 3 ? ', …' : '');

/**
 * Whether a result is worth a small chart, and if not, why: exactly one label column (a date or a category)
 * beside at least one measure, no more than four columns, between 2 and 500 rows.
 * Listings of records (many text columns, id-like numbers) get no chart.
 */
export function chartVerdict(result: ResultLike): ChartVerdict {
  const { columns, rows } = result;
  if (columns.length < 2) return { reason: `it has ${columns.length === 1 ? 'one column' : 'no columns'}; a chart needs a label column (a date or a category) and a measure` };
  if (columns.length > 4) return { reason: `it has ${columns.length} columns; a chart takes 2 to 4 (one label column and its measures)` };
  if (rows.length < 2 || rows.length > 500) return { reason: `it has ${rowsText(rows.length)}; a chart takes 2 to 500` };
  const numeric = columns.map((_, i) => isNumericColumn(result, i));
  const dates = columns.map((_, i) => !numeric[i] && isDateColumn(result, i));
  const labelIndexes = columns.map((_, i) => i).filter((i) => !numeric[i]);
  if (labelIndexes.length === 0) return { reason: 'every column is a number; a chart needs one label column (a date or a category)' };
  if (labelIndexes.length > 1) {
    return { reason: `it has ${labelIndexes.length} label columns (${listed(labelIndexes.map((i) => columns[i]!))}); a chart needs exactly one beside a measure` };
  }
  const label = labelIndexes[0]!;
  const measure = columns.findIndex((name, i) => numeric[i] && !ID_NAME.test(name));
  if (measure === -1) return { reason: `its numbers (${listed(columns.filter((_, i) => numeric[i]))}) are identifiers, not a measure` };
  const labels = rows.map((row) => (row[label] === null ? 'NULL' : String(row[label])));
  const values = rows.map((row) => toNumber(row[measure]) ?? 0);
  const kind = dates[label] ? 'series' : 'breakdown';
  if (kind === 'breakdown' && new Set(labels).size !== labels.length) {
    return { reason: `${columns[label]} repeats a value; a bar chart needs one row per category` };
  }
  return { shape: { kind, labelColumn: columns[label]!, measureColumn: columns[measure]!, labels, values } };
}

/** The chart of a result, when it has one (see chartVerdict). */
export function chartShape(result: ResultLike): ChartShape | undefined {
  return chartVerdict(result).shape;
}
