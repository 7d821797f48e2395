import { openSluice, type OpenSluiceOptions } from '../open-sluice.js';
import { reportFatal } from './report-fatal.js';

type OpenedSluice = Awaited<ReturnType<typeof openSluice>>;

/** Opens sluice, runs a command's body and closes the runtime; any fault becomes one clear line and its exit code. */
export async function withSluice(options: OpenSluiceOptions, body: (sluice: OpenedSluice) => Promise<number>): Promise<number> {
  let sluice: OpenedSluice;
  try {
    sluice = await openSluice(options);
  } catch (error) {
    return reportFatal(error);
  }
  if (options.debug && sluice.plugins?.length) process.stderr.write(`[debug] plugins loaded: ${sluice.plugins.join(', ')}\n`);
  try {
    return await body(sluice);
  } catch (error) {
    return reportFatal(error);
  } finally {
    // The command is the process's last work: read-only databases are left for its end (see leave-to-process-exit).
    await sluice.runtime.close({ exiting: true });
  }
}

/** With --debug, trace records also go to stderr, one JSON line each. */
export function traceToStderr(debug: boolean | undefined): ((record: Record<string, unknown>) => void) | undefined {
  return debug ? (record) => process.stderr.write(`[trace] ${JSON.stringify(record)}\n`) : undefined;
}
