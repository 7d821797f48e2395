import { z } from 'zod';
import { measureNounModifies } from './measure-noun-modifier.js';
import { personAgeRanked } from './person-age-ranked.js';

/** What kind of thing an answer is, read from the question's form, whatever the database calls it. */
export const AnswerKindSchema = z.enum(['date', 'time_of_day', 'age', 'duration', 'place', 'person', 'phone', 'email', 'postal_address', 'rating', 'height', 'weight', 'speed', 'temperature', 'distance', 'money']);
export type AnswerKind = z.infer<typeof AnswerKindSchema>;

export const ExpectedAnswerKindSchema = z.object({
  kind: AnswerKindSchema,
  /** The words of the question that ask it: "When", "how old", "after 10 pm", "mobile number". */
  phrase: z.string(),
});
export type ExpectedAnswerKind = z.infer<typeof ExpectedAnswerKindSchema>;

/** How each kind is named in a message: "nothing … records <description>". */
export const ANSWER_KIND_DESCRIPTIONS: Record<AnswerKind, string> = {
  date: 'a date, time or year',
  time_of_day: 'a time of day (a date alone has none)',
  age: 'an age or a date of birth',
  duration: 'a duration (or a start and an end to subtract)',
  place: 'a place (a city, country, address or location)',
  person: "a person's or organisation's name",
  phone: 'a phone number',
  email: 'an email address',
  postal_address: 'a postal address',
  rating: 'a rating or score (a number)',
  height: 'a height',
  weight: 'a weight',
  speed: 'a speed',
  temperature: 'a temperature',
  distance: 'a distance',
  money: 'an amount of money (a price, cost, fee, pay or sum)',
};

const UNIT = String.raw`(?:seconds|secs|minutes|mins|hours|hrs|days|weeks|months|years)`;
/** Verbs that make "how many <unit>" ask how long something went on, not how many of them there were: "How many weeks does the course last?". */
const DURATION_VERB = String.raw`(?:last|lasts|lasted|take|takes|took|taken|wait|waits|waited|spend|spends|spent|stay|stays|stayed|been|run|runs|ran)`;
/** Words that make "how much" ask for money: "How much did the refit cost?", "What do the guides earn?". */
const MONEY_WORD = String.raw`(?:cost|costs|costed|pay|pays|paid|earn|earns|earned|spend|spends|spent|charge|charges|charged|owe|owes|owed|worth|price|prices|priced|salary|salaries|wage|wages|fee|fees|money|dollars|euros|pounds\s+sterling|budget|raise|raised|donate|donated|bill|billed|invoice|invoiced|refund|refunded)`;
/** A kind asked for by its own noun ("weight", "temperatures"), which is a word a column's name may hold, or may instead modify the noun after it. */
export const MEASURE_NOUN = /^(?:weights?|speeds?|temperatures?|distances?)$/i;
const CLOCK_TIME = String.raw`\d{1,2}(?::\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\d{1,2}:\d\d\b|noon\b|midnight\b`;

interface KindForm {
  kind: AnswerKind;
  form: RegExp;
}

/**
 * The forms that ask for a kind of thing, in order: the first that matches decides. The clock time of a filter
 * ("after 10 pm") asks the same of the data as "at what time": a time of day to compare it with.
 */
