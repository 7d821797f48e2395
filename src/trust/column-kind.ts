import { splitIdentifier } from '../catalog/split-identifier.js';
import type { ColumnSchema, TableSchema } from '../context/context-schema.js';
import { firstSenseAncestors } from '../lexicon/first-sense-ancestors.js';
import { nounAncestors } from '../lexicon/noun-ancestors.js';
import { deedPasts } from './deed-pasts.js';
import type { AnswerKind } from './expected-answer-kind.js';

const DATE_TYPE = /^(date|timestamp|datetime|time|year)\b/i;
/** Types that keep the time of day: a DATE has none. */
const CLOCK_TYPE = /^(timestamp|datetime|time)\b/i;
const NUMERIC_TYPE = /^(tinyint|smallint|integer|int|bigint|hugeint|ubigint|uinteger|usmallint|utinyint|decimal|numeric|double|float|real|number)/i;
const INTERVAL_TYPE = /^interval\b/i;
/** A yes-or-no column: it says whether, never when, how much, who or where, whatever its name ("onTime", "dog_handler"). */
const BOOLEAN_TYPE = /^(boolean|bool)\b/i;
export const isBooleanType = (type: string | undefined): boolean => BOOLEAN_TYPE.test(type?.trim() ?? '');

const DATE_PARTS = /^(date|dt|dte|time|timestamp|ts|datetime|year|yr|day|month|when|born|birth|birthday|dob|since|until|period|week|wk|quarter|season)$/;
/** The last word of created_at, launched_on: a name that says when. */
const DATE_SUFFIXES = /^(at|on)$/;
const CLOCK_PARTS = /^(time|hour|hr|clock|timestamp|ts|datetime)$/;
const AGE_PARTS = /^(age|aged|born|birth|birthday|birthdate|dob)$/;
const DURATION_PARTS =
  /^(duration|length|len|minutes|minute|min|mins|hours|hour|hrs|hr|seconds|second|sec|secs|ms|days|weeks|months|years|runtime|elapsed|wait|waiting|tenure|span|turnaround|downtime|uptime|distance|km|miles|mi|metres|meters|feet|ft)$/;
const PLACE_PARTS =
  /^(address|addr|city|town|country|state|county|region|location|loc|place|venue|site|station|hometown|street|postcode|zip|zipcode|postal|lat|latitude|lon|lng|longitude|area|district|neighborhood|neighbourhood|province|territory|continent|home|origin|destination|terminus|depot|stadium|room|building|campus|nationality|birthplace|located|headquarters|hq|base|airport|port)$/;
const PERSON_NAME_PARTS = /^(surname|forename|nickname|fname|lname|author|owner|manager|supervisor)$/;
/** first_name, full_name: the words that make "name" a person's. */
const NAME_QUALIFIERS = /^(first|last|full|given|family|middle|maiden)$/;
const PHONE_PARTS = /^(phone|mobile|mob|cell|tel|telephone|fax)$/;
const EMAIL_PARTS = /^(email|mail|e|emails)$/;
const RATING_PARTS = /^(rating|ratings|score|scores|stars|star|review|reviews)$/;
const NUMBER_VALUE = /^\s*-?\d+(?:\.\d+)?\s*$/;
/** Words of a name that say what a number measures, by quantity. */
const MEASURE_PARTS: Partial<Record<AnswerKind, RegExp>> = {
  height: /^(height|heights|tall|cm|inches|inch|ft|feet|metres|meters|elevation|altitude)$/,
  weight: /^(weight|weights|wt|kg|kgs|kilos|lb|lbs|pounds|grams|gram|mass|tonnes|tons|ounces|oz)$/,
  speed: /^(speed|speeds|mph|kph|kmh|velocity|pace|knots)$/,
  temperature: /^(temp|temps|temperature|temperatures|celsius|fahrenheit|degc|degf|deg|degrees)$/,
  distance: /^(distance|distances|dist|km|kms|miles|mi|metres|meters|mileage|length)$/,
};
const MEASURE_COMMENT: Partial<Record<AnswerKind, RegExp>> = {
  height: /\b(height|tall|centimet(?:re|er)s|inches)\b/,
  weight: /\b(weight|kilograms?|pounds|grams)\b/,
  speed: /\b(speed|km\/h|mph)\b/,
  temperature: /\b(temperature|celsius|fahrenheit|°c|°f)\b/,
  distance: /\b(distance|kilomet(?:re|er)s|miles)\b/,
};
/** A type that stores amounts of money as they are usually stored, or words of a name that say so. */
const MONEY_TYPE = /^(decimal|numeric|money|smallmoney|double|float|real|number)\b/i;
const MONEY_PARTS =
  /^(price|prices|cost|costs|amount|amt|fee|fees|salary|salaries|wage|wages|revenue|income|pay|paid|payment|payments|spend|spent|budget|usd|eur|gbp|dollars|dollar|money|fare|fares|tip|tips|total|sales|sale|profit|profits|worth|assets|value|charge|charges|balance|earnings|gross|net|tax|refund|bill|billed|invoice|rent|loan|fund|funding|grant|donation|raised|deposit|expense|expenses|capital|valuation|cash|pounds|euros)$/;
