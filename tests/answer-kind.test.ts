import { describe, it } from 'vitest';
import { ANSWER_KIND_DATABASES } from './helpers/answer-kind-databases.js';
import { askBeforeAll, expectAnswered, expectDeclined, type DeclineCase } from './helpers/expect-declines.js';

/**
 * The kind of answer a question's form asks for (issue 14): "When …" a date, "after 10 pm" a time of day, "How old …"
 * an age, "start time" a time of day, "How long …" a duration, "Where …" a place, "Who …" a person, "email address" / "mobile number" a contact,
 * "star rating" a score. Where no table the question is about holds that kind, the run ends unanswerable after its query
 * ran, naming what is missing; where one does, it is answered. Made-up databases, none of the labelled sets', through
 * the real CLI, offline.
 */
const DATE = ['--current_date', '2026-11-25'];

const QUESTIONS: (DeclineCase & { namespace: string })[] = [
  { id: 'date held', namespace: 'events', task: 'When was Rust Night held?', declined: false },
  { id: 'date of a joined event', namespace: 'library', task: 'When was Dune borrowed?', declined: false },
  { id: 'date absent', namespace: 'kennel', task: 'When was Rex weighed?', declined: /records a date, time or year .*"When"/ },
  { id: 'time present', namespace: 'events', task: 'Which talks started after 7 pm?', declined: false },
  { id: 'time absent', namespace: 'kennel', task: 'Were any dogs walked after 10 pm?', declined: /records a time of day .*"after 10 pm"/ },
  { id: 'start time present', namespace: 'events', task: 'average talk start time per meetup', declined: false },
  { id: 'start time absent', namespace: 'kennel', task: 'average walk start time per dog', declined: /records a time of day .*"start time"/ },
  { id: 'age present', namespace: 'events', task: 'How old is Ada Byron?', declined: false },
  { id: 'age absent', namespace: 'kennel', task: 'How old is Rex?', declined: /records an age or a date of birth .*"How old"/ },
  { id: 'duration present', namespace: 'events', task: 'How long was the Parsers talk?', declined: false },
  { id: 'duration absent', namespace: 'kennel', task: 'How many days did the walks of Rex last?', declined: /records a duration.*"How many days"/ },
  { id: 'place present', namespace: 'events', task: 'Where was Rust Night held?', declined: false },
  { id: 'place absent', namespace: 'kennel', task: 'Where was Rex walked?', declined: /records a place .*"Where"/ },
  { id: 'person present', namespace: 'events', task: 'Who gave the Parsers talk?', declined: false },
  { id: 'person absent', namespace: 'kennel', task: 'Who walked Rex?', declined: /records a person's or organisation's name .*"Who"/ },
  { id: 'email present', namespace: 'events', task: 'What is the email of Ada Byron?', declined: false },
  { id: 'phone absent', namespace: 'events', task: 'What is the mobile number of Ada Byron?', declined: /records a phone number .*"mobile number"/ },
  { id: 'rating present', namespace: 'events', task: 'What star rating did the Parsers talk get?', declined: false },
  { id: 'rating absent', namespace: 'kennel', task: 'How did Rex rate his walks?', declined: /records a rating or score .*"How did Rex rate"/ },
  { id: 'money present', namespace: 'events', task: 'How much was paid for the Parsers talk?', declined: false },
  { id: 'money absent', namespace: 'library', task: 'How much was paid for Dune?', declined: /records an amount of money .*"paid"/ },
  { id: 'weight present', namespace: 'kennel', task: 'How much does Rex weigh?', declined: false },
];

describe('the kind of answer a question asks for', () => {
  const answers = askBeforeAll(ANSWER_KIND_DATABASES, QUESTIONS, { args: DATE, prefix: 'sluice-answer-kind-' });

  it('declines after the query ran when no table the question is about holds that kind, naming it', () => {
    expectDeclined(answers(), QUESTIONS.filter((q) => q.declined), 'ran');
  });

  it('answers when a table holds that kind', () => {
    expectAnswered(answers(), QUESTIONS.filter((q) => !q.declined));
  });

});
