/** What a resume needs to find the run and run it as it started: the save dir, config, workflow and model flags given. */
export interface ResumeFlags {
  saveDir?: string;
  config?: string;
  workflow?: string;
  model?: string;
  noCache?: boolean;
  /** Not needed to finish the run, but the user asked for the chart when it started. */
  chart?: boolean;
  /** The run started with --format html, which its saved task cannot record (it renders a table and a page from it). */
  html?: boolean;
}

/** A value as one shell word: as it is when plain, else single-quoted. */
function shellWord(value: string): string {
  return /^[\w./~:@%+=,-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}

/** The shell command that resumes a saved run. */
export function resumeCommandText(runId: string, flags: ResumeFlags = {}): string {
  const words = ['sluice', 'resume'];
  if (flags.config) words.push('--config', shellWord(flags.config));
  if (flags.workflow) words.push('--workflow', shellWord(flags.workflow));
  if (flags.model) words.push('--model', shellWord(flags.model));
  if (flags.noCache) words.push('--no-cache');
  if (flags.saveDir) words.push('--save_dir', shellWord(flags.saveDir));
  if (flags.chart) words.push('--chart');
  if (flags.html) words.push('--format', 'html');
  words.push('--run', runId);
  return words.join(' ');
}