const POSTAL_PARTS = /^(address|addr|street|postcode|zip|zipcode|postal|line)$/;

const PLACE_KINDS = ['location', 'region', 'structure', 'facility', 'geographical_area', 'address'];
const PERSON_KINDS = ['person', 'causal_agent', 'organization', 'social_group'];

const parts = (name: string): string[] => splitIdentifier(name).map((part) => part.toLowerCase());

/** Whether a name's words say it is a place by the words places are named with (city, venue, station …), WordNet aside. */
export const namesPlace = (name: string): boolean => parts(name).some((part) => PLACE_PARTS.test(part));

/** Whether a name's words say what a thing is of a kind, by WordNet's first noun sense ("hometown" → town → location). */
const namesKind = (name: string, kinds: readonly string[]): boolean =>
  parts(name).some((part) => part.length > 2 && kinds.some((kind) => firstSenseAncestors(part).has(kind)));

/** A column's sample values, read from the table's sample rows by its position. */
function sampleValues(table: TableSchema, column: ColumnSchema): unknown[] {
  const at = table.columns.indexOf(column);
  return at < 0 ? [] : table.sample_rows.map((row) => row[at]).filter((value) => value !== null && value !== undefined);
}

const CLOCK_VALUE = /\b\d{1,2}:\d\d\b/;

/**
 * The kinds of answer a column holds, from its type, the words of its name, its comment and its sample values:
 * created_at (TIMESTAMP) → date and time of day, dt (DATE) → date, length_minutes → duration, city → place.
 */
export function columnKinds(column: ColumnSchema, table: TableSchema): Set<AnswerKind> {
  const kinds = new Set<AnswerKind>();
  const type = column.type ?? '';
  if (isBooleanType(type)) return kinds;
  const words = parts(column.name);
  const typed = type.trim() !== '';
  const comment = (column.comment ?? '').toLowerCase();
  const samples = sampleValues(table, column).map(String);
  const last = words.at(-1) ?? '';
  if (DATE_TYPE.test(type) || words.some((word) => DATE_PARTS.test(word)) || (DATE_SUFFIXES.test(last) && words.length > 1) || /\b(date|year|when)\b/.test(comment)) kinds.add('date');
  const clockTyped = CLOCK_TYPE.test(type);
  const untypedClock = (!typed || !DATE_TYPE.test(type)) && (words.some((word) => CLOCK_PARTS.test(word)) || samples.some((value) => CLOCK_VALUE.test(value)));
  if (clockTyped || untypedClock) kinds.add('time_of_day');
  if (words.some((word) => AGE_PARTS.test(word)) || /\b(date of birth|birth ?date|born)\b/.test(comment)) kinds.add('age');
  if (INTERVAL_TYPE.test(type) || ((NUMERIC_TYPE.test(type) || !typed) && words.some((word) => DURATION_PARTS.test(word))) || /\b(duration|minutes|hours|days|length)\b/.test(comment)) kinds.add('duration');
  // A date or a number is no place, whatever its words ("left_at", "depot_count").
  const textual = !typed || /char|text|string|enum/i.test(type);
  if (!kinds.has('date') && textual && (words.some((word) => PLACE_PARTS.test(word)) || namesKind(column.name, PLACE_KINDS))) kinds.add('place');
  if (!kinds.has('date') && !kinds.has('duration') && holdsPerson(words, table)) kinds.add('person');
  // A score is a number: a text rating ("PG", "15") classifies, it does not score.
  const numeric = NUMERIC_TYPE.test(type) || ((!typed || /char|text|string/i.test(type)) && samples.length > 0 && samples.every((value) => NUMBER_VALUE.test(value)));
  if (numeric && words.some((word) => RATING_PARTS.test(word))) kinds.add('rating');
  const measured = NUMERIC_TYPE.test(type) || !typed;
  for (const [kind, name] of Object.entries(MEASURE_PARTS) as [AnswerKind, RegExp][]) {
    if (measured && (words.some((word) => name.test(word)) || MEASURE_COMMENT[kind]!.test(comment))) kinds.add(kind);
  }
  // A decimal that measures something else (a rating, a weight, a duration) is no sum of money.
  const measuresOther = ['rating', 'duration', 'age', 'height', 'weight', 'speed', 'temperature', 'distance'].some((kind) => kinds.has(kind as AnswerKind));
  const moneyNamed = measured && words.some((word) => MONEY_PARTS.test(word));
  if (moneyNamed || (MONEY_TYPE.test(type) && !measuresOther) || /\b(price|cost|amount|fee|salary|revenue|dollars|usd|currency)\b/.test(comment)) kinds.add('money');
  if (words.some((word) => PHONE_PARTS.test(word))) kinds.add('phone');
  if (words.some((word) => EMAIL_PARTS.test(word) && word !== 'e') || (words.includes('e') && words.includes('mail'))) kinds.add('email');
  if (words.some((word) => POSTAL_PARTS.test(word)) && !words.some((word) => EMAIL_PARTS.test(word))) kinds.add('postal_address');
  return kinds;
}

