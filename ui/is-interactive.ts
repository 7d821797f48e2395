/** True when a live terminal UI may be drawn on this stream: a TTY, outside CI. */
export function isInteractive(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(stream.isTTY) && !isSet(env.CI) && !isSet(env.CONTINUOUS_INTEGRATION);
}

/** NO_COLOR (https://no-color.org): any non-empty value turns colour off. */
export function colorAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return !env.NO_COLOR;
}

/**
 * Ink and cli-highlight pick their colour level from FORCE_COLOR when their chalk loads,
 * and neither reads NO_COLOR; call this before importing them.
 */
export function respectNoColor(env: NodeJS.ProcessEnv = process.env): void {
  if (!colorAllowed(env)) env.FORCE_COLOR = '0';
}

function isSet(value: string | undefined): boolean {
  return value !== undefined && value !== '0' && value !== 'false';
}
