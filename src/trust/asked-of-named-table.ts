import type { Context, TableSchema } from '../context/context-schema.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { wordRoot } from '../models/offline/word-root.js';
import { commentHeads } from './comment-heads.js';
import { linksToNames, neighbourhood } from './ground-attributes.js';
import type { GroundedWord } from './ground-question.js';
import { isFormWord, isNamingWord, GENERIC_HEADS } from './is-naming-word.js';
import { ROW_NOUNS } from './row-nouns.js';

/** A table the question names as a table, and where: "the vans table", "From the usageMonthly table", "on wb_tickets". */
interface TableMention {
  table: TableSchema;
  start: number;
  end: number;
}

/**
 * What a question asks of a table it names as a table that nothing in that table, or in the tables its keys join,
 * records, undefined otherwise: "Looking at the customerAccount table, what is the capital city of each country?"
 * ("capital city"), "From the usageMonthly table, how many bytes make up a gigabyte?", "What does the vans table say
 * about when each van was last serviced?". Naming the table says where the answer is to come from; a thing or an
 * attribute none of its columns (by name, derived form, WordNet relative or the noun its comment opens with) nor a
 * stored value matches is not there, whatever another table or a comment elsewhere may say. A question that names the
 * table and then only its columns and values ("Show the rows of the venues table where seats is under 200") is left
 * to run.
 */
export function askedOfNamedTable(context: Context, words: readonly GroundedWord[]): { table: string; asked: GroundedWord[] } | undefined {
  const question = context.task.text;
  const mentions = tableMentions(question, context.table_schemas);
  if (mentions.length === 0) return undefined;
  const named = mentions.map((mention) => mention.table);
  const near = neighbourhood(context.table_schemas, named) as TableSchema[];
  const heads = commentHeads(near);
  const inMention = (entry: GroundedWord) => mentions.some((mention) => entry.word.offset >= mention.start && entry.word.offset < mention.end);
  const asked = words.filter((entry) => {
    if (inMention(entry) || entry.evidence === 'value' || /\d/.test(entry.word.text)) return false;
    const text = entry.word.text;
    if (ROW_NOUNS.test(text) || GENERIC_HEADS.test(text) || isFormWord(text) || STATISTICS.test(text) || /^tables?$/.test(text)) return false;
    // "when each van was last serviced": the time of a deed done to the rows is asked of them as much as a noun is.
    const deed = /ed$/.test(text) && PASSIVE_BEFORE.test(question.slice(0, entry.word.offset));
    if (!deed && !isNamingWord(question, entry.word)) return false;
    if (heads.has(wordRoot(text)) || linksToNames(entry.word, near, deed)) return false;
    // "which tenants keep pets": a word English uses first as a verb says what the rows do, not what is asked of them.
    return deed || primaryPartOfSpeech(text) !== 'verb';
  });
  if (asked.length === 0) return undefined;
  return { table: question.slice(mentions[0]!.start, mentions[0]!.end), asked };
}

/** Words of a statistic the SQL computes under any name ("the average", "the number of"). */
const STATISTICS = /^(average|avg|mean|total|median|maximum|minimum|max|min|highest|lowest|largest|smallest|biggest|number|count|amount|sum|most|least|each|every)$/;

/** "was last serviced", "were recorded", "been checked": a passive before the -ed word. */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+|last\s+|first\s+|ever\s+|never\s+)?$/i;

/**
 * The tables a question names as tables: an identifier written as the table's name with its underscores or inner
 * capitals ("wb_tickets", "usageMonthly"), or words before "table" that spell a table's name ("the vans table", "the
 * films table's titles", "the check items table").
 */
export function tableMentions(question: string, tables: readonly TableSchema[]): TableMention[] {
  const byName = new Map(tables.map((table) => [squash(table.name.split('.').at(-1)!), table]));
  const mentions: TableMention[] = [];
  for (const match of question.matchAll(/\b[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\b|\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/g)) {
    const table = byName.get(squash(match[0]));
    if (table) mentions.push({ table, start: match.index, end: match.index + match[0].length });
  }
  for (const match of question.matchAll(/\b((?:[A-Za-z_]+\s+){1,3}?)tables?\b(?:['’]s)?/gi)) {
    const words = match[1]!.trim().split(/\s+/);
    // "the check items table": the longest run of words right before "table" that spells a table's name.
    for (let from = 0; from < words.length; from++) {
      const table = byName.get(squash(words.slice(from).join(''))) ?? byName.get(squash(words.slice(from).join('')).replace(/s$/, ''));
      if (!table) continue;
      const start = match.index + match[0].indexOf(words[from]!);
      if (!mentions.some((mention) => mention.start <= start && start < mention.end)) mentions.push({ table, start, end: match.index + match[0].length });
      break;
    }
  }
  return mentions;
}

const squash = (name: string): string => name.replace(/"/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
