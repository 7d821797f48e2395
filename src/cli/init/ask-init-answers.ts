import { createInterface } from 'node:readline/promises';
import { INIT_TYPES } from './init-answers.js';

export interface PartialInitAnswers {
  type?: string;
  name?: string;
  url?: string;
  path?: string;
}

/** Asks on the terminal for what the flags left out. */
export async function askInitAnswers(given: PartialInitAnswers): Promise<PartialInitAnswers> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answers = { ...given };
    while (!answers.type || !(INIT_TYPES as readonly string[]).includes(answers.type)) {
      answers.type = (await rl.question(`database type (${INIT_TYPES.join(', ')}): `)).trim();
    }
    const server = answers.type === 'postgres' || answers.type === 'mysql';
    if (server && !answers.url) {
      const example = answers.type === 'postgres' ? 'postgres://user:password@host:5432/database' : 'mysql://user:password@host:3306/database';
      answers.url = (await rl.question(`connection URL (${example}): `)).trim() || undefined;
    }
    if (!server && !answers.path) {
      const what = answers.type === 'files' ? 'folder or glob of data files' : `${answers.type} file`;
      answers.path = (await rl.question(`path of the ${what}: `)).trim() || undefined;
    }
    if (!answers.name) answers.name = (await rl.question('namespace name (warehouse): ')).trim() || 'warehouse';
    return answers;
  } finally {
    rl.close();
  }
}
