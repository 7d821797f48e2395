/** Characters a shell leaves alone outside quotes. */
const SHELL_SAFE = /^[\w./:=@%+,-]+$/;

function shellWord(word: string): string {
  return SHELL_SAFE.test(word) ? word : `"${word.replace(/(["\\$`])/g, '\\$1')}"`;
}

/**
 * The command a question typed without `run` meant, or undefined: `sluice "How many orders"` (a first argument with a
 * space where a command goes) and `sluice --task "..."` (run's flag given to no command). commander says only
 * "unknown command" or "unknown option" there.
 */
export function questionWithoutRun(args: readonly string[], commands: readonly string[]): string | undefined {
  const first = args[0];
  if (first === undefined || commands.includes(first)) return undefined;
  if (!first.startsWith('-') && /\s/.test(first.trim())) {
    return `"${first}" is not a command; to ask it: sluice run --task ${shellWord(first)}${args.slice(1).map((arg) => ` ${shellWord(arg)}`).join('')}`;
  }
  // sluice itself takes no option but help and version, so an option first is never valid; `run` later means the
  // order alone is wrong, which commander's message covers.
  const misplaced = first.startsWith('-') && !args.includes('run') && !args.some((arg) => ['-h', '--help', '-v', '--version'].includes(arg));
  if (misplaced && args.some((arg) => arg === '--task' || arg.startsWith('--task='))) {
    return `--task is a flag of sluice run: sluice run ${args.map(shellWord).join(' ')}`;
  }
  return undefined;
}
