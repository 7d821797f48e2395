import fs from 'node:fs';
import path from 'node:path';
import { startRun } from '../../engine/start-run.js';
import { UsageError } from '../../errors.js';
import { askInitAnswers, type PartialInitAnswers } from '../init/ask-init-answers.js';
import { InitAnswersSchema } from '../init/init-answers.js';
import { renderInitConfig } from '../init/render-init-config.js';
import { passwordVariable, splitPassword } from '../init/split-password.js';
import { reportFatal } from '../report-fatal.js';
import { today } from '../today.js';
import { withSluice } from '../with-sluice.js';
import { checkCommand } from './check-command.js';
import { loadFollower } from './run-command.js';

export interface InitCommandOptions extends PartialInitAnswers {
  /** Ask nothing: what the flags leave out is an error. */
  yes?: boolean;
  force?: boolean;
  save_dir: string;
}

const CONFIG_FILE = 'sluice.yml';

/**
 * `sluice init`: writes a commented sluice.yml for one database (its password as a ${VARIABLE} reference),
 * checks the connection as `sluice check` does and answers a first question about the largest table.
 */
export async function initCommand(options: InitCommandOptions): Promise<number> {
  const file = path.resolve(CONFIG_FILE);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  let name: string;
  try {
    if (fs.existsSync(file) && !options.force) throw new UsageError(`${CONFIG_FILE} already exists here; pass --force to overwrite it`);
    const interactive = !options.yes && Boolean(process.stdin.isTTY);
    const given: PartialInitAnswers = { type: options.type, name: options.name, url: options.url, path: options.path };
    const asked = interactive ? await askInitAnswers(given) : given;
    const parsed = InitAnswersSchema.safeParse({ ...asked, name: asked.name ?? 'warehouse' });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const key = issue.path.length > 0 ? `--${String(issue.path[0])}: ` : '';
      throw new UsageError(`${key}${issue.message}${interactive ? '' : ' (or run sluice init on a terminal to be asked)'}`);
    }
    const answers = parsed.data;
    name = answers.name;
    const split = answers.url ? splitPassword(answers.url) : undefined;
    const variable = split?.password !== undefined ? passwordVariable(answers.name) : undefined;
    fs.writeFileSync(file, renderInitConfig({ ...answers, url: split?.url }, variable));
    out(`wrote ${file} with namespace "${answers.name}" (${answers.type})`);
    if (variable) {
      // This process connects with the password it was given; later runs read it from the environment.
      process.env[variable] = split!.password;
      out(`the password is not in ${CONFIG_FILE}: export ${variable}=... (shell profile, .env or secrets manager) before running sluice`);
    }
  } catch (error) {
    return reportFatal(error);
  }

  const checked = await checkCommand({ config: file, namespace: name });
  if (checked !== 0) {
    process.stderr.write(`sluice: ${CONFIG_FILE} is written; fix the connection, then run \`sluice check\`\n`);
    return checked;
  }
  const follower = loadFollower(false);
  return withSluice({ configPath: file }, async (sluice) => {
    const tables = await (await sluice.runtime.connector(name)).introspect();
    const largest = [...tables].sort((a, b) => b.row_count - a.row_count)[0];
    if (!largest) {
      out('no tables to ask about yet; add some, then try `sluice run --task "..."`');
      return 0;
    }
    const task = `How many rows are in ${largest.name}?`;
    out(`\nfirst question: ${task}`);
    const defaults = sluice.runtime.config.defaults;
    const handle = startRun(sluice, {
      task,
      namespace: name,
      plan: defaults.plan,
      currentDate: today(),
      maxIterations: defaults.max_iterations,
      saveDir: options.save_dir,
      format: 'table',
    });
    return (await follower)(handle, { format: 'table', debug: false, saveDir: options.save_dir });
  });
}
