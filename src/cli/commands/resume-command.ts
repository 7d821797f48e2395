import { firstValueFrom } from 'rxjs/internal/firstValueFrom';
import { filter } from 'rxjs/internal/operators/filter';
import { resumeRun } from '../../engine/resume-run.js';
import type { RunHandle } from '../../engine/run-handle.js';
import { sluiceOptionsFrom, type CommonCliOptions } from '../common-cli-options.js';
import { traceToStderr, withSluice } from '../with-sluice.js';
import { loadFollower, resumeFlagsFrom } from './run-command.js';
import { followRunToHtml } from '../follow-run-to-html.js';
import { sayInterruptWhileStarting } from '../interrupt-while-starting.js';

export interface ResumeCommandOptions extends CommonCliOptions {
  save_dir: string;
  run?: string;
  format?: 'table' | 'json' | 'csv' | 'markdown' | 'html';
  chart?: boolean;
}

export async function resumeCommand(options: ResumeCommandOptions): Promise<number> {
  const follower = loadFollower(options.debug ?? false);
  const release = sayInterruptWhileStarting('cancelled (Ctrl-C) while starting the resume; the run is as it was and stays resumable');
  try {
    return await withSluice(sluiceOptionsFrom(options), async (sluice) => {
      const follow = await follower;
      const handle = resumeRun(sluice, { saveDir: options.save_dir, runId: options.run, format: options.format, onTrace: traceToStderr(options.debug), onNote: (text) => process.stderr.write(`sluice: note: ${text}\n`) });
      const followOptions = { debug: options.debug ?? false, saveDir: options.save_dir, resumeFlags: resumeFlagsFrom(options) };
      const format = options.format ?? (await firstTaskFormat(handle));
      if (format === 'html') return followRunToHtml(handle, followOptions);
      return follow(handle, { ...followOptions, format, chart: options.chart });
    });
  } finally {
    release();
  }
}

/** The format the run was started with, from its run_start event. */
async function firstTaskFormat(handle: RunHandle) {
  const start = await firstValueFrom(handle.events$.pipe(filter((event) => event.type === 'run_start')));
  return start.type === 'run_start' ? start.task.format : 'table';
}
