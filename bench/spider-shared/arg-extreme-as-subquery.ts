/**
 * arg_max(x, key) / arg_min over a whole table, which MySQL and SQLite lack: the x of the row with the largest
 * (smallest) key, NULL keys ignored, read by a subquery over the same table. Only a statement reading one table with
 * nothing after its FROM is rewritten; other shapes are left as they are (and fail verification).
 */
export function argExtremeAsSubquery(sql: string): string {
  const table = /^SELECT\s[\s\S]*?\sFROM\s+("(?:[^"]|"")+"|\w+)\s*$/i.exec(sql.trim())?.[1];
  if (table === undefined) return sql;
  return sql.replace(/\barg_(max|min)\(([^(),]+),\s*([^(),]+)\)/gi, (_, extreme: string, value: string, key: string) =>
    `(SELECT ${value} FROM ${table} WHERE ${key} IS NOT NULL ORDER BY ${key} ${extreme.toLowerCase() === 'max' ? 'DESC' : 'ASC'} LIMIT 1)`,
  );
}
