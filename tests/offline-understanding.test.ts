import { describe, expect, it } from 'vitest';
import { type TableSchema } from '../src/context/context-schema.js';
import type { ModelCallOptions } from '../src/models/sql-model.js';
import { createOfflineModel } from '../src/models/offline/offline-model.js';
import { questionWords } from '../src/models/offline/question-words.js';
import { inMemoryRows } from './helpers/in-memory-rows.js';
import { schemaTable as table } from './helpers/schema-table.js';
import { catalogContext } from './helpers/catalog-context.js';

// A made-up lending library: questions are written against it, never copied from a benchmark.
const pk = { primary_key: true };
const SCHEMAS: TableSchema[] = [
  table('Writer', [['WriterID', 'INTEGER', pk], ['Full_Name', 'VARCHAR'], ['Nationality', 'VARCHAR'], ['Birth_Year', 'INTEGER']]),
  table('Volume', [['VolumeID', 'INTEGER', pk], ['Title', 'VARCHAR'], ['Genre', 'VARCHAR'], ['Pages', 'INTEGER'], ['Shelf_No', 'VARCHAR'], ['WriterID', 'INTEGER', { references: 'Writer.WriterID' }], ['Description', 'VARCHAR']]),
  table('Reader', [['ReaderID', 'INTEGER', pk], ['Fname', 'VARCHAR'], ['Lname', 'VARCHAR'], ['Age', 'INTEGER'], ['Home_Town', 'VARCHAR']]),
  table('Swap', [['SwapID', 'INTEGER', pk], ['Sender_ID', 'INTEGER', { references: 'Reader.ReaderID' }], ['Recipient_ID', 'INTEGER', { references: 'Reader.ReaderID' }]]),
  table('Loan', [['LoanID', 'INTEGER', pk], ['ReaderID', 'INTEGER', { references: 'Reader.ReaderID' }], ['VolumeID', 'INTEGER', { references: 'Volume.VolumeID' }], ['Year', 'INTEGER']]),
  table('Bookclub', [['BookclubID', 'INTEGER', pk], ['Motto', 'VARCHAR'], ['Founded', 'INTEGER']]),
];

const DATA = [
  `CREATE TABLE Writer (WriterID INTEGER PRIMARY KEY, Full_Name VARCHAR, Nationality VARCHAR, Birth_Year INTEGER)`,
  `INSERT INTO Writer VALUES (1, 'Ada Quill', 'Irish', 1950), (2, 'Bo Marsh', 'Danish', 1972), (3, 'Cy Ferro', 'Irish', 1988), (4, 'Di Wren', 'Welsh', 1990)`,
  `CREATE TABLE Volume (VolumeID INTEGER PRIMARY KEY, Title VARCHAR, Genre VARCHAR, Pages INTEGER, Shelf_No VARCHAR, WriterID INTEGER REFERENCES Writer(WriterID), Description VARCHAR)`,
  `INSERT INTO Volume VALUES (10, 'Tide', 'poetry', 80, 'A1', 1, 'sea poems'), (11, 'Salt Road', 'novel', 320, 'B4', 1, 'a trek'), (12, 'Ember', 'novel', 410, 'B7', 2, 'a fire'), (13, 'Glass', 'essay', 150, 'C2', 3, 'on windows'), (14, 'Dune Sea', 'novel', 500, 'D1', 1, 'a desert'), (15, 'Tide', 'poetry', 60, 'A2', 2, 'river poems')`,
  `CREATE TABLE Reader (ReaderID INTEGER PRIMARY KEY, Fname VARCHAR, Lname VARCHAR, Age INTEGER, Home_Town VARCHAR)`,
  `INSERT INTO Reader VALUES (100, 'Ina', 'Holt', 19, 'Kerry'), (101, 'Jon', 'Pike', 44, 'Ames'), (102, 'Kai', 'Lund', 31, 'Kerry'), (103, 'Liv', 'Moss', 27, 'Ribe')`,
  `CREATE TABLE Swap (SwapID INTEGER PRIMARY KEY, Sender_ID INTEGER REFERENCES Reader(ReaderID), Recipient_ID INTEGER REFERENCES Reader(ReaderID))`,
  `INSERT INTO Swap VALUES (1, 100, 101), (2, 100, 103), (3, 102, 101), (4, 101, 100), (5, 103, 102)`,
  `CREATE TABLE Loan (LoanID INTEGER PRIMARY KEY, ReaderID INTEGER REFERENCES Reader(ReaderID), VolumeID INTEGER REFERENCES Volume(VolumeID), Year INTEGER)`,
  `INSERT INTO Loan VALUES (1, 100, 10, 2023), (2, 100, 11, 2024), (3, 101, 12, 2024), (4, 102, 13, 2025), (5, 100, 13, 2025), (6, 101, 10, 2025), (7, 103, 15, 2025), (8, 102, 15, 2024), (9, 101, 13, 2023)`,
  `CREATE TABLE Bookclub (BookclubID INTEGER PRIMARY KEY, Motto VARCHAR, Founded INTEGER)`,
  `INSERT INTO Bookclub VALUES (1, 'read on', 1998), (2, 'pages first', 2004), (3, 'quiet please', 2011)`,
];

