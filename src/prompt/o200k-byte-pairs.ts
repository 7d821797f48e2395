import { createRequire } from 'node:module';
import type { TiktokenBPE } from 'js-tiktoken/lite';

const require = createRequire(import.meta.url);

/** o200k_base (GPT-4o family) as this package counts with it: each token's bytes, one latin1 character a byte, to its rank. */
export interface O200kBytePairs {
  ranks: Map<string, number>;
  /** The pre-tokenizer: a text's pieces, each encoded on its own. */
  pieces: RegExp;
}

let loaded: O200kBytePairs | undefined;

/**
 * The ranks shipped inside js-tiktoken, read on first use (never at import). js-tiktoken's own encoder keys its
 * 200,000 ranks by comma-joined byte lists and builds a second, reverse table a counter never reads: about half a
 * second of CPU before a batch's first prompt, in every process and every worker. `atob` turns a token's base64
 * straight into the latin1 string of its bytes, about a tenth of that.
 */
export function o200kBytePairs(): O200kBytePairs {
  if (!loaded) {
    const module = require('js-tiktoken/ranks/o200k_base') as TiktokenBPE | { default: TiktokenBPE };
    const bpe = 'default' in module ? module.default : module;
    const ranks = new Map<string, number>();
    // Lines of "<name> <first rank> <token> <token> …", consecutive ranks in base64.
    for (const line of bpe.bpe_ranks.split('\n')) {
      if (!line) continue;
      const fields = line.split(' ');
      const first = Number.parseInt(fields[1]!, 10);
      for (let i = 2; i < fields.length; i++) ranks.set(atob(fields[i]!), first + i - 2);
    }
    loaded = { ranks, pieces: new RegExp(bpe.pat_str, 'ug') };
  }
  return loaded;
}
