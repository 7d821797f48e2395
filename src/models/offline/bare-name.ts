/** "main.Orders" and "orders" name the same table. */
export function bareName(name: string): string {
  return (name.split('.').at(-1) ?? name).replace(/"/g, '').toLowerCase();
}
