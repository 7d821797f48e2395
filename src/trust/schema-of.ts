import type { TableSchema } from '../context/context-schema.js';

/** The schema of a table the SQL names bare or qualified (`orders`, `shop.orders`), lower case. */
export function schemaOf(schemas: readonly TableSchema[], table: string): TableSchema | undefined {
  return schemas.find((schema) => schema.name.toLowerCase() === table || schema.name.toLowerCase().endsWith(`.${table}`));
}
