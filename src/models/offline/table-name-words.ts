import { splitIdentifier } from '../../catalog/split-identifier.js';

/** A name's last part as the schema writes it, unquoted and in its own case: "main.OrderLine" → OrderLine. */
export const bareNameAsWritten = (name: string): string => (name.split('.').at(-1) ?? name).replace(/"/g, '');

/**
 * The words of a table's own name, split where its case changes: "main.OrderLine" → order, line; "tblRedemption" →
 * tbl, redemption. Splitting bareName's lower-cased form loses that boundary ("orderline").
 */
export function tableNameWords(name: string): string[] {
  return splitIdentifier(bareNameAsWritten(name)).map((part) => part.toLowerCase());
}
