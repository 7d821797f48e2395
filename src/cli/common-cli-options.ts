import type { OpenSluiceOptions } from '../open-sluice.js';

/** The flags every command that runs workflows takes (commonOptions in main.ts). */
export interface CommonCliOptions {
  config?: string;
  workflow?: string;
  model?: string;
  /** commander's --no-cache arrives as cache: false. */
  cache: boolean;
  debug?: boolean;
}

export function sluiceOptionsFrom(options: CommonCliOptions): OpenSluiceOptions {
  return { configPath: options.config, workflowPath: options.workflow, model: options.model, debug: options.debug, noCache: !options.cache };
}
