import { captureHelp } from './capture-help.js';
import { helpRequests } from './help-requests.js';
import { buildProgram } from './main.js';

/** Separates the arguments in a key of `helpTexts()`. */
export const HELP_KEY_SEPARATOR = '\u0000';

/** Every help request's arguments (joined by HELP_KEY_SEPARATOR) and what the program prints for them. */
export async function helpTexts(): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  for (const args of helpRequests(buildProgram())) {
    const text = await captureHelp(args);
    if (text !== undefined) texts[args.join(HELP_KEY_SEPARATOR)] = text;
  }
  return texts;
}
