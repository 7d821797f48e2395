const TICKS = '▁▂▃▄▅▆▇█';

/** Values as one line of block characters; more values than width are averaged into buckets. */
export function sparklineText(values: number[], width: number): string {
  if (values.length === 0 || width <= 0) return '';
  const buckets: number[] = [];
  const count = Math.min(values.length, width);
  for (let b = 0; b < count; b++) {
    const from = Math.floor((b * values.length) / count);
    const to = Math.max(from + 1, Math.floor(((b + 1) * values.length) / count));
    const slice = values.slice(from, to);
    buckets.push(slice.reduce((sum, v) => sum + v, 0) / slice.length);
  }
  const min = Math.min(...buckets);
  const max = Math.max(...buckets);
  const span = max - min;
  return buckets.map((v) => TICKS[span === 0 ? 3 : Math.round(((v - min) / span) * (TICKS.length - 1))]).join('');
}
