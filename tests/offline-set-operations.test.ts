import { beforeAll, describe, expect, it } from 'vitest';
import { madeUpNamespace, type MadeUpNamespace } from './helpers/made-up-namespace.js';

/**
 * Two conditions on different related rows of one subject ("people who have friends and are also liked", "people who
 * have a dog but do not have a cat"): each clause keeps its own related rows, the INTERSECT / EXCEPT of the subjects
 * each keeps, which one WHERE over a single joined row cannot give. Answers are compared with hand-written
 * INTERSECT / EXCEPT queries; a list of values of one column ("in Paris and London") stays an IN list.
 */
const sorted = (rows: unknown[][]) => rows.map((row) => JSON.stringify(row.map((v) => (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v)))).sort();

describe('both, and also, but not: over a made-up club', () => {
  let club: MadeUpNamespace;
  beforeAll(async () => {
    club = await madeUpNamespace('club', [
      'CREATE TABLE people (person_id INTEGER PRIMARY KEY, name VARCHAR, city VARCHAR)',
      'CREATE TABLE friends (person_id INTEGER REFERENCES people(person_id), friend_id INTEGER REFERENCES people(person_id), PRIMARY KEY (person_id, friend_id))',
      'CREATE TABLE likes (person_id INTEGER REFERENCES people(person_id), liked_id INTEGER REFERENCES people(person_id), PRIMARY KEY (person_id, liked_id))',
      'CREATE TABLE pets (pet_id INTEGER PRIMARY KEY, owner_id INTEGER REFERENCES people(person_id), kind VARCHAR, pet_name VARCHAR)',
      "INSERT INTO people SELECT i, 'Person ' || i, CASE WHEN i % 3 = 0 THEN 'Paris' WHEN i % 3 = 1 THEN 'London' ELSE 'Rome' END FROM range(1, 31) t(i)",
      'INSERT INTO friends SELECT DISTINCT 1 + (i * 7) % 17, 1 + (i * 11) % 29 FROM range(1, 40) t(i)',
      'INSERT INTO likes SELECT DISTINCT 1 + (i * 5) % 23, CASE WHEN i % 4 = 0 THEN 20 + i % 8 ELSE 1 + (i * 4) % 13 END FROM range(1, 30) t(i)',
      "INSERT INTO pets SELECT i, 1 + (i * 7) % 20, CASE WHEN i % 3 = 0 THEN 'cat' WHEN i % 3 = 1 THEN 'dog' ELSE 'bird' END, 'Pet ' || i FROM range(1, 41) t(i)",
    ]);
  }, 60_000);

  const friends = 'SELECT name FROM people JOIN friends USING (person_id)';
  const liked = 'SELECT name FROM people JOIN likes ON likes.liked_id = people.person_id';
  const owning = (kind: string) => `SELECT name FROM people JOIN pets ON pets.owner_id = people.person_id WHERE kind = '${kind}'`;
  const cases: Array<[string, string]> = [
    ['Which people have friends and are also liked?', `${friends} INTERSECT ${liked}`],
    ['What are the names of people who both have friends and are liked?', `${friends} INTERSECT ${liked}`],
    ['Which people have friends but are not liked?', `${friends} EXCEPT ${liked}`],
    ['Which people are liked but do not have friends?', `${liked} EXCEPT ${friends}`],
    ['Which people are liked but have no pets?', `${liked} EXCEPT SELECT name FROM people JOIN pets ON pets.owner_id = people.person_id`],
    ['Which people have both a cat and a dog?', `${owning('cat')} INTERSECT ${owning('dog')}`],
    ['What are the names of people who have a cat and also have a dog?', `${owning('cat')} INTERSECT ${owning('dog')}`],
    ['Which people have a dog but do not have a cat?', `${owning('dog')} EXCEPT ${owning('cat')}`],
    ['Which people have a dog but not a cat?', `${owning('dog')} EXCEPT ${owning('cat')}`],
    ['How many people both have friends and are liked?', `SELECT COUNT(*) FROM (${friends} INTERSECT ${liked})`],
    ['What are the names of people who have no friends?', `SELECT name FROM people EXCEPT ${friends}`],
  ];
  for (const [question, expectedSql] of cases) {
    it(question, { timeout: 90_000 }, async () => {
      const { answer } = await club.ask(question);
      expect(answer.status, answer.sql).toBe('success');
      const expected = await club.query(expectedSql);
      expect(expected.length).toBeGreaterThan(0);
      expect(sorted(answer.rows ?? [])).toEqual(sorted(expected));
    });
  }

  it('keeps "in Paris and London" an IN list over one column, not a set operation', { timeout: 90_000 }, async () => {
    const { answer } = await club.ask('Which people live in Paris and London?');
    expect(answer.sql ?? '').not.toMatch(/\b(INTERSECT|EXCEPT|EXISTS)\b/i);
    expect(sorted(answer.rows ?? [])).toEqual(sorted(await club.query("SELECT name FROM people WHERE city IN ('Paris', 'London')")));
  });

  it('reads "both the name and the city" as two columns of one row, not two conditions', { timeout: 90_000 }, async () => {
    const { answer } = await club.ask('Show both the name and the city of people who have a dog.');
    expect(answer.status, answer.sql).toBe('success');
    expect(answer.sql ?? '').not.toMatch(/\bINTERSECT\b|\bEXISTS\b[\s\S]*\bEXISTS\b/i);
    expect(sorted(answer.rows ?? [])).toEqual(sorted(await club.query(`SELECT DISTINCT name, city FROM people JOIN pets ON pets.owner_id = people.person_id WHERE kind = 'dog'`)));
  });
});

