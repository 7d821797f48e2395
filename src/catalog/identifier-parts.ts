/** Catalog names and doc texts recur in every question of a batch: their words are split once per process. */
const MAX_REMEMBERED = 50_000;
const remembered = new Map<string, readonly string[]>();
/**
 * Plain snake_case names, split once too but fewer kept: a cold load of a warehouse splits hundreds of thousands of
 * them once each, and a batch asks for its linked tables' few hundred again and again.
 */
const MAX_REMEMBERED_PLAIN = 5_000;
const rememberedPlain = new Map<string, readonly string[]>();
/** A name of lower-case letters and underscores only ("finance_invoice_daily"), whose words are its underscore-separated parts. */
const PLAIN_SNAKE = /^[a-z_]*$/;

/** Splits snake_case, kebab-case, camelCase, PascalCase and digit runs into lower-case parts, as written: "orderItemsV2_total" → order, items, v, 2, total. */
export function identifierParts(text: string): string[] {
  let words = rememberedPlain.get(text) ?? remembered.get(text);
  if (!words) {
    // Most warehouse names: the four rewrites below would change nothing.
    if (PLAIN_SNAKE.test(text)) {
      words = text.split('_').filter((word) => word.length > 0);
      if (rememberedPlain.size >= MAX_REMEMBERED_PLAIN) rememberedPlain.clear();
      rememberedPlain.set(text, words);
    } else {
      words = text
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .replace(/([A-Za-z])(\d)/g, '$1 $2')
        .replace(/(\d)([A-Za-z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((word) => word.length > 0);
      if (remembered.size >= MAX_REMEMBERED) remembered.clear();
      remembered.set(text, words);
    }
  }
  // A copy: callers may sort or extend what they get.
  return words.slice();
}
