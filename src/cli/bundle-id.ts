/**
 * A hash of the bundled program's files, so that V8's code cache of one build is kept apart from another's. Empty in
 * the source and in tsc's output; scripts/bundle-cli.mjs fills it in.
 */
export const BUNDLE_ID: string = '';
