import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBenchDatabase } from '../src/bench/build-bench-database.js';
import { loadBenchDataset } from '../src/bench/load-bench-dataset.js';
import { expectGeneratorWritesCommitted } from './helpers/files-under.js';
import { REPO_ROOT, tempDir } from './helpers/run-cli.js';
import { expectGoldsScoreRight } from './helpers/score-golds-as-predictions.js';

/**
 * The plain-question sets (plain_a to plain_u, read; plain_v and plain_w, blind) and the probes probe_p12, probe_p13, probe_pr12, probe_pr13 and probe_pr14 are valid datasets: answerable questions in ordinary
 * analyst wording, graded easy/medium/hard/extra as Spider grades them, over invented databases the set holds. This
 * checks each set, not how sluice scores on it.
 */
const DIFFICULTIES = ['easy', 'medium', 'hard', 'extra'] as const;

interface PlainSet {
  folder: string;
  tag: string;
  /** Questions per database, and the fewest of each difficulty per database. */
  perDatabase: number;
  perDifficulty: Record<(typeof DIFFICULTIES)[number], number>;
  /** Databases its make-databases.mjs writes: all of the set's databases. */
  generated: string[];
}

/** Each set: 30 questions per database (unless given), at least this many per Spider difficulty grade. */
const plainSet = (name: string, tag: string, generated: string[], perDatabase = 30, perDifficulty = { easy: 5, medium: 10, hard: 7, extra: 4 }): PlainSet => ({
  folder: path.join('bench', 'datasets', name),
  tag,
  perDatabase,
  perDifficulty,
  generated,
});

const SETS: PlainSet[] = [
  plainSet('plain-dev-a', 'plain_a', ['solar_installer', 'recruitment_agency']),
  plainSet('plain-dev-b', 'plain_b', ['food_bank', 'water_utility']),
  plainSet('plain-dev-c', 'plain_c', ['fire_department', 'coffee_roastery']),
  plainSet('plain-dev-d', 'plain_d', ['farm_coop', 'freight_carrier']),
  plainSet('plain-dev-e', 'plain_e', ['climbing_gyms', 'translation_agency']),
  plainSet('plain-dev-f', 'plain_f', ['seed_bank', 'coach_tours']),
  plainSet('plain-dev-g', 'plain_g', ['print_shop', 'vineyard']),
  plainSet('plain-dev-h', 'plain_h', ['escape_rooms', 'tree_surgeon']),
  plainSet('plain-dev-i', 'plain_i', ['bike_courier', 'county_archive']),
  plainSet('plain-dev-j', 'plain_j', ['quarry', 'swim_school']),
  plainSet('plain-dev-k', 'plain_k', ['livery_yard', 'lift_maint']),
  plainSet('plain-dev-l', 'plain_l', ['window_cleaning', 'blood_donors']),
  plainSet('plain-dev-m', 'plain_m', ['upholstery_shop', 'parking_pcn']),
  plainSet('plain-dev-n', 'plain_n', ['observatory', 'sawmill']),
  plainSet('plain-dev-o', 'plain_o', ['orienteering_club', 'bat_survey']),
  plainSet('plain-dev-p', 'plain_p', ['fireworks_displays', 'arcade_ops']),
  plainSet('plain-dev-q', 'plain_q', ['taxi_firm', 'rx_disp']),
  plainSet('plain-dev-r', 'plain_r', ['dive_contractor', 'clay_grnd']),
  plainSet('plain-dev-s', 'plain_s', ['sheep_shearing', 'cider_mill']),
  plainSet('plain-dev-t', 'plain_t', ['auction_rooms', 'golf_clb']),
  plainSet('plain-dev-u', 'plain_u', ['picture_framers', 'snk_hall']),
  plainSet('plain-dev-v', 'plain_v', ['paper_rounds', 'tyre_dep']),
  plainSet('plain-dev-w', 'plain_w', ['removals_firm', 'veg_box']),
  plainSet('probe-plain12', 'probe_p12', ['bowling_alley'], 42),
  plainSet('probe-plain13', 'probe_p13', ['self_storage'], 44),
  plainSet('probe-precise12', 'probe_pr12', ['tool_library'], 32),
  plainSet('probe-precise13', 'probe_pr13', ['repair_cafe', 'lifeguard_patrol'], 16, { easy: 2, medium: 8, hard: 3, extra: 2 }),
  plainSet('probe-precise14', 'probe_pr14', ['tennis_club', 'cheese_dairy'], 16, { easy: 2, medium: 8, hard: 3, extra: 2 }),
];

