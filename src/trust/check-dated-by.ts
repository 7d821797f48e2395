import { splitIdentifier } from '../catalog/split-identifier.js';
import type { AnswerCheck, TableSchema } from '../context/context-schema.js';
import { derivedForms, inflectionBases } from '../lexicon/derived-forms.js';
import { bareName } from '../models/offline/bare-name.js';
import { questionWords } from '../models/offline/question-words.js';
import { tableNameWords } from '../models/offline/table-name-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { conditionColumns } from './condition-columns.js';
import { datedVerb } from './dated-verb.js';
import { senseOffsets } from '../lexicon/wordnet-records.js';
import { readsTable } from './reads-table.js';
import { tableAliases } from './table-aliases.js';
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../lexicon/determiners.js';
import { wordSet } from '../lexicon/word-set.js';

const DETERMINERS: ReadonlySet<string> = wordSet(ARTICLES, POSSESSIVE_DETERMINERS);

const DATE_TYPE = /^(date|timestamp|datetime)\b/i;
/** The parts of a date column's name that only say it is a date: decision_dt, status_date, shipped_at. */
const DATE_PARTS = /^(date|dt|dte|on|at|time|ts|timestamp|datetime|day)$/;

/**
 * "How many applications were turned down in 2025?" answered with decision = 'REFUSE' and a period on received_dt:
 * when the SQL holds a column to a value and that column's table has a date named after it (decision → decision_dt),
 * that date says when the rows came to have the value; a period on another date the question never names dates
 * something else (when the application was received).
 */
