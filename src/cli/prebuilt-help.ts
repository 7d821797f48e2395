import { isatty } from 'node:tty';
import { PREBUILT_HELP_TEXTS } from './prebuilt-help-texts.js';
import { stdinCarriesQuestions } from './stdin-carries-questions.js';

/** commander's width when stdout is not a terminal, which the prebuilt texts were captured at. */
const PREBUILT_WIDTH = 80;

/**
 * The text `sluice <args>` prints, from the texts captured at build time, when the program would print exactly that:
 * stdout is not a terminal, or is one 80 columns wide (commander wraps help at a terminal's width), and a bare `sluice`
 * only prints help when stdin is neither a terminal (the chat) nor a pipe or file of questions (a batch). Undefined when the program must answer.
 */
export function prebuiltHelp(args: string[], texts: Readonly<Record<string, string>> = PREBUILT_HELP_TEXTS): string | undefined {
  const text = texts[args.join('\u0000')];
  if (text === undefined) return undefined;
  if (args.length === 0 && (isatty(0) || stdinCarriesQuestions())) return undefined;
  if (isatty(1) && process.stdout.columns !== PREBUILT_WIDTH) return undefined;
  return text;
}
