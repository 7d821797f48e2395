import { resumeRun } from '../../engine/resume-run.js';
import { openSluice } from '../../open-sluice.js';
import { sluiceOptionsFrom, type CommonCliOptions } from '../common-cli-options.js';
import { reportFatal } from '../report-fatal.js';
import { loadFollower } from './run-command.js';

export interface ResumeCommandOptions extends CommonCliOptions {
  save_dir: string;
  run?: string;
  format?: 'table' | 'json' | 'csv' | 'markdown';
}

export async function resumeCommand(options: ResumeCommandOptions): Promise<number> {
  const follower = loadFollower(options.debug ?? false);
  let sluice;
  try {
    sluice = await openSluice(sluiceOptionsFrom(options));
  } catch (error) {
    return reportFatal(error);
  }
  try {
    const follow = await follower;
    const handle = resumeRun(sluice, {
      saveDir: options.save_dir,
      runId: options.run,
      format: options.format,
      onTrace: options.debug ? (record) => process.stderr.write(`[trace] ${JSON.stringify(record)}\n`) : undefined,
    });
    const format = options.format ?? (await firstTaskFormat(handle));
    return await follow(handle, { format, debug: options.debug ?? false, saveDir: options.save_dir });
  } catch (error) {
    return reportFatal(error);
  } finally {
    await sluice.runtime.close();
  }
}

async function firstTaskFormat(handle: { events$: import('rxjs').Observable<import('../../engine/engine-events.js').EngineEvent> }) {
  const { firstValueFrom, filter } = await import('rxjs');
  const start = await firstValueFrom(handle.events$.pipe(filter((e) => e.type === 'run_start')));
  return start.type === 'run_start' ? start.task.format : 'table';
}