export const checkDatedBy: AnswerCheckRule = ({ question, context, tree, tableNames, sql }) => {
  const conditions = conditionColumns(tree);
  if (conditions.size === 0) return undefined;
  const outer = new Set(tableAliases(tree).values());
  const read = context.table_schemas.filter((table) => outer.has(bareName(table.name)));
  const dateColumn = (column: string): { table: TableSchema; name: string } | undefined => {
    for (const table of read) {
      const found = table.columns.find((c) => c.name.toLowerCase() === column && DATE_TYPE.test(c.type));
      if (found) return { table, name: found.name };
    }
    return undefined;
  };
  const periods = [...conditions.keys()].map(dateColumn).filter((found) => found !== undefined);
  if (periods.length === 0) return undefined;
  // The question's words and their roots; WordNet's derived forms of them only when those do not decide.
  const words = questionWords(question);
  const plain = new Set(words.flatMap((word) => [word.text, wordRoot(word.text)]));
  let derived: Set<string> | undefined;
  const derivedRoots = () => (derived ??= new Set(words.flatMap((word) => [...derivedForms(word.text)].map(wordRoot))));
  const inSet = (set: Set<string>) => (word: string) => set.has(word) || set.has(wordRoot(word));
  const asksAny = (candidates: string[]) => candidates.some(inSet(plain)) || (candidates.length > 0 && candidates.some(inSet(derivedRoots())));
  const nameOf = (name: string) => splitIdentifier(name).filter((part) => !DATE_PARTS.test(part));
  // "in" of in_dt is no word of the question's: the preposition of "in October" names no column.
  const named = (name: string) => asksAny(nameOf(name).filter((part) => part.length > 2));
  // "How many pledges were redeemed in October 2026?" dated by tblPledge.pledgeDate where the namespace keeps
  // tblRedemption: the event noun WordNet derives from the verb (redeem → redemption, ship → shipment) names a table of
  // its own, the record of that event and its date, which the SQL never reads. The date's own table noun ("pledge" of
  // pledgeDate) names the rows, not the event; a doer noun ("served" → servers) names who did it, not the event.
  const ownNamed = (period: { table: TableSchema; name: string }) => {
    const own = new Set(tableNameWords(period.table.name).map(wordRoot));
    return asksAny(nameOf(period.name).filter((part) => part.length > 2 && !own.has(wordRoot(part.toLowerCase()))));
  };
  const deedVerb = datedVerb(words);
  const verbNamed = (period: { name: string }) =>
    nameOf(period.name).some((part) => deedVerb!.forms.has(part) || deedVerb!.forms.has(wordRoot(part)) || inflectionBases(part).some((base) => deedVerb!.forms.has(base)));
  // A noun read after "did" ("did the sales assistants take") is no deed: the word must be a verb to WordNet.
  const isVerb = (word: string) => [word, ...inflectionBases(word)].some((base) => senseOffsets('verb', base).length > 0);
  if (deedVerb && !GENERIC_EVENTS.test(deedVerb.word.text) && !periods.some(ownNamed) && !periods.some(verbNamed) && isVerb(deedVerb.word.text)) {
    const events = new Set([...derivedForms(deedVerb.word.text)].filter((form) => form.length > 3 && !DOER_NOUN.test(form)).map(wordRoot));
    const eventTable = tableNames.find((name) => !readsTable(sql.code, bareName(name)) && events.has(wordRoot(tableNameWords(name).at(-1) ?? '')));
    if (eventTable) {
      return {
        name: 'dated_by',
        passed: false,
        detail: `the question dates "${deedVerb.word.text}", which ${eventTable.split('.').at(-1)!.replace(/"/g, '')} records, but the SQL does not read it and filters on ${periods.map((p) => `${p.table.name}.${p.name}`).join(', ')}`,
      };
    }
  }
  if (periods.some((period) => named(period.name))) return undefined;
  // "Date the tool was taken out of service": the table's own noun and the words for a date or its absence name no stage.
  const commentWords = (comment: string | undefined, table: TableSchema) => {
    const own = new Set(tableNameWords(table.name).map(wordRoot));
    return (comment?.toLowerCase().match(/[a-z]+/g) ?? []).filter((word) => word.length > 3 && !own.has(wordRoot(word)) && !COMMENT_KIND_WORDS.test(word));
  };
  const commentNamed = (comment: string | undefined, table: TableSchema) => asksAny(commentWords(comment, table));
  // The dates named after a column the SQL holds to a value: decision → decision_dt.
  const own: Array<{ column: string; date: string }> = [];
  for (const [column, entries] of conditions) {
    if (!entries.some((entry) => entry.fixed) || dateColumn(column)) continue;
    for (const table of read) {
      // The column as the schema writes it: the condition's lower-cased name loses where its case changes (decisionCode).
      const held = table.columns.find((c) => c.name.toLowerCase() === column);
      if (!held) continue;
      const date = table.columns.find((c) => DATE_TYPE.test(c.type) && c !== held && sameWords(nameOf(c.name), splitIdentifier(held.name)));
      if (date) own.push({ column, date: date.name });
    }
  }
  if (periods.some((period) => own.some((o) => o.date === period.name))) return undefined;
  if (own.length > 0) {
    return {
      name: 'dated_by',
      passed: false,
      detail: `the SQL picks rows by ${own[0]!.column} and dates them by ${periods.map((p) => p.name).join(', ')}, but ${own[0]!.date} records when the ${own[0]!.column} was set, and the question names no other date`,
    };
  }
  // "rentals that were no-shows in October" dated by in_dt, a date only returned rentals have: a date some rows lack
  // dates a later stage of them, where the table keeps a date every row has; the question names neither.
  for (const period of periods) {
    const column = period.table.columns.find((c) => c.name === period.name)!;
    if (!column.nullable || commentNamed(column.comment, period.table)) continue;
    const always = period.table.columns.find((c) => DATE_TYPE.test(c.type) && !c.nullable && c.name !== period.name);
    if (!always) continue;
    return {
      name: 'dated_by',
      passed: false,
      detail: `the SQL dates rows by ${period.name}, which some rows lack, where ${always.name} dates every row; the question names neither`,
    };
  }
  // "surveyors who led a visit … this year" dated by svyr.strt_dt ('Start date') while svy.svy_dt is 'Date of the visit':
  // a period closing the question dates its last verb's event, and the verb's object ("a visit") is that event; a date
  // of another table the SQL reads whose comment names the object records it, and a period on a date the question
  // names in no way dates something else. The object must name no table the SQL reads ("Which objects …" names rows).
  const object = objectOfDatedVerb(words);
  if (object && !periods.some((period) => commentNamed(period.table.columns.find((c) => c.name === period.name)?.comment, period.table))) {
    const tableNouns = new Set(read.map((t) => wordRoot(tableNameWords(t.name).at(-1)!)));
    const root = wordRoot(object);
    for (const table of read) {
      if (tableNouns.has(root) || periods.some((p) => p.table === table)) continue;
      const dated = table.columns.find((c) => DATE_TYPE.test(c.type) && commentWords(c.comment, table).some((word) => wordRoot(word) === root));
      if (dated) return eventElsewhere(object, `${table.name}.${dated.name}`, periods);
    }
  }
  // "customers who ordered through the app in 2025" dated by the day they signed up: the verb names a table the SQL
  // reads, and that table's own date is not the one filtered on. Only the last verb: the one a closing period dates.
  const verb = datedVerb(words);
  if (!verb || GENERIC_EVENTS.test(verb.word.text)) return undefined;
  const { forms } = verb;
  const formNamed = (part: string) => forms.has(part) || forms.has(wordRoot(part)) || inflectionBases(part).some((base) => forms.has(base));
  const table = read.find((t) => forms.has(wordRoot(tableNameWords(t.name).at(-1)!)));
  const tableDate = table?.columns.find((c) => DATE_TYPE.test(c.type));
  if (table && tableDate && !periods.some((period) => period.table === table)) return eventElsewhere(verb.word.text, `${table.name}.${tableDate.name}`, periods);
  // "Which analyst tested the most samples in October?" dated by samples.rcvd_at where results.tested_on is: a date
  // column of a linked table named by the verb itself ("checked in" → checkin_ts) records when it happened.
  for (const schema of context.table_schemas) {
    const named = schema.columns.find((c) => DATE_TYPE.test(c.type) && nameOf(c.name).some(formNamed));
    if (named && !periods.some((period) => period.table === schema && period.name === named.name)) return eventElsewhere(verb.word.text, `${schema.name}.${named.name}`, periods);
  }
  // "Which objects did the gallery borrow in 2026?" dated by objects.acquired_on: loans_out, read, keeps the borrower
  // (a noun WordNet derives from the verb) and its own dates, so it is the table of that event. A table named by such a
  // noun is not ("served" → servers, whoever served: its dates are theirs). WordNet asked last.
  const deed = read.find((t) => {
    const own = wordRoot(tableNameWords(t.name).at(-1)!);
    const deedColumn = (c: TableSchema['columns'][number]) => !c.references && !c.primary_key && !DATE_TYPE.test(c.type);
    return t.columns.some((c) => deedColumn(c) && splitIdentifier(c.name).some((part) => part.length > 3 && wordRoot(part) !== own && derivedForms(verb.word.text).has(part)));
  });
  const deedDate = deed?.columns.find((c) => DATE_TYPE.test(c.type));
  if (deed && deedDate && !periods.some((period) => period.table === deed)) return eventElsewhere(verb.word.text, `${deed.name}.${deedDate.name}`, periods);
  return undefined;
};

