import { CommanderError } from 'commander';
import { buildProgram } from './main.js';

const HELP_CODES = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version']);

/**
 * What `sluice <args>` prints on stdout when stdout is not a terminal (commander then wraps at 80 columns, without
 * colour), if those arguments only ask for help or the version; else undefined. Runs the real program, with its
 * output captured instead of written.
 */
export async function captureHelp(args: string[]): Promise<string | undefined> {
  let text = '';
  const program = buildProgram({
    writeOut: (chunk) => (text += chunk),
    writeErr: () => {},
    getOutHelpWidth: () => 80,
    getOutHasColors: () => false,
  });
  // As main() does for a bare `sluice` whose stdin is neither a terminal nor a pipe or file of questions.
  if (args.length === 0) return program.helpInformation();
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError && HELP_CODES.has(error.code)) return text;
    return undefined;
  }
  return undefined;
}
