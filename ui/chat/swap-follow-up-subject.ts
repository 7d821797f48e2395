import type { CatalogTable } from '../../src/connectors/connector.js';
import type { ColumnValues } from '../../src/catalog/build-value-lookup.js';
import { ARTICLES } from '../../src/lexicon/determiners.js';
import { wordSet } from '../../src/lexicon/word-set.js';
import { bareName } from '../../src/models/offline/bare-name.js';
import { singular } from '../../src/models/offline/singular.js';
import { followUpFragment } from '../../src/trust/follow-up-fragment.js';

export interface SwapCatalog {
  tables: readonly CatalogTable[];
  values: readonly ColumnValues[];
}

/** A follow-up read against the catalog: the earlier question with its subject or filter swapped, or not understood. */
export type SubjectSwap = { kind: 'question'; question: string } | { kind: 'unclear'; reason: string };

const ARTICLE = wordSet(ARTICLES);
/** "same for stores", "the same with customers": asks the earlier question again of something else. */
const SAME_FOR = /^(?:and\s+)?(?:the\s+)?same\s+(?:for|with)\s+(.+)$/i;

/**
 * A follow-up ("same for stores", "and for customers", "what about shipped?") whose phrase names a table or a stored
 * value of the catalog other than the one the earlier question names: that question with the name swapped for the
 * phrase. A phrase that names one where the earlier question names none of its kind cannot be swapped in, and is not
 * understood rather than tacked on. Undefined when the line is no such follow-up (the fragment reader takes it).
 */
export function swapFollowUpSubject(line: string, previous: string, catalog: SwapCatalog): SubjectSwap | undefined {
  const body = line.trim().replace(/[?.!\s]+$/, '');
  const same = SAME_FOR.exec(body)?.[1];
  const fragment = same ?? followUpFragment(line)?.replace(/^for\s+/i, '');
  if (fragment === undefined) return undefined;
  const phrase = withoutArticle(fragment);
  const mark = /\?\s*$/.test(previous) || /\?\s*$/.test(line) ? '?' : '';
  const asked = previous.trim().replace(/[?.!\s]+$/, '');
  const unclear = (what: string): SubjectSwap => ({
    kind: 'unclear',
    reason: `"${line.trim()}" names ${what}, and the question before it ("${previous.trim()}") names nothing of the kind to swap it for`,
  });

  const table = tableNamed(phrase, catalog.tables);
  if (table) {
    const spot = namedSpots(asked, catalog.tables.map((t) => ({ key: t.name, forms: tableForms(t.name) }))).find((s) => s.key !== table.name);
    if (spot) return { kind: 'question', question: `${replaceAt(asked, spot, phrase)}${mark}` };
    if (namedSpots(asked, [{ key: table.name, forms: tableForms(table.name) }]).length > 0) return undefined;
    return unclear(`the table ${table.name}`);
  }
  const columns = catalog.values.filter((column) => column.values.some((value) => same_(value, phrase)));
  if (columns.length > 0 && !/^\d[\d\s-]*$/.test(phrase)) {
    for (const column of columns) {
      const others = column.values.filter((value) => !same_(value, phrase));
      const spot = namedSpots(asked, others.map((value) => ({ key: value, forms: [value.toLowerCase()] })))[0];
      if (spot) return { kind: 'question', question: `${replaceAt(asked, spot, phrase)}${mark}` };
    }
    if (same !== undefined) return unclear(`a value of ${columns[0]!.table}.${columns[0]!.column}`);
    return undefined;
  }
  return same !== undefined ? { kind: 'unclear', reason: `"${line.trim()}" names no table or stored value to ask the question before it of` } : undefined;
}

interface Spot {
  key: string;
  start: number;
  end: number;
}

const same_ = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

function withoutArticle(phrase: string): string {
  const [first, ...rest] = phrase.trim().split(/\s+/);
  return first && ARTICLE.has(first.toLowerCase()) && rest.length > 0 ? rest.join(' ') : phrase.trim();
}

/** A table's name as a question writes it: "order_items" as "order items" and "order item". */
function tableForms(name: string): string[] {
  const bare = bareName(name).replace(/_/g, ' ');
  return [...new Set([bare, singular(name).replace(/_/g, ' ')])];
}

function tableNamed(phrase: string, tables: readonly CatalogTable[]): CatalogTable | undefined {
  const words = phrase.toLowerCase().replace(/_/g, ' ');
  return tables.find((table) => tableForms(table.name).includes(words));
}

/** Where the text names each key by one of its forms, as whole words, longest first among overlapping ones, in order. */
function namedSpots(text: string, named: Array<{ key: string; forms: string[] }>): Spot[] {
  const lower = text.toLowerCase();
  const spots: Spot[] = [];
  for (const { key, forms } of named) {
    for (const form of forms) {
      if (!form) continue;
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`, 'gu');
      for (const match of lower.matchAll(pattern)) spots.push({ key, start: match.index!, end: match.index! + form.length });
    }
  }
  spots.sort((a, b) => a.start - b.start || b.end - a.end);
  return spots.filter((spot, i) => !spots.slice(0, i).some((other) => other.start < spot.end && spot.start < other.end));
}

const replaceAt = (text: string, spot: Spot, phrase: string): string => `${text.slice(0, spot.start)}${phrase}${text.slice(spot.end)}`;
