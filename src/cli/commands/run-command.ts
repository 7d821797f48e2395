import { startRun } from '../../engine/start-run.js';
import { UsageError } from '../../errors.js';
import { openSluice } from '../../open-sluice.js';
import { followRun } from '../follow-run.js';
import { reportFatal } from '../report-fatal.js';
import { today } from '../today.js';

export interface RunCommandOptions {
  task?: string;
  namespace?: string;
  plan?: string;
  max_iterations?: number;
  save_dir: string;
  current_date?: string;
  format: 'table' | 'json' | 'csv' | 'markdown';
  concurrency?: number;
  ordered?: boolean;
  config?: string;
  workflow?: string;
  model?: string;
  cache: boolean;
  debug?: boolean;
}

export async function runCommand(options: RunCommandOptions): Promise<number> {
  if (options.task === undefined) {
    if (process.stdin.isTTY) {
      return reportFatal(new UsageError('no question given: pass --task "..." or pipe questions on stdin, one per line'));
    }
    const { batchCommand } = await import('./batch-command.js');
    return batchCommand(options);
  }
  let sluice;
  try {
    sluice = await openSluice({ configPath: options.config, workflowPath: options.workflow, model: options.model, debug: options.debug, noCache: !options.cache });
  } catch (error) {
    return reportFatal(error);
  }
  try {
    const defaults = sluice.runtime.config.defaults;
    const handle = startRun(sluice, {
      task: options.task,
      namespace: options.namespace ?? defaults.namespace,
      plan: options.plan ?? defaults.plan,
      currentDate: options.current_date ?? today(),
      maxIterations: options.max_iterations ?? defaults.max_iterations,
      saveDir: options.save_dir,
      format: options.format,
      onTrace: options.debug ? (record) => process.stderr.write(`[trace] ${JSON.stringify(record)}\n`) : undefined,
    });
    return await followRun(handle, { format: options.format, debug: options.debug ?? false, saveDir: options.save_dir });
  } catch (error) {
    return reportFatal(error);
  } finally {
    await sluice.runtime.close();
  }
}
