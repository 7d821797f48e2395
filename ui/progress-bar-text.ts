/** "█████░░░░░" for done out of total in `width` cells. */
export function progressBarText(done: number, total: number, width: number): string {
  const cells = Math.max(1, width);
  const filled = total > 0 ? Math.min(cells, Math.round((done / total) * cells)) : 0;
  return '█'.repeat(filled) + '░'.repeat(cells - filled);
}

/** A block sweeping across the bar, for when the total is not known yet (questions still arriving on a pipe). */
export function sweepBarText(tick: number, width: number): string {
  const cells = Math.max(4, width);
  const block = Math.max(2, Math.floor(cells / 6));
  const span = cells - block;
  const step = tick % (2 * span);
  const at = step <= span ? step : 2 * span - step;
  return '░'.repeat(at) + '█'.repeat(block) + '░'.repeat(cells - block - at);
}
