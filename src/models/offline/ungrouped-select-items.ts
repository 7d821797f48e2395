const AGGREGATES =
  /\b(count|sum|avg|min|max|group_concat|string_agg|array_agg|listagg|json_arrayagg|json_objectagg|std|stddev|stddev_pop|stddev_samp|variance|var_pop|var_samp|bit_and|bit_or|bit_xor|bool_and|bool_or|every|median|any_value)\s*\(/i;

/** Words that are part of an expression's syntax, not columns (types and interval units included). */
const SQL_WORDS = new Set(
  (
    'case when then else end and or not xor null true false is in like between as distinct interval div mod ' +
    'current_date current_time current_timestamp localtime localtimestamp signed unsigned char integer decimal ' +
    'microsecond second minute hour day week month quarter year'
  ).split(' '),
);

/**
 * The SELECT list's items that would need grouping next to an aggregate: those with no aggregate call that read a
 * column (constants such as `'web' AS channel` or `3` need none). Items come back as written, without their alias.
 * Undefined when the list has `*`, which no GROUP BY can name.
 */
export function ungroupedSelectItems(selectList: string): string[] | undefined {
  const items = topLevelItems(selectList.replace(/^\s*select\s+(?:(?:distinct|all)\s+)?/i, ''));
  if (items.some((item) => /^(?:[\w"`]+\.)?\*$/.test(item))) return undefined;
  return items.map(withoutAlias).filter((item) => !AGGREGATES.test(withoutLiterals(item)) && readsColumn(item));
}

/** Splits at commas outside parentheses, quotes and comments. */
function topLevelItems(list: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const char = list[i]!;
    if (char === "'" || char === '"' || char === '`') {
      const close = list.indexOf(char, i + 1);
      i = close === -1 ? list.length : close;
    } else if (char === '-' && list[i + 1] === '-') {
      const end = list.indexOf('\n', i);
      i = end === -1 ? list.length : end;
    } else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === ',' && depth === 0) {
      items.push(list.slice(start, i));
      start = i + 1;
    }
  }
  items.push(list.slice(start));
  return items.map((item) => item.replace(/--[^\n]*/g, ' ').trim()).filter(Boolean);
}

/** `expr AS name` and `expr name` → expr; `CASE ... END`, `x IS NULL` and `d + INTERVAL 1 DAY` keep their last word. */
function withoutAlias(item: string): string {
  const named = /^([\s\S]*\S)\s+as\s+(?:"[^"]*"|`[^`]*`|'[^']*'|[\w$]+)$/i.exec(item);
  if (named) return named[1]!;
  const bare = /^([\s\S]*[\w)"`'])\s+("[^"]*"|`[^`]*`|[A-Za-z_][\w$]*)$/.exec(item);
  return bare && !SQL_WORDS.has(bare[2]!.toLowerCase()) && !/\b(?:interval|is|not)\s*$/i.test(bare[1]!) ? bare[1]! : item;
}

function withoutLiterals(expression: string): string {
  return expression.replace(/\b(?:date|time|timestamp)\s*'[^']*'/gi, ' ').replace(/'(?:[^']|'')*'/g, ' ');
}

function readsColumn(expression: string): boolean {
  const code = withoutLiterals(expression);
  if (/"[^"]*"|`[^`]*`/.test(code)) return true;
  const words = code.replace(/\b[\w$]+\s*\(/g, '(').match(/\b[A-Za-z_][\w$]*\b/g) ?? [];
  return words.some((word) => !SQL_WORDS.has(word.toLowerCase()));
}
