/**
 * What decides which database a one-question `sluice run` opens: the working folder, --config and --namespace. The
 * bin keys the early open of that database by it (src/connectors/early-duckdb-open.ts); a key that guesses wrong
 * costs an unused open, never a wrong answer, since the program takes the early instance only for the same file and
 * limits. Undefined for any other command line (batch mode reads stdin, other commands open nothing early).
 */
export function earlyOpenKey(args: readonly string[], cwd: string): string | undefined {
  if (args[0] !== 'run') return undefined;
  let task = false;
  const flags: Record<string, string | null> = { config: null, namespace: null };
  for (let i = 1; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    if (!arg.startsWith('--')) continue;
    const equals = arg.indexOf('=');
    const name = equals < 0 ? arg.slice(2) : arg.slice(2, equals);
    const value = equals < 0 ? args[++i] : arg.slice(equals + 1);
    if (name === 'task') task = true;
    else if (Object.hasOwn(flags, name)) flags[name] = value ?? null;
    else if (equals < 0) i--;
  }
  return task ? JSON.stringify([cwd, flags.config, flags.namespace]) : undefined;
}