/** question → SQL whose result the model's answer must equal (as a multiset of rows, columns in any order). */
const CASES: [question: string, expected: string][] = [
  // the attributes listed before "of"/"for" are exactly the columns selected
  ['What are the titles and genres of all volumes?', 'SELECT Title, Genre FROM Volume'],
  ['Show the nationality and birth year for every writer.', 'SELECT Nationality, Birth_Year FROM Writer'],
  // "first name" reads an abbreviated column (Fname); "name" alone reads the one column ending in name
  ['List the first name and age of every reader.', 'SELECT Fname, Age FROM Reader'],
  ['What are the names of the writers?', 'SELECT Full_Name FROM Writer'],
  // "ids" is the key of the table named
  ['What are the ids and titles of the volumes?', 'SELECT VolumeID, Title FROM Volume'],
  ['List the volume IDs and titles for all volumes.', 'SELECT VolumeID, Title FROM Volume'],
  // a second sentence can carry the list
  ['Which readers come from Kerry? List the last name and the age.', "SELECT Lname, Age FROM Reader WHERE Home_Town = 'Kerry'"],
  // a near spelling of a value ("names" ~ "Ames") loses to a value spelled exactly in the same column
  ['What are the last names of readers from Kerry?', "SELECT Lname FROM Reader WHERE Home_Town = 'Kerry'"],
  // a listing through a join to a many-side table names each row once
  ['What are the nationalities and full names of writers with a novel?', "SELECT DISTINCT w.Nationality, w.Full_Name FROM Writer w JOIN Volume v ON v.WriterID = w.WriterID WHERE v.Genre = 'novel'"],
  // abbreviations in column names (No for number) and a list that runs into a verb
  ['What are the titles and shelf numbers of all volumes?', 'SELECT Title, Shelf_No FROM Volume'],
  ['Give the title and shelf number corresponding to each volume.', 'SELECT Title, Shelf_No FROM Volume'],
  // attributes listed with a count per group: the listed columns and the count, nothing else
  ['Show the full name and the number of volumes for each writer.', 'SELECT w.Full_Name, COUNT(*) FROM Volume v JOIN Writer w ON v.WriterID = w.WriterID GROUP BY w.WriterID, w.Full_Name'],
  // attributes listed and then a measure ("X and the number of Y", "X, and how many Y … each"): the measure per X
  ['Show the full names of writers and the number of volumes they wrote.', 'SELECT w.Full_Name, COUNT(*) FROM Volume v JOIN Writer w USING (WriterID) GROUP BY w.WriterID, w.Full_Name'],
  ['What are the genres, and how many volumes does each have?', 'SELECT Genre, COUNT(*) FROM Volume GROUP BY Genre'],
  ['Show the reader ids and numbers of loans corresponding to each.', 'SELECT ReaderID, COUNT(*) FROM Loan GROUP BY ReaderID'],
  ['List the full names of writers and the total pages of their volumes.', 'SELECT w.Full_Name, SUM(v.Pages) FROM Volume v JOIN Writer w USING (WriterID) GROUP BY w.WriterID, w.Full_Name'],
  // attributes listed for the top group: the count only ranks
  ['What is the nationality and birth year of the writer with the most volumes?', 'SELECT w.Nationality, w.Birth_Year FROM Volume v JOIN Writer w ON v.WriterID = w.WriterID GROUP BY w.WriterID, w.Nationality, w.Birth_Year ORDER BY COUNT(*) DESC LIMIT 1'],
  // "what is the X that …the most": the relative clause ranks X; the pick is the answer, its count only when asked
  ['What is the genre that has the most volumes?', 'SELECT Genre FROM Volume GROUP BY Genre ORDER BY COUNT(*) DESC LIMIT 1'],
  ['Which genre has the most volumes, and how many?', 'SELECT Genre, COUNT(*) FROM Volume GROUP BY Genre ORDER BY COUNT(*) DESC LIMIT 1'],
  ['What is the most common nationality of writers?', 'SELECT Nationality FROM Writer GROUP BY Nationality ORDER BY COUNT(*) DESC LIMIT 1'],
  ['Show the most common home town of readers with its count.', 'SELECT Home_Town, COUNT(*) FROM Reader GROUP BY Home_Town ORDER BY COUNT(*) DESC LIMIT 1'],
  // "maximum"/"minimum" per group are aggregates, not a ranking that keeps one group
  ['What is the maximum and minimum age for each home town?', 'SELECT Home_Town, MAX(Age), MIN(Age) FROM Reader GROUP BY Home_Town'],
  ['Find the maximum page count for each genre.', 'SELECT Genre, MAX(Pages) FROM Volume GROUP BY Genre'],
  // "do not have any X": no related row at all; a value inside the negated clause restricts the rows that must not exist
  ['How many writers do not have any volumes?', 'SELECT COUNT(*) FROM Writer WHERE WriterID NOT IN (SELECT WriterID FROM Volume)'],
  ['List the first names of readers who did not borrow a novel.', "SELECT Fname FROM Reader WHERE ReaderID NOT IN (SELECT l.ReaderID FROM Loan l JOIN Volume v ON v.VolumeID = l.VolumeID WHERE v.Genre = 'novel')"],
  // a condition on how many related rows each row has: a correlated count, directly or through a linking table
  ['What are the full names of writers who have at least two volumes?', 'SELECT Full_Name FROM Writer WHERE WriterID IN (SELECT WriterID FROM Volume GROUP BY 1 HAVING COUNT(*) >= 2)'],
  ['Show the first names of readers that have more than one loan.', 'SELECT Fname FROM Reader WHERE ReaderID IN (SELECT ReaderID FROM Loan GROUP BY 1 HAVING COUNT(*) > 1)'],
  // …or on how many rows share a value of a column: groups with HAVING
  ['Show the genres shared by at least two volumes.', 'SELECT Genre FROM Volume GROUP BY Genre HAVING COUNT(*) >= 2'],
  // "which" people: told by their names, first and last, not by every column
  ['Which readers live in Kerry?', "SELECT Fname, Lname FROM Reader WHERE Home_Town = 'Kerry'"],
  // a number is read as written ("409.5" is a decimal), and compared with the column named after it
  ['Which volumes have more than 409.5 pages?', 'SELECT Title FROM Volume WHERE Pages > 409.5'],
  // "2 or more" is "at least 2"; a number followed by a table's name counts its rows, whatever column came before
  ['Which genres have 2 or more volumes?', 'SELECT Genre FROM Volume GROUP BY Genre HAVING COUNT(*) >= 2'],
  ['Find the nationalities that have more than 1 writer.', 'SELECT Nationality FROM Writer GROUP BY Nationality HAVING COUNT(*) > 1'],
  ['Show the first names of readers who have 2 or more loans.', 'SELECT Fname FROM Reader WHERE ReaderID IN (SELECT ReaderID FROM Loan GROUP BY 1 HAVING COUNT(*) >= 2)'],
  // "both A and B" of a related table: a related row for each value, not either one
  ['What are the first names of readers who borrowed both a novel and an essay?', "SELECT r.Fname FROM Reader r WHERE r.ReaderID IN (SELECT l.ReaderID FROM Loan l JOIN Volume v USING (VolumeID) WHERE v.Genre = 'novel') AND r.ReaderID IN (SELECT l.ReaderID FROM Loan l JOIN Volume v USING (VolumeID) WHERE v.Genre = 'essay')"],
  // two keys to the same table: the role the question names picks the key
  ['How many swaps were sent by readers from Kerry?', "SELECT COUNT(*) FROM Swap s JOIN Reader r ON s.Sender_ID = r.ReaderID WHERE r.Home_Town = 'Kerry'"],
  ['How many swaps were received by readers from Kerry?', "SELECT COUNT(*) FROM Swap s JOIN Reader r ON s.Recipient_ID = r.ReaderID WHERE r.Home_Town = 'Kerry'"],
  // the count in a condition keeps rows or groups; it is shown only when asked; a group shown by its title is one per volume (two are called Tide)
  ['Show the titles of volumes with more than 2 loans.', 'SELECT v.Title FROM Loan l JOIN Volume v USING (VolumeID) GROUP BY v.VolumeID, v.Title HAVING COUNT(*) > 2'],
  ['What is the title of the volume with the most loans?', 'SELECT v.Title FROM Loan l JOIN Volume v USING (VolumeID) GROUP BY v.VolumeID, v.Title ORDER BY COUNT(*) DESC LIMIT 1'],
  // "top n … by" ranks a table of measures: the measure stays
  ['Show the top 2 genres by number of volumes.', 'SELECT Genre, COUNT(*) FROM Volume GROUP BY Genre ORDER BY COUNT(*) DESC LIMIT 2'],
  // a table named as one word ("Bookclub") is named in two ("book clubs")
  ['How many book clubs are there?', 'SELECT COUNT(*) FROM Bookclub'],
  ['List the mottos of all book clubs.', 'SELECT Motto FROM Bookclub'],
  // "how many different X do the Ys use": the Xs that Y rows point to, not every X
  ['How many different writers do the volumes have?', 'SELECT COUNT(DISTINCT WriterID) FROM Volume'],
  ['How many readers borrowed any volume?', 'SELECT COUNT(DISTINCT ReaderID) FROM Loan'],
  // two roles of one table in one question: each value through its own key
  ['How many swaps were sent from Kerry to Ribe?', "SELECT COUNT(*) FROM Swap s JOIN Reader a ON s.Sender_ID = a.ReaderID JOIN Reader b ON s.Recipient_ID = b.ReaderID WHERE a.Home_Town = 'Kerry' AND b.Home_Town = 'Ribe'"],
  ['How many swaps went to Ribe from Kerry?', "SELECT COUNT(*) FROM Swap s JOIN Reader a ON s.Sender_ID = a.ReaderID JOIN Reader b ON s.Recipient_ID = b.ReaderID WHERE a.Home_Town = 'Kerry' AND b.Home_Town = 'Ribe'"],
  // "in each year" where the table has a Year column groups by that column
  ['How many loans were made in each year?', 'SELECT Year, COUNT(*) FROM Loan GROUP BY Year'],
  // "order by writer id" names the group column, not the count
  ['Show the writer ids and the number of volumes of each writer. Order by writer id.', 'SELECT WriterID, COUNT(*) FROM Volume GROUP BY WriterID ORDER BY WriterID'],
  // a question word asks for a kind of column: "where … from" a place, "described" a description
  ['Where is the youngest reader from?', 'SELECT Home_Town FROM Reader ORDER BY Age ASC LIMIT 1'],
  ['How is the volume Ember described?', "SELECT Description FROM Volume WHERE Title = 'Ember'"],
  // a value found in two columns belongs to the one whose name the question uses
  ['List the full names of writers whose nationality is Irish.', "SELECT Full_Name FROM Writer WHERE Nationality = 'Irish'"],
  // a list of numbers joined by "or" is a set of allowed values
  ['Show the first names of readers aged either 19 or 31.', 'SELECT Fname FROM Reader WHERE Age IN (19, 31)'],
  // "which volumes …" asks which ones: a row is told by its own name column, not by all its columns
  ['Which volumes are in the essay genre?', "SELECT Title FROM Volume WHERE Genre = 'essay'"],
  // "how many times" counts occurrences (loans), not the distinct things that occur
  ['How many times were volumes borrowed by readers from Kerry?', "SELECT COUNT(*) FROM Loan l JOIN Reader r ON r.ReaderID = l.ReaderID WHERE r.Home_Town = 'Kerry'"],
];