/**
 * The words of a name that say it holds money or a phone number without its type ("price", "tel"),
 * narrower than the parts above, which a type backs: "total", "value", "bill" or "cell" alone may name anything.
 */
const NAME_ONLY_PARTS: Record<'money' | 'phone', RegExp> = {
  money: /^(price|prices|cost|costs|amount|amt|fee|fees|salary|salaries|wage|wages|revenue|fare|fares|usd|eur|gbp|dollars|euros)$/,
  phone: /^(phone|telephone|tel|mob)$/,
};

/** Whether a word of a column's name alone says the column holds money or a phone number: what a catalog's vocabulary of name words, which keeps no types, can tell. */
export const namePartHolds = (part: string, kind: 'money' | 'phone'): boolean => NAME_ONLY_PARTS[kind].test(part);

/** A column that holds an amount of money by its type (DECIMAL) or its name ("fee", "amt"), not a float that may measure anything. */
export const isMoneyColumn = (column: ColumnSchema, table: TableSchema): boolean =>
  columnKinds(column, table).has('money') && (/^(decimal|numeric|money|smallmoney)\b/i.test(column.type ?? '') || parts(column.name).some((part) => MONEY_PARTS.test(part)));

/**
 * A person's or organisation's name or key: first_name, author, supervisor_id, winner_name, or the name of a table of
 * people (singer.Name), of a table whose name WordNet does not know (Highschooler.name) or of doers (shtr.shtr_nm, read as
 * "shooter name").
 */
function holdsPerson(words: readonly string[], table: TableSchema): boolean {
  if (words.some((word) => PERSON_NAME_PARTS.test(word)) || (words.includes('name') && words.some((word) => NAME_QUALIFIERS.test(word)))) return true;
  const own = words.filter((word) => word !== 'name' && word !== 'id' && word.length > 2);
  if (own.some((word) => PERSON_KINDS.some((kind) => firstSenseAncestors(word).has(kind)))) return true;
  const tableWords = parts(table.name);
  const tableOwn = own.every((word) => tableWords.includes(word) || tableWords.includes(`${word}s`));
  return words.includes('name') && tableOwn && (namesKind(table.name, PERSON_KINDS) || isOpaque(table.name) || namesDoer(table.name));
}

/**
 * A name that is a doer noun in -er of a WordNet verb with a common sense that is a person ("shooter" of shoot, whose
 * first sense is a marble): a table of shooters is one of people who shoot.
 */
const namesDoer = (name: string): boolean => parts(name).some((part) => deedPasts(part).length > 0 && nounAncestors(part).has('person'));

/** A name none of whose words WordNet knows as a noun ("Highschooler", "wta"): it may name people, so it is not held against them. */
const isOpaque = (name: string): boolean => parts(name).every((part) => part === 'name' || part === 'id' || firstSenseAncestors(part).size === 0);

/**
 * Whether a table holds an answer of the kind: a column of it, or for a duration a start and an end to subtract (two
 * dates or times other than a birth date), or for a place a table that is one (stations, venues).
 */
export function tableHoldsKind(table: TableSchema, kind: AnswerKind): boolean {
  if (table.columns.some((column) => columnKinds(column, table).has(kind))) return true;
  if (kind === 'duration') return table.columns.filter((column) => columnKinds(column, table).has('date') && !columnKinds(column, table).has('age')).length >= 2;
  if (kind === 'place') return namesKind(table.name, PLACE_KINDS);
  return false;
}

/** The columns of the tables that hold the kind, as table.column; for a duration also the dates of a table to subtract. */
export function kindColumns(tables: readonly TableSchema[], kind: AnswerKind): string[] {
  return tables.flatMap((table) => {
    const held = table.columns.filter((column) => columnKinds(column, table).has(kind));
    const dates = kind === 'duration' && tableHoldsKind(table, kind) ? table.columns.filter((column) => columnKinds(column, table).has('date') && !columnKinds(column, table).has('age')) : [];
    return [...new Set([...held, ...dates])].map((column) => `${table.name}.${column.name}`);
  });
}
