import { withSluice } from '../with-sluice.js';

/** `sluice models`: what is configured, and whether each answers. */
export function modelsCommand(options: { config?: string }): Promise<number> {
  return withSluice({ configPath: options.config, runsWorkflows: false }, async ({ runtime }) => {
    const { listModels } = await import('./models-command.js');
    return listModels(runtime.config, runtime.settings, process.stdout, process.env, runtime.unsetVariables);
  });
}