const FORMS: readonly KindForm[] = [
  { kind: 'time_of_day', form: new RegExp(String.raw`\b(?:at|by|after|before|around|until|till|past|from|between)\s+(?:${CLOCK_TIME})`, 'i') },
  { kind: 'time_of_day', form: /\b(?:at\s+)?what\s+time\b(?!\s+period)|\bwhat\s+hour\b|\btime\s+of\s+(?:the\s+)?day\b/i },
  { kind: 'age', form: /\bhow\s+old\b|\b(?:at\s+)?what\s+age\b/i },
  { kind: 'duration', form: /\b(?:for\s+)?how\s+long\b(?!\s+ago\b)|\bhow\s+much\s+time\b/i },
  { kind: 'duration', form: new RegExp(String.raw`\bhow\s+many\s+${UNIT}\b(?=.*\b${DURATION_VERB}\b)`, 'i') },
  { kind: 'date', form: /^\s*(?:since\s+|until\s+|till\s+)?when\b|\b(?:what|which)\s+(?:date|day|year|month)\b(?!\s+of\s+the\s+week)|\bhow\s+long\s+ago\b/i },
  // "the ceremony start time", "average check-in time": the clock time an event begins or a place opens at (a race's
  // "finish time" may be a duration, so not that); after "how long" and "when", which ask their own kinds.
  { kind: 'time_of_day', form: /\b(?:start|starting|opening|closing|arrival|departure|check-?in|check-?out|kick-?off|pick-?up|drop-?off)\s+times?\b/i },
  { kind: 'height', form: /\bhow\s+tall\b|\bwhat\s+height\b/i },
  { kind: 'weight', form: /\bhow\s+heavy\b|\bweigh(?:s|ed|ing)?\b|\bweights?\b/i },
  { kind: 'speed', form: /\bhow\s+fast\b|\bspeeds?\b/i },
  { kind: 'temperature', form: /\bhow\s+(?:hot|cold|warm)\b|\btemperatures?\b/i },
  { kind: 'distance', form: /\bhow\s+far\b|\bdistances?\b/i },
  { kind: 'money', form: new RegExp(String.raw`(?:\bhow\s+much\b|^\s*what\s+(?:did|does|do|will|would)\b)(?=.*\b(${MONEY_WORD})\b)`, 'i') },
  { kind: 'place', form: /^\s*(?:from\s+)?where\b(?!\s+(?:the|a|an|there)\b)/i },
  { kind: 'person', form: /^\s*(?:who|whom)\b(?!\s+(?:else|has\s+the|have\s+the)\b)/i },
  { kind: 'rating', form: /\b(?:star|stars|customer|user|audience|review|reviewer|critic|critics|guest|satisfaction)\s+(?:ratings?|scores?)\b|\bhow\s+many\s+stars\b|\bhow\s+(?:did|do|does|would)\s+(?:\w+\s+){1,3}rate\b/i },
  { kind: 'email', form: /\be-?mails?\s+address(?:es)?\b|\be-?mails?\s+(?:of|for)\b|(?<=['’]s\s+|\b(?:their|his|her|its)\s+)e-?mails?\b/i },
  { kind: 'phone', form: /\b(?:mobile|cell|cellphone|telephone|phone|contact|fax)\s+(?:numbers?|nos?\b\.?)|['’]s\s+(?:(?:tele)?phone|mobile|cell)\b|\b(?:their|his|her|its)\s+(?:(?:tele)?phone|mobile|cell)\b/i },
  { kind: 'postal_address', form: /\b(?:postal|mailing|home|street|billing|shipping|delivery|business)\s+address(?:es)?\b|\b(?:the|their|its|his|her|whose)\s+address(?:es)?\b|['’]s\s+address\b/i },
];

/**
 * The kind of answer the question's form asks for ("When …" → a date, "How old …" → an age, "after 10 pm" → a time
 * of day, "mobile number" → a phone number), or undefined when its form does not say.
 */
export function expectedAnswerKind(question: string): ExpectedAnswerKind | undefined {
  const aged = personAgeRanked(question);
  if (aged) return { kind: 'age', phrase: aged.phrase };
  for (const { kind, form } of FORMS) {
    const match = form.exec(question);
    // "gearbox oil temperature faults" asks for faults: the measure noun only says which.
    if (match && MEASURE_NOUN.test(match[0]) && measureNounModifies(question, match.index + match[0].length)) continue;
    // A form that captures names the word that asks ("cost" of "What did it cost …"), else its whole match.
    if (match) return { kind, phrase: (match[1] ?? match[0]).trim().replace(/\s+/g, ' ') };
  }
  return undefined;
}
