/** Columns a string takes, counting code points (wide CJK glyphs count as one, a known simplification). */
export function textWidth(text: string): number {
  let width = 0;
  for (const _ of text) width++;
  return width;
}

/** Cuts text to at most `width` columns, ending with an ellipsis when something was cut. */
export function cutText(text: string, width: number): string {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  if (width <= 0) return '';
  if (textWidth(flat) <= width) return flat;
  if (width === 1) return '…';
  return `${[...flat].slice(0, width - 1).join('')}…`;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - textWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - textWidth(text))) + text;
}
