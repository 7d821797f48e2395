/** The handler installed now, shared by the bin and the program (two bundles, one globalThis). */
const CURRENT = Symbol.for('sluice.interrupt-while-starting');

/**
 * Ctrl-C while a command starts (loading the program, config, catalog, the demo's first build: before the dashboard or
 * the progress lines take Ctrl-C over) used to end the process by the signal's default action: exit 130 and not a
 * word, so a user could not tell a cancel from a crash, nor whether anything was kept. Until a follower takes Ctrl-C
 * over (and calls releaseInterruptWhileStarting once its own listener is on), this handler says `message` in one line on stderr and
 * exits 130. The hand-over is explicit: counting SIGINT listeners cannot tell a follower from Ink's signal-exit,
 * which stands aside itself whenever another listener is there. Installing one replaces the one installed before
 * (the bin's, with a message the command can make more exact). Returns the function that removes it.
 */
export function sayInterruptWhileStarting(message: string): () => void {
  const shared = globalThis as unknown as Record<symbol, (() => void) | undefined>;
  const previous = shared[CURRENT];
  const onInterrupt = () => {
    process.stderr.write(`\nsluice: ${message}\n`);
    process.exit(130);
  };
  const release = () => {
    process.off('SIGINT', onInterrupt);
    if (shared[CURRENT] === release) shared[CURRENT] = undefined;
  };
  // The new listener goes on before the old one comes off, here and in a follower's hand-over: while SIGINT has no
  // listener, Node closes its signal handle, and a Ctrl-C already caught but not yet dispatched is dropped with it
  // (the run then went on as if no key had been pressed).
  process.on('SIGINT', onInterrupt);
  previous?.();
  shared[CURRENT] = release;
  return release;
}

/** A follower that handles Ctrl-C itself calls this right after it installs its own SIGINT listener, never before. */
export function releaseInterruptWhileStarting(): void {
  (globalThis as unknown as Record<symbol, (() => void) | undefined>)[CURRENT]?.();
}
