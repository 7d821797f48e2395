/** alias or table name → bare table name, lower case, from the FROM and JOIN clauses of lower-case SQL ("from t as a", "join s.t b"). */
export function tableAliases(code: string): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const match of code.matchAll(/\b(?:from|join)\s+(?:"?\w+"?\.)?"?([a-z_][a-z0-9_]*)"?(?:\s+(?:as\s+)?"?([a-z_][a-z0-9_]*)"?)?/g)) {
    const [, table, alias] = match;
    aliases.set(table!, table!);
    if (alias && !/^(where|on|join|left|right|inner|outer|full|cross|group|order|limit|using|natural|union|having)$/.test(alias)) aliases.set(alias, table!);
  }
  return aliases;
}
