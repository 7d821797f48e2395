/** A yes/no column's type: BOOLEAN, or MySQL's BOOLEAN as TINYINT(1) and BIT(1), holding 1 and 0. */
export function isFlagType(type: string): boolean {
  return /^(boolean|bool|bit\(1\)|tinyint\(1\))$/i.test(type.trim());
}
