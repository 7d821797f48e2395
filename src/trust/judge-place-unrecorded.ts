import type { CatalogTable } from '../connectors/connector.js';
import type { Context, TableSchema } from '../context/context-schema.js';
import { firstSenseAncestors } from '../lexicon/first-sense-ancestors.js';
import { bareName } from '../models/offline/bare-name.js';
import { questionWords } from '../models/offline/question-words.js';
import { columnKinds, namesPlace } from './column-kind.js';
import { groundQuestion } from './ground-question.js';
import { unlinked } from './judge-answer-kind.js';
import { sqlShape } from './sql-shape.js';

/** A namespace this large is not read table by table per question (as judge-answer-kind.ts). */
const MAX_CATALOG_TABLES = 500;

/** "in ", "at the ", "near ", "from ": a preposition of place, then a run of capitalised words (captured). */
const PLACE_PHRASE = /\b(?:in|at|near|from|around|across)\s+(?:the\s+)?((?:[A-Z][a-z]+\s+)*[A-Z][a-z]+)\b/g;

/** Whether the question has a capitalised word after a preposition of place at all: the cheap test before grounding. */
const PLACE_PHRASE_START = /\b(?:in|at|near|from|around|across)\s+(?:the\s+)?[A-Z]/;

/** WordNet's kinds of place a proper name is one of (its first sense): a city, a state, a country, a region. */
const PLACE_KINDS = ['location', 'region', 'geographical_area'];

/**
 * Why a query that ran still cannot answer the question, judged after execution: the question restricts its rows to a
 * place by its name ("What is the average tip at restaurants in New York City?"), a name WordNet knows as a place (a
 * city, state, country or region), that matches no stored value, and no table of the namespace records a place at all:
 * no column of places (city, country, address, site …, by name or by WordNet's first sense) and no table named for
 * places (stations, venues).
 * Whatever the query returned is not restricted to that place, which the data cannot tell apart. A namespace that
 * records places leaves the name to the other rules: it may store the place under another spelling ('NorthCarolina').
 */
export function judgePlaceUnrecorded(context: Context, catalog: readonly CatalogTable[] = []): string | undefined {
  const attempt = context.sql_attempts.at(-1);
  if (attempt?.executed !== true || context.table_schemas.length === 0) return undefined;
  // A warehouse's catalog is not read per question, and its linked tables alone cannot say that nothing records places.
  if (catalog.length > MAX_CATALOG_TABLES) return undefined;
  const place = namedPlace(context, catalog);
  if (place === undefined) return undefined;
  // The SQL filters on the place as written ("citizenship = 'United States'"): the data stores it after all.
  if (sqlShape(attempt.sql).literals.some((literal) => literal.includes(place.toLowerCase()))) return undefined;
  const tables: TableSchema[] = [...context.table_schemas, ...unlinked(context, catalog)];
  // A table named for places (stations, venues) by its words, not by WordNet's first sense: a reservation is one there.
  if (tables.some((table) => namesPlace(bareName(table.name)) || table.columns.some((column) => columnKinds(column, table).has('place')))) return undefined;
  return `'${place}' is a place, and nothing in ${context.task.namespace} records where anything is (no column or table of places), so the data cannot answer this question`;
}

/** The first place the question names by a proper name WordNet knows as one, none of whose words is a stored value. */
function namedPlace(context: Context, catalog: readonly CatalogTable[]): string | undefined {
  const question = context.task.text;
  if (!PLACE_PHRASE_START.test(question)) return undefined;
  const grounded = (context.grounding ?? groundQuestion(context, catalog)).words;
  const valueWords = new Set(grounded.filter((entry) => entry.evidence === 'value').map((entry) => entry.word.text));
  for (const match of question.matchAll(PLACE_PHRASE)) {
    const name = match[1]!;
    const words = questionWords(name).map((word) => word.text);
    if (words.some((word) => valueWords.has(word))) continue;
    // "New York City": the whole name, then shorter ones from its start ("New York" of "New York Yankees").
    for (let end = words.length; end > 0; end--) {
      const ancestors = firstSenseAncestors(words.slice(0, end).join('_'));
      if (PLACE_KINDS.some((kind) => ancestors.has(kind))) return end === words.length ? name : name.split(/\s+/).slice(0, end).join(' ');
    }
  }
  return undefined;
}
