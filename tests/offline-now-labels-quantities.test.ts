import { beforeAll, describe, expect, it } from 'vitest';
import { madeUpNamespace, type MadeUpNamespace } from './helpers/made-up-namespace.js';

/**
 * Mechanisms the plain read sets kept missing on databases nobody tuned on, each beside a look-alike the rule must leave
 * alone:
 * - a word the schema reads as a table's name ("drivers" over drv, commented 'Driver') names the rows, so a column near it
 *   by vector (car_cd) is not the attribute asked for: "which drivers" lists their names; nor is "account" of "account
 *   customers" (acct_open_dt) when the phrase's head names the rows;
 * - box_label of boxes, locker_label of lockers: the row's own label names it where it has no name column;
 * - "right now", "at the moment", "currently", "our current drivers": the rows whose end date is still empty, as "still" is;
 * - "P PAYG plan (pay as you go)": a code glossed by an acronym and a word is still a glossed code;
 * - "How many crates were moved?" over crates_moved, "How many tonnes were carried?" over a column commented "in tonnes":
 *   the quantity is added up, not the rows counted.
 */
describe('plain shapes on unseen schemas: rows, labels, the present, counted quantities', () => {
  let fleet: MadeUpNamespace;
  let depot: MadeUpNamespace;
  let quarry: MadeUpNamespace;
  beforeAll(async () => {
    quarry = await madeUpNamespace('quarry', [
      'CREATE TABLE cust (cust_id INTEGER PRIMARY KEY, cust_nm VARCHAR NOT NULL, acct_open_dt DATE NOT NULL)',
      "COMMENT ON TABLE cust IS 'Credit account customers'",
      'CREATE TABLE tkt (tkt_id INTEGER PRIMARY KEY, cust_id INTEGER REFERENCES cust(cust_id), tkt_dt DATE NOT NULL)',
      "INSERT INTO cust VALUES (1,'Ash Ltd','2020-01-01'),(2,'Birch plc','2021-01-01'),(3,'Cedar & Co','2022-01-01')",
      "INSERT INTO tkt VALUES (1,1,'2025-01-01'),(2,1,'2025-02-01'),(3,2,'2025-03-01'),(4,NULL,'2025-04-01')",
    ]);
    fleet = await madeUpNamespace('fleet', [
      'CREATE TABLE drv (drv_id INTEGER PRIMARY KEY, drv_nm VARCHAR NOT NULL, car_cd VARCHAR NOT NULL, hired_dt DATE NOT NULL, quit_dt DATE)',
      "COMMENT ON TABLE drv IS 'Driver'",
      "COMMENT ON COLUMN drv.car_cd IS 'SL saloon car, ES estate car, MV minivan'",
      "COMMENT ON COLUMN drv.quit_dt IS 'Last day driven; NULL while the driver still works for us'",
      'CREATE TABLE trip (trip_id INTEGER PRIMARY KEY, drv_id INTEGER REFERENCES drv(drv_id), trip_dt DATE NOT NULL, fare DECIMAL(7,2) NOT NULL)',
      "INSERT INTO drv VALUES (1,'Ann Bold','SL','2020-01-01',NULL),(2,'Ben Cole','ES','2021-03-01','2024-05-01'),(3,'Cat Dunn','MV','2022-06-01',NULL),(4,'Dev Egan','SL','2023-01-01',NULL)",
      "INSERT INTO trip VALUES (1,1,'2025-01-03',12.5),(2,1,'2025-02-03',8),(3,3,'2025-03-01',20),(4,2,'2024-01-01',5)",
    ]);
    depot = await madeUpNamespace('depot', [
      'CREATE TABLE lockers (locker_id INTEGER PRIMARY KEY, locker_label VARCHAR NOT NULL, floor_no INTEGER NOT NULL)',
      'CREATE TABLE members (member_id INTEGER PRIMARY KEY, full_name VARCHAR NOT NULL, locker_id INTEGER REFERENCES lockers(locker_id), plan_cd CHAR(1) NOT NULL)',
      "COMMENT ON COLUMN members.plan_cd IS 'P PAYG plan (pay as you go), C contract plan, S student plan'",
      'CREATE TABLE hauls (haul_id INTEGER PRIMARY KEY, haul_dt DATE NOT NULL, crates_moved INTEGER NOT NULL, load_t DECIMAL(6,2) NOT NULL, dist_km DECIMAL(6,1) NOT NULL)',
      "COMMENT ON COLUMN hauls.load_t IS 'Weight carried in tonnes'",
      "COMMENT ON COLUMN hauls.dist_km IS 'Distance driven'",
      "INSERT INTO lockers VALUES (1,'A-01',1),(2,'A-02',1),(3,'B-01',2)",
      "INSERT INTO members VALUES (1,'Ann Bold',1,'P'),(2,'Ben Cole',2,'C'),(3,'Cat Dunn',NULL,'P'),(4,'Dev Egan',NULL,'S')",
      "INSERT INTO hauls VALUES (1,'2025-01-03',10,2.5,30),(2,'2025-02-03',4,1.25,12),(3,'2024-03-01',7,3,40)",
    ]);
  }, 120_000);

  const sorted = (rows: unknown[][] | undefined): unknown[][] => [...(rows ?? [])].map((row) => row.map(String)).sort();

  const fleetCases: Array<[string, string[][]]> = [
    // The rows' own word, not the code column its vector is near.
    ['Which drivers are there?', [['Ann Bold'], ['Ben Cole'], ['Cat Dunn'], ['Dev Egan']]],
    ['Which drivers have never done a trip?', [['Dev Egan']]],
    // The present: an empty end date.
    ['How many drivers do we have right now?', [['3']]],
    ['How many drivers are there at the moment?', [['3']]],
    ['Which of our current drivers have no trips?', [['Dev Egan']]],
    // Look-alikes: a word that names no table stays an attribute; no word for the present, no condition.
    ['What cars are there?', [['ES'], ['MV'], ['SL'], ['SL']]],
    ['How many drivers are there?', [['4']]],
  ];
  for (const [question, expected] of fleetCases) {
    it(question, { timeout: 90_000 }, async () => {
      const { answer } = await fleet.ask(question);
      expect(sorted(answer.rows), answer.sql).toEqual(expected);
    });
  }

  const depotCases: Array<[string, string[][], string?]> = [
    ['Which lockers have never had a member in them?', [['B-01']], 'success'],
    ['How many members are on PAYG plans?', [['2']], 'success'],
    ['How many members are on student plans?', [['1']], 'success'],
    ['How many crates were moved in 2025?', [['14']], 'success'],
    ['How many tonnes were carried in 2025?', [['3.75']]],
    // Look-alike: rows named by a table are counted.
    ['How many hauls were there in 2025?', [['2']], 'success'],
  ];
  for (const [question, expected, status] of depotCases) {
    it(question, { timeout: 90_000 }, async () => {
      const { answer } = await depot.ask(question);
      expect(sorted(answer.rows), answer.sql).toEqual(expected);
      if (status) expect(answer.status, answer.sql).toBe(status);
    });
  }

  // "account customers" is a kind of customer, named by its head; "account open dates" asks for the column.
  const quarryCases: Array<[string, string[][]]> = [
    ["Which account customers haven't bought anything yet?", [['Cedar & Co']]],
    ['Which account open dates do the customers have?', [['2020-01-01'], ['2021-01-01'], ['2022-01-01']]],
  ];
  for (const [question, expected] of quarryCases) {
    it(question, { timeout: 90_000 }, async () => {
      const { answer } = await quarry.ask(question);
      expect(sorted(answer.rows), answer.sql).toEqual(expected);
    });
  }

  // dist_km is in kilometres by its name (km), so the distance is added up (before units were read from names, it was not).
  it('How many kilometres were driven in 2025? (the unit in the column name: added up)', { timeout: 90_000 }, async () => {
    const { answer } = await depot.ask('How many kilometres were driven in 2025?');
    expect(answer.sql ?? '').toMatch(/SUM\([^)]*dist_km/i);
    expect(sorted(answer.rows), answer.sql).toEqual([['42']]);
  });
});
