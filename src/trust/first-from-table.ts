/** The bare name of the first table after FROM: `SELECT … FROM "Tenancies"` (or MySQL's `` `Tenancies` ``) → Tenancies, `FROM main.orders` → orders. */
export const firstFromTable = (sql: string): string | undefined => /\bfrom\s+([`"]?[\w.]+[`"]?)/i.exec(sql)?.[1]?.replace(/[`"]/g, '').split('.').at(-1);
