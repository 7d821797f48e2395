import type { MadeUpDatabase } from './ask-bench-databases.js';

/**
 * Two made-up databases for the expected-kind-of-answer tests: `events` holds a column of every kind a question's form
 * can ask for (a date, a time of day, a birth date, a duration, a place, a person, an email address, a rating), `kennel`
 * holds none of them but a DATE of its walks and a word of feedback on each; `library` holds its dates
 * only in the loans of its books.
 */
export const ANSWER_KIND_DATABASES: Record<string, MadeUpDatabase> = {
  events: {
    schema: `CREATE TABLE meetups (meetup_id INTEGER PRIMARY KEY, title VARCHAR, city VARCHAR, held_on DATE);
CREATE TABLE talks (talk_id INTEGER PRIMARY KEY, meetup_id INTEGER REFERENCES meetups (meetup_id), topic VARCHAR, speaker_name VARCHAR, starts_at TIMESTAMP, length_minutes INTEGER, star_rating DECIMAL(2,1), fee_usd DECIMAL(6,2));
CREATE TABLE members (member_id INTEGER PRIMARY KEY, full_name VARCHAR, email VARCHAR, born_on DATE);`,
    data: {
      meetups: 'meetup_id,title,city,held_on\n1,Rust Night,Leeds,2026-03-04\n2,Data Day,York,2026-05-06\n',
      talks:
        'talk_id,meetup_id,topic,speaker_name,starts_at,length_minutes,star_rating,fee_usd\n1,1,Parsers,Grace Hopper,2026-03-04 18:30:00,40,4.5,100\n2,1,Lifetimes,Alan Turing,2026-03-04 19:30:00,25,3.9,80\n3,2,Indexes,Edgar Codd,2026-05-06 20:15:00,55,4.8,120\n',
      members: 'member_id,full_name,email,born_on\n1,Ada Byron,ada@example.org,1990-12-10\n2,Tim Berners,tim@example.org,1985-06-08\n',
    },
  },
  library: {
    schema: `CREATE TABLE books (book_id INTEGER PRIMARY KEY, title VARCHAR, shelf VARCHAR);
CREATE TABLE loans (loan_id INTEGER PRIMARY KEY, book_id INTEGER REFERENCES books (book_id), borrower VARCHAR, loaned_on DATE);`,
    data: {
      books: 'book_id,title,shelf\n1,Dune,A1\n2,Emma,B2\n',
      loans: 'loan_id,book_id,borrower,loaned_on\n1,1,Ann Lee,2026-06-06\n2,2,Bo Chan,2026-07-11\n',
    },
  },
  kennel: {
    schema: `CREATE TABLE dogs (dog_id INTEGER PRIMARY KEY, dog_name VARCHAR, breed VARCHAR, weight_kg DECIMAL(5,1));
CREATE TABLE walks (walk_id INTEGER PRIMARY KEY, dog_id INTEGER REFERENCES dogs (dog_id), walked_on DATE, feedback VARCHAR);`,
    data: {
      dogs: 'dog_id,dog_name,breed,weight_kg\n1,Rex,Boxer,30.5\n2,Bella,Beagle,11.2\n',
      walks: 'walk_id,dog_id,walked_on,feedback\n1,1,2026-10-01,happy\n2,1,2026-10-02,tired\n3,2,2026-10-02,happy\n',
    },
  },
};
