import { splitIdentifier } from '../../catalog/split-identifier.js';

/**
 * The words of a table's own name, split where its case changes: "main.OrderLine" → order, line; "tblRedemption" →
 * tbl, redemption. Splitting bareName's lower-cased form loses that boundary ("orderline").
 */
export function tableNameWords(name: string): string[] {
  return splitIdentifier((name.split('.').at(-1) ?? name).replace(/"/g, '')).map((part) => part.toLowerCase());
}
