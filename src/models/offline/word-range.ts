/** The word positions from `from` up to, not including, `to` (none when `to` is not past `from`). */
export function wordRange(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}
