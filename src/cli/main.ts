#!/usr/bin/env node
import { Command, InvalidArgumentError, Option, type OutputConfiguration } from 'commander';
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCurrentDate } from '../dates/parse-current-date.js';
import { packageRoot } from '../package-root.js';
import { quietOnClosedOutput } from './on-closed-output.js';
import { questionWithoutRun } from './question-without-run.js';
import { reportFatal } from './report-fatal.js';
import { stdinCarriesQuestions } from './stdin-carries-questions.js';
import { UsageError } from '../errors.js';

const FORMATS = ['table', 'json', 'csv', 'markdown'] as const;

function integer(name: string, min: number) {
  return (value: string) => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < min) throw new InvalidArgumentError(`${name} must be an integer ≥ ${min}`);
    return parsed;
  };
}

function isoDate(value: string): string {
  try {
    return parseCurrentDate(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

function version(): string {
  return (JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

function commonOptions(command: Command): Command {
  return command
    .option('--config <path>', 'sluice.yml to use (default: ./sluice.yml if present, else built-in defaults)')
    .option('--workflow <path>', 'workflow.yml with extra or replacement plans (default: ./workflow.yml if present)')
    .option('--model <name>', 'model to use (default: from config, OPENAI_API_KEY, else the offline model)')
    .option('--no-cache', 'do not use the on-disk model response cache')
    .option('--debug', 'write every node input/output, SQL and timing to trace.jsonl in the run folder and to stderr');
}

/** `output` replaces where and how wide commander writes (every subcommand inherits it), e.g. to capture the help. */
export function buildProgram(output: OutputConfiguration = {}): Command {
  const program = new Command('sluice')
    .description('Natural-language questions to SQL: linked, generated, run, checked and fixed by a workflow of nodes.')
    .version(version(), '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ outputError: (text, write) => write(text), ...output })
    .exitOverride();

  commonOptions(
    program
      .command('run')
      .description('answer a question (--task), or each line of stdin when no --task is given (also: questions piped into a bare `sluice`)')
      .option('--task <text>', 'the question, in natural language')
      .option('--namespace <name>', 'database namespace (default: demo, or defaults.namespace in sluice.yml)')
      .option('--plan <name>', 'workflow plan: reflection, fixed, metric_to_sql, custom_analytics, data_exploration or your own (default: reflection, or defaults.plan in sluice.yml)')
      .option('--max_iterations <n>', 'maximum reflection rounds (default: 3, or defaults.max_iterations in sluice.yml)', integer('--max_iterations', 0))
      .option('--save_dir <dir>', 'directory for run state, event log and result files', './save')
      .option('--current_date <date>', 'date that "last quarter" etc. are relative to (default: today)', isoDate)
      .addOption(new Option('--format <format>', 'output format on stdout; html: a standalone page with the SQL, the table and a chart').choices([...FORMATS, 'html']).default('table'))
      .option('--chart', 'draw the result as bars (a breakdown) or a sparkline (a series), or say why it has none (after json or csv: on stderr; html pages always have one)')
      .option('--concurrency <n>', 'questions answered at once in batch mode (default: 4)', integer('--concurrency', 1))
      .option('--workers <n>', 'batch mode: worker threads answering questions, each with its own runtime (more memory, its own warm-up); they pay only with idle cores to spare: on 2 cores at best ~1.1× faster, and slower on a busy machine; 0 answers on the main thread (default: 0)', integer('--workers', 0))
      .option('--ordered', 'in batch mode, write results in input order instead of completion order'),
  ).action(async (options) => {
    const { runCommand } = await import('./commands/run-command.js');
    process.exitCode = await runCommand(options);
  });

  commonOptions(
    program
      .command('chat')
      .description('interactive session on a terminal: ask question after question (also: sluice with no arguments on a terminal)')
      .option('--namespace <name>', 'database namespace (default: demo, or defaults.namespace in sluice.yml)')
      .option('--plan <name>', 'workflow plan (default: reflection, or defaults.plan in sluice.yml)')
      .option('--max_iterations <n>', 'maximum reflection rounds (default: 3, or defaults.max_iterations in sluice.yml)', integer('--max_iterations', 0))
      .option('--save_dir <dir>', 'directory for run state, event log and result files', './save')
      .option('--current_date <date>', 'date that "last quarter" etc. are relative to (default: today)', isoDate)
      .addOption(new Option('--format <format>', 'how results show in the session').choices(FORMATS).default('table')),
  ).action(async (options) => {
    const { chatCommand } = await import('./commands/chat-command.js');
    process.exitCode = await chatCommand(options);
  });

  commonOptions(
    program
      .command('resume')
      .description('finish a saved run from the first node that did not finish')
      .option('--save_dir <dir>', 'directory the run was saved in', './save')
      .option('--run <id>', 'run id (default: the latest unfinished run)')
      .addOption(new Option('--format <format>', 'output format on stdout (default: the one the run started with); html: a standalone page, as sluice run --format html writes').choices([...FORMATS, 'html']))
      .option('--chart', 'draw the result as bars or a sparkline, as sluice run --chart does'),
  ).action(async (options) => {
    const { resumeCommand } = await import('./commands/resume-command.js');
    process.exitCode = await resumeCommand(options);
  });

  program
    .command('sql')
    .description('run read-only SQL through the same sandbox the workflow uses')
    .argument('<sql>', 'one SELECT or WITH statement')
    .option('--namespace <name>', 'database namespace (default: demo, or defaults.namespace in sluice.yml)')
    .option('--config <path>', 'sluice.yml to use')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
    .action(async (sql: string, options) => {
      const { sqlCommand } = await import('./commands/sql-command.js');
      process.exitCode = await sqlCommand(sql, options);
    });

  program
    .command('check')
    .description('connect to a namespace, read its catalog and report whether its role could write')
    .option('--namespace <name>', 'database namespace (default: demo, or defaults.namespace in sluice.yml)')
    .option('--config <path>', 'sluice.yml to use')
    .option('--strict', 'exit 1 when the role could write')
    .action(async (options) => {
      const { checkCommand } = await import('./commands/check-command.js');
      process.exitCode = await checkCommand(options);
    });

  program
    .command('init')
    .description('write a sluice.yml for your database (asked on a terminal, or from flags), check the connection and ask a first question')
    .addOption(new Option('--type <type>', 'database type').choices(['postgres', 'mysql', 'sqlite', 'duckdb', 'files']))
    .option('--url <url>', 'postgres/mysql: connection URL; a password in it goes to an environment variable, never to the file')
    .option('--path <path>', 'sqlite/duckdb: the database file; files: a folder or glob of data files')
    .option('--name <namespace>', 'namespace name (default: warehouse)')
    .option('--yes', 'ask nothing: what the flags leave out is an error')
    .option('--force', 'overwrite an existing sluice.yml')
    .option('--save_dir <dir>', 'directory for the first question\'s run', './save')
    .action(async (options) => {
      const { initCommand } = await import('./commands/init-command.js');
      process.exitCode = await initCommand(options);
    });

  program
    .command('schema')
    .description('what schema linking sees in a namespace: tables, columns and types, keys, comments, row estimates, sample values')
    .argument('[table]', 'only this table (as --table, and as /schema TABLE in the chat)')
    .option('--namespace <name>', 'database namespace (default: demo, or defaults.namespace in sluice.yml)')
    .option('--table <name>', 'only this table')
    .option('--config <path>', 'sluice.yml to use')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (table: string | undefined, options) => {
      if (table !== undefined && options.table !== undefined && table !== options.table) {
        throw new UsageError(`sluice schema was given two tables, ${table} and --table ${options.table}; name one`);
      }
      const { schemaCommand } = await import('./commands/schema-command.js');
      process.exitCode = await schemaCommand({ ...options, table: options.table ?? table });
    });

  program
    .command('demo')
    .description('the embedded demo database')
    .command('load')
    .description('load the demo tables, keys, comments and rows into a postgres, mysql or sqlite namespace, or as Parquet files into a files namespace')
    .requiredOption('--namespace <name>', 'namespace to load into (a postgres, mysql, sqlite or files entry in sluice.yml)')
    .option('--replace', 'drop and reload demo tables that already exist')
    .option('--config <path>', 'sluice.yml to use')
    .action(async (options) => {
      const { demoLoadCommand } = await import('./commands/demo-load-command.js');
      process.exitCode = await demoLoadCommand(options);
    });

  program
    .command('models')
    .description('list configured models and check that each answers')
    .option('--config <path>', 'sluice.yml to use')
    .action(async (options) => {
      const { modelsCommand } = await import('./commands/models-cli.js');
      process.exitCode = await modelsCommand(options);
    });

  const examples = program.command('examples').description('confirmed question/SQL pairs that sluice retrieves as examples for similar questions');
  examples
    .command('add')
    .description('store a question and the SQL that answers it (the SQL must run in the namespace\'s sandbox)')
    .requiredOption('--question <text>', 'the question, in natural language')
    .requiredOption('--sql <sql>', 'one SELECT or WITH statement that answers it')
    .option('--namespace <name>', 'database namespace (default: demo, or defaults.namespace in sluice.yml)')
    .option('--config <path>', 'sluice.yml to use')
    .action(async (options) => {
      const { examplesAddCommand } = await import('./commands/examples-command.js');
      process.exitCode = await examplesAddCommand(options);
    });
  examples
    .command('list')
    .description('list stored examples and those of the namespaces\' examples: files')
    .option('--namespace <name>', 'only this namespace')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--config <path>', 'sluice.yml to use')
    .action(async (options) => {
      const { examplesListCommand } = await import('./commands/examples-command.js');
      process.exitCode = await examplesListCommand(options);
    });
  examples
    .command('remove')
    .description('remove a stored example by its id (see sluice examples list)')
    .argument('<id>', 'the example\'s id')
    .option('--namespace <name>', 'only look in this namespace')
    .option('--config <path>', 'sluice.yml to use')
    .action(async (id: string, options) => {
      const { examplesRemoveCommand } = await import('./commands/examples-command.js');
      process.exitCode = await examplesRemoveCommand(id, options);
    });

  const bench = program
    .command('bench')
    .description('score a model and plan on a text-to-SQL dataset (execution accuracy, schema recall, reflection, latency, tokens)')
    // Checked in the action, not by commander: a required option here would be required of `bench import` too.
    .option('--dataset <dir>', 'dataset folder: manifest.json, questions.jsonl, databases/<db_id>/schema.sql and data/*.csv (or a sqlite_file); see also: sluice bench import')
    .option('--predictions <file>', 'score SQL written by another system instead of running a model: JSONL lines {"id": "...", "sql": "..."}')
    .option('--plan <name>', 'workflow plan to run every question through (default: reflection, or defaults.plan in sluice.yml)')
    .option('--model <name>', 'model to score; "gold" replays the gold SQL to check the harness (default: as for run)')
    .option('--limit <n>', 'score only the first N questions (after --filter)', integer('--limit', 1))
    .option('--concurrency <n>', 'questions run at once (default: 4)', integer('--concurrency', 1))
    .option('--filter <regex>', 'score only questions whose id, db_id or text matches')
    .option('--out <file>', 'write the JSON report here and every question to a .jsonl file beside it')
    .option('--namespace <name>', 'postgres/mysql dataset: the sluice.yml namespace whose server the databases are loaded into')
    .option('--url <url>', 'postgres/mysql dataset: the server URL to load the databases into (instead of --namespace)')
    .option('--config <path>', 'sluice.yml with the models to use')
    .option('--workflow <path>', 'workflow.yml with extra or replacement plans')
    .option('--no-cache', 'do not use the on-disk model response cache')
    .action(async (options) => {
      if (options.dataset === undefined) bench.error("error: required option '--dataset <dir>' not specified");
      const { benchCommand } = await import('./commands/bench-command.js');
      process.exitCode = await benchCommand(options);
    });
  bench
    .command('import')
    .description('convert a published suite as released (spider: tables.json, dev.json, database/; bird: dev.json, dev_databases/) into a sqlite dataset folder OUT')
    .argument('<suite>', 'spider or bird')
    .argument('<src>', 'the folder the release was unpacked into')
    .argument('<out>', 'the dataset folder to write (must be empty or missing)')
    .option('--questions <file>', 'the question file inside SRC (default: dev.json)')
    .option('--force', 'replace the dataset in a non-empty OUT (only its manifest.json, questions.jsonl, README.md and databases/)')
    .action(async (suite: string, src: string, out: string, options) => {
      const { benchImportCommand } = await import('./commands/bench-import-command.js');
      process.exitCode = await benchImportCommand(suite, src, out, options);
    });

  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  if (argv.length <= 2) {
    const { isInteractive } = await import('../../ui/is-interactive.js');
    if (stdinCarriesQuestions()) {
      argv = [...argv, 'run'];
    } else if (!process.stdin.isTTY || !isInteractive(process.stdout)) {
      process.stdout.write(program.helpInformation());
      process.exitCode = 0;
      return;
    } else {
      argv = [...argv, 'chat'];
    }
  }
  const meant = questionWithoutRun(argv.slice(2), program.commands.map((command) => command.name()));
  if (meant !== undefined) {
    process.stderr.write(`sluice: ${meant}\n`);
    process.exitCode = 2;
    return;
  }
  try {
    await program.parseAsync(argv);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') {
      process.exitCode = 0;
      return;
    }
    if (code?.startsWith('commander.')) {
      process.exitCode = 2;
      return;
    }
    process.exitCode = reportFatal(error);
  }
}

/** Run as `node dist/src/cli/main.js` (tsc's output), rather than imported or bundled. */
function invokedDirectly(): boolean {
  try {
    return process.argv[1] !== undefined && fileURLToPath(import.meta.url) === realpathSync(process.argv[1]);
  } catch {
    // argv[1] is not a file (node -e '...' -- --help).
    return false;
  }
}

if (invokedDirectly()) {
  quietOnClosedOutput();
  void main(process.argv);
}
