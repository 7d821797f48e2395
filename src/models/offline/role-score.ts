import { splitIdentifier } from '../../catalog/split-identifier.js';
import { wordTable } from '../../own-entry.js';
import { PREPOSITIONS as ENGLISH_PREPOSITIONS } from '../../lexicon/prepositions.js';
import { pick, wordSet } from '../../lexicon/word-set.js';

/** Directional words and the column-name parts that carry the same role ("arriving" → DestAirport). */
const ROLES: readonly { words: RegExp; parts: RegExp }[] = [
  { words: /^(to|into|arriv\w*|land\w*|destination\w*|inbound|incoming|receiv\w*|recipient\w*)$/, parts: /^(dest|destination|to|arrival|target|recipient|receiver)$/ },
  { words: /^(from|depart\w*|leav\w*|source\w*|origin\w*|outbound|outgoing|sent|send\w*|sender\w*)$/, parts: /^(source|src|from|origin|departure|sender)$/ },
];

const PREPOSITIONS: ReadonlySet<string> = wordSet(pick(ENGLISH_PREPOSITIONS, 'to', 'into', 'from'));

/** Irregular past forms and the start of the agent noun they belong to ("won" → winner, "lost" → loser). */
const IRREGULAR: Readonly<Record<string, string>> = wordTable({
  won: 'win', lost: 'los', sold: 'sell', bought: 'buy', taught: 'teach', wrote: 'writ', written: 'writ', led: 'lead', drove: 'driv', driven: 'driv', sent: 'send', paid: 'pay',
});

/**
 * How well a foreign-key column's name fits the question's words, to choose between two keys to the same
 * table (a flight's source and destination airport, a match's winner and loser): a name part the question
 * spells ("winner" in winner_id, "dest" in "destination"), or a directional word of the same role.
 */
export function roleScore(column: string, words: readonly string[], tables: readonly string[] = []): number {
  // "friends" in "the friends Kyle has" names the Friend table, not the friend_id role.
  const tableParts = new Set(tables.flatMap((t) => splitIdentifier(t.split('.').pop()!).map((p) => p.toLowerCase().replace(/s$/, ''))));
  const parts = splitIdentifier(column)
    .map((p) => p.toLowerCase())
    .filter((p) => !tableParts.has(p.replace(/s$/, '')));
  let score = 0;
  for (const part of parts) {
    if (part.length >= 4 && words.some((w) => w.startsWith(part) || (w.length >= 4 && part.startsWith(w)) || (IRREGULAR[w] !== undefined && part.startsWith(IRREGULAR[w]!)))) score += 2;
    // A verb or noun ("received", "destination") says more about the role than a bare "from" or "to".
    for (const role of ROLES) {
      const said = words.filter((w) => role.words.test(w));
      if (role.parts.test(part) && said.length > 0) score += said.some((w) => !PREPOSITIONS.has(w)) ? 1 : 0.5;
    }
  }
  return score;
}