describe('a subject named by its foreign keys, over a made-up school', () => {
  let school: MadeUpNamespace;
  beforeAll(async () => {
    school = await madeUpNamespace('school', [
      'CREATE TABLE enrollee (id INTEGER PRIMARY KEY, name VARCHAR, grade INTEGER)',
      'CREATE TABLE buddy (student_id INTEGER REFERENCES enrollee(id), buddy_id INTEGER REFERENCES enrollee(id), PRIMARY KEY (student_id, buddy_id))',
      "INSERT INTO enrollee SELECT i, 'Kid ' || i, 9 + i % 4 FROM range(1, 21) t(i)",
      'INSERT INTO buddy SELECT DISTINCT 1 + (i * 3) % 11, 1 + (i * 7) % 19 FROM range(1, 25) t(i)',
    ]);
  }, 60_000);

  // No table is named "students": buddy.student_id, a key of enrollee, says what a student is.
  const cases: Array<[string, string]> = [
    ['Show the names of students who have no buddies.', 'SELECT name FROM enrollee WHERE id NOT IN (SELECT student_id FROM buddy)'],
    ['What is the lowest grade of students who do not have any buddies?', 'SELECT MIN(grade) FROM enrollee WHERE id NOT IN (SELECT student_id FROM buddy)'],
  ];
  for (const [question, expectedSql] of cases) {
    it(question, { timeout: 90_000 }, async () => {
      const { answer } = await school.ask(question);
      expect(answer.status, answer.sql).toBe('success');
      expect(sorted(answer.rows ?? [])).toEqual(sorted(await school.query(expectedSql)));
    });
  }
});

describe('"not used by any", over a made-up office', () => {
  let office: MadeUpNamespace;
  beforeAll(async () => {
    office = await madeUpNamespace('office', [
      'CREATE TABLE ref_looks (look_code VARCHAR PRIMARY KEY, description VARCHAR)',
      'CREATE TABLE forms (form_id INTEGER PRIMARY KEY, style_code VARCHAR REFERENCES ref_looks(look_code), title VARCHAR)',
      'CREATE TABLE letters (letter_id INTEGER PRIMARY KEY, form_id INTEGER REFERENCES forms(form_id), sent_to VARCHAR)',
      "INSERT INTO ref_looks VALUES ('PLAIN', 'plain'), ('FORMAL', 'formal'), ('BOLD', 'bold'), ('QUIET', 'quiet')",
      "INSERT INTO forms SELECT i, CASE WHEN i % 4 = 0 THEN 'PLAIN' WHEN i % 4 = 1 THEN 'FORMAL' WHEN i % 4 = 2 THEN 'BOLD' ELSE 'QUIET' END, 'Form ' || i FROM range(1, 13) t(i)",
      "INSERT INTO letters SELECT i, CASE WHEN i % 3 = 0 THEN 4 WHEN i % 3 = 1 THEN 1 ELSE 2 + (i % 2) * 4 END, 'Someone ' || i FROM range(1, 20) t(i)",
    ]);
  }, 60_000);

  // A style code many forms share is unused when no form with it is used: the EXCEPT of the codes used, not the codes
  // of the unused forms (which would also give FORMAL, PLAIN and BOLD here).
  const cases: Array<[string, string]> = [
    ['Show the titles of forms that are not used by any letter.', 'SELECT title FROM forms WHERE form_id NOT IN (SELECT form_id FROM letters)'],
    ['Show all form style codes that are not used by any letter.', 'SELECT style_code FROM forms EXCEPT SELECT style_code FROM forms JOIN letters USING (form_id)'],
  ];
  for (const [question, expectedSql] of cases) {
    it(question, { timeout: 90_000 }, async () => {
      const { answer } = await office.ask(question);
      expect(answer.status, answer.sql).toBe('success');
      expect(sorted(answer.rows ?? [])).toEqual(sorted(await office.query(expectedSql)));
    });
  }
});
