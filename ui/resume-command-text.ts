/** The shell command that resumes a saved run. */
export function resumeCommandText(runId: string, saveDir?: string): string {
  const where = saveDir ? ` --save_dir ${/^[\w./~-]+$/.test(saveDir) ? saveDir : JSON.stringify(saveDir)}` : '';
  return `sluice resume${where} --run ${runId}`;
}
