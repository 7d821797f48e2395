/** A few lines per engine on what models most often get wrong; unknown engines get none. */
export const sqlDialectNotes: Record<string, string[]> = {
  duckdb: [
    "Dates: date_trunc('month', d), d + INTERVAL 1 DAY, strftime(d, '%Y-%m'), extract(year FROM d); DATE 'YYYY-MM-DD' literals.",
    'Strings: ILIKE for case-insensitive matching, || to concatenate; identifiers with spaces in double quotes.',
    'Integer division truncates: cast to DOUBLE before dividing for ratios.',
  ],
  postgres: [
    "Dates: date_trunc('month', d), d + INTERVAL '1 day', to_char(d, 'YYYY-MM'); DATE 'YYYY-MM-DD' literals.",
    'Strings: ILIKE for case-insensitive matching, || to concatenate.',
    'Integer division truncates: cast to numeric before dividing for ratios.',
  ],
  sqlite: [
    "Dates are text: strftime('%Y-%m', d), date(d, '+1 day'); compare ISO strings.",
    'LIKE is case-insensitive for ASCII; || concatenates.',
  ],
  mysql: [
    "Dates: DATE_FORMAT(d, '%Y-%m'), d + INTERVAL 1 DAY; identifiers in backticks.",
    'CONCAT() concatenates strings.',
  ],
};
