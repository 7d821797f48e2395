#!/usr/bin/env node
/**
 * The `sluice` command as installed (bundled into dist/cli/sluice.js). Source maps are read only when a stack may be
 * shown (--debug, SLUICE_STACK=1): they cost start-up, and must be on before the modules they map are loaded.
 */
if (process.argv.includes('--debug') || process.env.SLUICE_STACK === '1') process.setSourceMapsEnabled(true);

const { main } = await import('./main.js');
const { quietOnClosedOutput } = await import('./on-closed-output.js');
quietOnClosedOutput();
await main(process.argv);
