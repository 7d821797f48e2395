import { openSluice } from '../../open-sluice.js';
import { reportFatal } from '../report-fatal.js';

/** `sluice models`: what is configured, and whether each answers. */
export async function modelsCommand(options: { config?: string }): Promise<number> {
  try {
    const sluice = await openSluice({ configPath: options.config });
    const { listModels } = await import('./models-command.js');
    return await listModels(sluice.runtime.config, sluice.runtime.settings, process.stdout);
  } catch (error) {
    return reportFatal(error);
  }
}