/** Values the catalog would match in a question: the genre and town names. */
const VALUES: [table: string, column: string, value: string][] = [
  ['Volume', 'Genre', 'novel'],
  ['Volume', 'Genre', 'essay'],
  ['Reader', 'Home_Town', 'Kerry'],
  ['Volume', 'Title', 'Ember'],
  ['Reader', 'Home_Town', 'Ribe'],
  // a value stored in two columns: the catalog lists the wrong one first
  ['Reader', 'Home_Town', 'Irish'],
  ['Writer', 'Nationality', 'Irish'],
];

const options: ModelCallOptions = { signal: new AbortController().signal, dialect: 'duckdb', node: 'test' };
const model = createOfflineModel();
/** Rows as sorted cell lists; in the order returned when `ordered`. */
const rows = inMemoryRows(DATA);

/** Questions whose row order is part of the answer. */
const ORDERED = new Set(['Show the writer ids and the number of volumes of each writer. Order by writer id.']);

let runCounter = 0;
describe('offline model reads Spider-style questions on a schema it has never seen', () => {
  for (const [question, expected] of CASES) {
    it(question, async () => {
      const context = catalogContext({
        run_id: `understanding-${++runCounter}`,
        task: { text: question, namespace: 'library', plan: 'reflection', current_date: '2026-01-15', max_iterations: 3 },
        plan: { done: [], pending: [], next_step_id: 0 },
        table_schemas: SCHEMAS,
        matched_values: [
          ...VALUES.filter(([, , value]) => new RegExp(`\\b${value}\\b`, 'i').test(question)).map(([t, column, value]) => ({ table: t, column, value, matched_text: value, score: 1 })),
          ...(question.includes('Kerry') ? [{ table: 'Reader', column: 'Home_Town', value: 'Ames', matched_text: 'names', score: 0.8 }] : []),
        ],
      });
      const { sql } = await model.generateSql(context, options);
      expect(await rows(sql, ORDERED.has(question)), sql).toEqual(await rows(expected, ORDERED.has(question)));
    });
  }
});

describe('numbers as analysts write them', () => {
  it('reads "50,000" as one number without its commas and "2.5" as a decimal; a list "1,2,3" stays three numbers', () => {
    const texts = (question: string) => questionWords(question).map((word) => word.text);
    expect(texts('a salary of at least 50,000 and a rating above 2.5')).toEqual(['a', 'salary', 'of', 'at', 'least', '50000', 'and', 'a', 'rating', 'above', '2.5']);
    expect(texts('orders over $1,200.50 in 2025, by month')).toEqual(['orders', 'over', '1200.50', 'in', '2025', 'by', 'month']);
    expect(texts('ids 1,2,3')).toEqual(['ids', '1', '2', '3']);
  });
});
