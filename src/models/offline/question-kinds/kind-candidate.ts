/** SQL for a question of one recognised kind ("never", "percent of", "X vs Y", ...). */
export interface KindCandidate {
  sql: string;
  tables: string[];
  explanation: string[];
}