describe.each(SETS)('the plain-question dataset $folder', (set) => {
  const datasetDir = path.join(REPO_ROOT, set.folder);
  let scratch: string;
  beforeAll(() => {
    scratch = tempDir(`sluice-${path.basename(set.folder)}-`);
  });
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it(`loads, with unique ids, every question answerable, kind plain, tagged ${set.tag} and exactly one difficulty`, () => {
    const { questions } = loadBenchDataset(datasetDir);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    const misfiled = questions.filter(
      (q) => q.kind !== 'plain' || q.answerable === false || !q.gold_sql || !q.tags.includes(set.tag) || q.tags.filter((tag) => (DIFFICULTIES as readonly string[]).includes(tag)).length !== 1,
    );
    expect(misfiled.map((q) => q.id)).toEqual([]);
  });

  it('holds its own databases, spreads every difficulty over each, and asks no question twice', () => {
    const { questions, manifest } = loadBenchDataset(datasetDir);
    expect(Object.keys(manifest).sort()).toEqual([...set.generated].sort());
    for (const dbId of set.generated) {
      expect(path.relative(REPO_ROOT, path.dirname(path.dirname(manifest[dbId]!.dir)))).toBe(set.folder);
      const mine = questions.filter((q) => q.db_id === dbId);
      expect(mine.length, dbId).toBe(set.perDatabase);
      for (const difficulty of DIFFICULTIES) {
        expect(mine.filter((q) => q.tags.includes(difficulty)).length, `${dbId} ${difficulty}`).toBeGreaterThanOrEqual(set.perDifficulty[difficulty]);
      }
    }
    const texts = questions.map((q) => q.question.toLowerCase().replace(/\W+/g, ' ').trim());
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('ships the invented databases exactly as make-databases.mjs writes them', () => {
    expectGeneratorWritesCommitted(datasetDir, set.folder, set.generated, scratch);
  });

  it('declares a primary key on every table and foreign keys between them, loads every CSV row, and has gold SQL that runs and returns rows', async () => {
    const dataset = loadBenchDataset(datasetDir);
    const cache = path.join(scratch, 'cache');
    const empty: string[] = [];
    for (const [dbId, entry] of Object.entries(dataset.manifest)) {
      const { file } = await ensureBenchDatabase(dataset.dir, dbId, entry, cache);
      const instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
      const connection = await instance.connect();
      try {
        const keyed = (await connection.runAndReadAll("SELECT DISTINCT table_name FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'")).getRows().map((row) => String(row[0]));
        expect([...keyed].sort(), dbId).toEqual([...entry.tables_in_load_order].sort());
        const foreign = (await connection.runAndReadAll("SELECT count(*) FROM duckdb_constraints() WHERE constraint_type = 'FOREIGN KEY'")).getRows()[0]?.[0];
        expect(Number(foreign), dbId).toBeGreaterThanOrEqual(entry.tables_in_load_order.length - 2);
        for (const table of entry.csv_present) {
          const lines = fs.readFileSync(path.join(entry.dir, 'data', `${table}.csv`), 'utf8').trim().split('\n').length - 1;
          const loaded = (await connection.runAndReadAll(`SELECT count(*) FROM "${table}"`)).getRows()[0]?.[0];
          expect(Number(loaded), `${dbId}.${table}`).toBe(lines);
        }
        for (const question of dataset.questions.filter((q) => q.db_id === dbId)) {
          for (const sql of [question.gold_sql!, ...question.gold_sql_alternatives]) {
            const rows = (await connection.runAndReadAll(sql)).getRows();
            const blank = rows.length === 0 || rows.every((row) => row.every((value) => value === null));
            if (blank) empty.push(`${question.id}: ${sql}`);
          }
        }
      } finally {
        connection.closeSync();
        instance.closeSync();
      }
    }
    expect(empty).toEqual([]);
  }, 300_000);

  it('scores every question right when the golds are submitted as predictions through the CLI', async () => {
    await expectGoldsScoreRight(datasetDir, scratch);
  }, 320_000);
});
