import { main } from './main.js';
import { quietOnClosedOutput } from './on-closed-output.js';

export { helpTexts } from './help-texts.js';

/** The whole command line, as the bin runs it when the answer is not a prebuilt help text. */
export async function startCli(argv: string[]): Promise<void> {
  quietOnClosedOutput();
  await main(argv);
}
