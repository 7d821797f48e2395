/** How a prompt shows a key inferred from the data: as what was seen, not as a declared constraint. */
export function inferredNote(column: { name: string; references?: string; references_inferred?: boolean }): string {
  return column.references && column.references_inferred ? `inferred: values of ${column.name} are in ${column.references}` : '';
}
