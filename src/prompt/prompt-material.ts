import type {
  ColumnSchema,
  DateRange,
  DocPassage,
  MatchedValue,
  Metric,
  SqlAttempt,
} from '../context/context-schema.js';
import type { RetrievedExample } from '../examples/retrieved-example-schema.js';
import type { PromptNode } from './answer-schemas.js';

export interface ColumnMaterial extends ColumnSchema {
  /** Position in the table's sample rows, kept when other columns are dropped. */
  index: number;
  /** Keys, join columns and columns a matched value or metric names are never dropped. */
  keep: boolean;
}

export interface TableMaterial {
  name: string;
  comment?: string;
  row_count?: number;
  score: number;
  reason: string;
  columns: ColumnMaterial[];
  /** How many columns the catalog has; more than `columns.length` once low-ranked ones were dropped. */
  column_count: number;
  sample_rows: unknown[][];
  /** Used verbatim for tables that came without a column list. */
  ddl: string;
}

export interface AttemptMaterial extends SqlAttempt {
  /** 1-based, in the order the attempts were made. */
  number: number;
  /** Only the SQL and its error (or row count) are shown. */
  summarised: boolean;
}

export interface ReferenceMaterial {
  label: string;
  sql?: string;
  columns?: string[];
  rows?: unknown[][];
}

/** Everything a prompt may carry, structured so it can be shrunk item by item before it is rendered. */
export interface PromptMaterial {
  node: PromptNode;
  dialect: string;
  question: string;
  current_date: string;
  iteration: number;
  max_iterations: number;
  /** Most relevant first. */
  tables: TableMaterial[];
  /** Sample rows shown per table. */
  sample_rows: number;
  /** Result rows shown for the latest attempt. */
  result_rows: number;
  matched_values: MatchedValue[];
  /** Most relevant first. */
  metrics: Metric[];
  date_ranges: DateRange[];
  /** Most relevant first. */
  doc_passages: DocPassage[];
  /** Confirmed question/SQL pairs, shown as few-shot examples; most similar first. */
  examples: RetrievedExample[];
  /** Oldest first. */
  attempts: AttemptMaterial[];
  /** Earlier judgements, validation findings and notes nodes left. */
  feedback: string[];
  reference?: ReferenceMaterial;
}
