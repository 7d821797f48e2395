/** A file or folder name as a lower snake_case table name: "Sales 2024-Q1" -> sales_2024_q1. */
export function tableNameFor(name: string): string {
  const snake = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (snake === '') return 'data';
  return /^[0-9]/.test(snake) ? `t_${snake}` : snake;
}
