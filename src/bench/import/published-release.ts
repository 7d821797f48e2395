/** A database of a published release: its SQLite file and, for BIRD, its column descriptions as markdown. */
export interface PublishedDatabase {
  dbId: string;
  sqliteFile: string;
  /** Markdown file name → content, written to databases/<db_id>/docs/. */
  docs: Map<string, string>;
}

/** A question of a published release, before its gold SQL is checked on SQLite. */
export interface PublishedQuestion {
  id: string;
  db_id: string;
  question: string;
  gold_sql: string;
  instructions?: string;
  kind?: string;
}

/** What a release reader found in SRC: the databases its questions use, and the questions in release order. */
export interface PublishedRelease {
  databases: PublishedDatabase[];
  questions: PublishedQuestion[];
  /** Files read, for the dataset's README. */
  sources: string[];
  /** Things skipped that do not stop the import, one line each. */
  warnings: string[];
}
