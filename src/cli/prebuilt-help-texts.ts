/**
 * What `sluice --help`, `sluice run -h`, `sluice --version` and the like print, keyed by their arguments joined by
 * NUL. Empty in the source and in tsc's output; scripts/bundle-cli.mjs fills it with `helpTexts()` of the bundled
 * program, so the bin answers these without loading commander or building the program.
 */
export const PREBUILT_HELP_TEXTS: Readonly<Record<string, string>> = {};
