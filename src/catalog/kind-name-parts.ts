/**
 * Last name parts that say a column sorts its rows into kinds: idDocType, lic_typ, item_cat, membership_category,
 * vessel_cls. (A code table's list-name column, cd_typ or domain, is read apart: describe-coded-values.ts.)
 */
export const KIND_NAME_PARTS: ReadonlySet<string> = new Set(['type', 'typ', 'kind', 'category', 'cat', 'class', 'cls']);
