/** A bench script's `--name value` argument, or `fallback` when it is not given. */
export function scriptOption(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}
