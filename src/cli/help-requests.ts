import type { Command } from 'commander';

/**
 * The argument lists that only print help or the version: no arguments (when stdin is neither a terminal nor a pipe or file of questions), `--help`,
 * `-h`, `-v`, `--version`, `help` and `help <command>`, and `--help`/`-h` after every command and subcommand.
 */
export function helpRequests(program: Command): string[][] {
  const requests: string[][] = [[], ['--help'], ['-h'], ['--version'], ['-v'], ['help']];
  const visit = (command: Command, path: string[]) => {
    for (const sub of command.commands) {
      const subPath = [...path, sub.name()];
      requests.push([...subPath, '--help'], [...subPath, '-h']);
      if (path.length === 0) requests.push(['help', sub.name()]);
      visit(sub, subPath);
    }
  };
  visit(program, []);
  return requests;
}
