import type pg from 'pg';

interface FieldType {
  dataTypeID: number;
  dataTypeModifier: number;
}

/** PostgreSQL's names for result column types (format_type, e.g. numeric(10,2)), looked up once per type. */
export class PostgresTypeNames {
  private readonly known = new Map<string, string>();

  async namesOf(client: pg.ClientBase, fields: readonly FieldType[]): Promise<string[]> {
    const key = (field: FieldType) => `${field.dataTypeID}:${field.dataTypeModifier}`;
    const missing = [...new Map(fields.filter((field) => !this.known.has(key(field))).map((field) => [key(field), field])).values()];
    if (missing.length > 0) {
      const { rows } = await client.query<{ name: string }>(
        `SELECT format_type(t.type_oid, NULLIF(t.type_mod, -1)) AS name
         FROM unnest($1::oid[], $2::int4[]) WITH ORDINALITY AS t(type_oid, type_mod, position) ORDER BY t.position`,
        [missing.map((field) => field.dataTypeID), missing.map((field) => field.dataTypeModifier)],
      );
      missing.forEach((field, i) => this.known.set(key(field), rows[i]?.name ?? String(field.dataTypeID)));
    }
    return fields.map((field) => this.known.get(key(field))!);
  }
}
