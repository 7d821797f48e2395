/** A few lines per engine on what models most often get wrong; unknown engines get none. */
export const sqlDialectNotes: Record<string, string[]> = {
  duckdb: [
    "Dates: date_trunc('month', d), d + INTERVAL 1 DAY, strftime(d, '%Y-%m'), extract(year FROM d); DATE 'YYYY-MM-DD' literals.",
    'Strings: ILIKE for case-insensitive matching, || to concatenate; identifiers with spaces in double quotes.',
    'Integer division truncates: cast to DOUBLE before dividing for ratios.',
  ],
  postgres: [
    'PostgreSQL. Identifiers: unquoted names fold to lower case; quote mixed-case or reserved names in double quotes ("Order").',
    "Dates: CAST(date_trunc('month', d) AS DATE), d + INTERVAL '1 day', EXTRACT(YEAR FROM d), to_char(d, 'YYYY-MM'), end_date - start_date gives days; DATE 'YYYY-MM-DD' literals.",
    'Strings: ILIKE for case-insensitive matching, || to concatenate, string_agg(x, \', \') to list; = on text is case-sensitive.',
    'Integer division truncates (7 / 2 = 3): cast to DOUBLE PRECISION or NUMERIC before dividing; ROUND(x, 2) needs a NUMERIC x.',
    'Every non-aggregated SELECT column must be in GROUP BY; booleans are TRUE/FALSE; LIMIT n; no QUALIFY, no GROUP BY ALL.',
  ],
  mysql: [
    'MySQL/MariaDB. Identifiers in backticks (`order`), never double quotes (those are strings); strings in single quotes.',
    "Dates: DATE_FORMAT(d, '%Y-%m-01') for months, YEAR(d), QUARTER(d), MONTH(d), DATEDIFF(end, start), d + INTERVAL 1 DAY; DATE 'YYYY-MM-DD' literals.",
    'No ILIKE: use LOWER(x) LIKE LOWER(\'%text%\'); CONCAT() concatenates (|| is OR); GROUP_CONCAT(x SEPARATOR \', \') lists.',
    '/ always gives a decimal (DIV is integer division); booleans are 1/0 (TRUE/FALSE work); LIMIT n; no FULL OUTER JOIN, no QUALIFY.',
  ],
  sqlite: [
    "SQLite. Dates are ISO text: date(d, 'start of month'), strftime('%Y', d), date(d, '+1 day'), julianday(b) - julianday(a) for days; compare with 'YYYY-MM-DD' strings, not DATE literals.",
    'No ILIKE: LIKE is already case-insensitive for ASCII (or LOWER(x) LIKE LOWER(...)); || concatenates; group_concat(x, \', \') lists.',
    'Integer division truncates (7 / 2 = 3): CAST(x AS REAL) before dividing; booleans are 1/0; LIMIT n; identifiers in double quotes.',
  ],
};