/** A noun for who does a deed or undergoes it (server, payee, servant), or an adjective of it: not the deed's record. */
const DOER_NOUN = /(er|or|ee|ant|ent|ist|ive|ory|able|ible|let)$/;

/** The noun a dated verb takes as its object: "led a visit" → visit (an article or possessive between). */
function objectOfDatedVerb(words: ReturnType<typeof questionWords>): string | undefined {
  const verb = datedVerb(words);
  if (!verb || verb.word.clauseEnd) return undefined;
  let k = verb.word.index + 1;
  while (k < words.length && DETERMINERS.has(words[k]!.text)) k++;
  const noun = words[k];
  return noun && k > verb.word.index && !noun.capitalized && noun.text.length > 3 ? noun.text : undefined;
}

function eventElsewhere(verb: string, records: string, periods: ReadonlyArray<{ table: TableSchema; name: string }>): AnswerCheck {
  return {
    name: 'dated_by',
    passed: false,
    detail: `the question dates "${verb}", which ${records} records, but the SQL filters on ${periods.map((p) => `${p.table.name}.${p.name}`).join(', ')}`,
  };
}

/** Verbs that only say a row came to be: any of its dates dates them (as check-event-date reads them). */
const GENERIC_EVENTS = /^(created|recorded|registered|logged|entered|added|happened|occurred|placed|listed|stored|included|based|located|named|called|used|involved|related|associated|linked|connected|assigned)$/;

/** Words a date column's comment uses for any date: what it holds, or that it may be empty. */
const COMMENT_KIND_WORDS = /^(date|dates|null|empty|blank|when|while|unless|until)$/;

const sameWords = (a: string[], b: string[]): boolean => a.length > 0 && a.length === b.length && a.every((word, k) => word === b[k]);
