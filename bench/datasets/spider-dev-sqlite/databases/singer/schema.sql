-- SQLite dialect, converted from schema.sql (MySQL). Tables in FK-safe load order.

CREATE TABLE "singer" (
    "Singer_ID" INT,
    "Name" TEXT,
    "Birth_Year" DOUBLE,
    "Net_Worth_Millions" DOUBLE,
    "Citizenship" TEXT,
    PRIMARY KEY ("Singer_ID")
);

CREATE TABLE "song" (
    "Song_ID" INT,
    "Title" TEXT,
    "Singer_ID" INT,
    "Sales" DOUBLE,
    "Highest_Position" DOUBLE,
    PRIMARY KEY ("Song_ID"),
    FOREIGN KEY ("Singer_ID") REFERENCES "singer" ("Singer_ID")
);

-- Rows, as DuckDB loaded them from the original CSV files.

INSERT INTO singer ("Singer_ID", "Name", "Birth_Year", "Net_Worth_Millions", "Citizenship") VALUES
  (1, 'Liliane Bettencourt', 1944.0, 30.0, 'France'),
  (2, 'Christy Walton', 1948.0, 28.8, 'United States'),
  (3, 'Alice Walton', 1949.0, 26.3, 'United States'),
  (4, 'Iris Fontbona', 1942.0, 17.4, 'Chile'),
  (5, 'Jacqueline Mars', 1940.0, 17.8, 'United States'),
  (6, 'Gina Rinehart', 1953.0, 17.0, 'Australia'),
  (7, 'Susanne Klatten', 1962.0, 14.3, 'Germany'),
  (8, 'Abigail Johnson', 1961.0, 12.7, 'United States');

INSERT INTO song ("Song_ID", "Title", "Singer_ID", "Sales", "Highest_Position") VALUES
  (1, 'Do They Know It''s Christmas', 1, 1094000.0, 1.0),
  (2, 'F**k It (I Don''t Want You Back)', 1, 552407.0, 1.0),
  (3, 'Cha Cha Slide', 2, 351421.0, 1.0),
  (4, 'Call on Me', 4, 335000.0, 1.0),
  (5, 'Yeah', 2, 300000.0, 1.0),
  (6, 'All This Time', 6, 292000.0, 1.0),
  (7, 'Left Outside Alone', 5, 275000.0, 3.0),
  (8, 'Mysterious Girl', 7, 261000.0, 1.0);
