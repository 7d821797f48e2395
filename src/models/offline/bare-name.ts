/** "main.Orders" and "orders" name the same table. */
export function bareName(name: string): string {
  let bare = bareNames.get(name);
  if (bare === undefined) {
    bare = (name.split('.').at(-1) ?? name).replace(/"/g, '').toLowerCase();
    if (bareNames.size >= MAX_REMEMBERED) bareNames.clear();
    bareNames.set(name, bare);
  }
  return bare;
}

/** The planner and the answer checks compare every linked table's name again for each table they look up, per question. */
const bareNames = new Map<string, string>();
const MAX_REMEMBERED = 10_000;
