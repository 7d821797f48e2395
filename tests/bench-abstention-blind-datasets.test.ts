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
 * The blind abstention sets (held_out_3/4/5/6/7), the development sets (dev_a, dev_b, dev_c, dev_e, dev_f, dev_g, dev_h, dev_i, dev_j, dev_k, dev_l, dev_m, dev_n, dev_o, dev_p, dev_q, dev_r, dev_s, dev_t, dev_u, dev_v, dev_w, dev_x, dev_y, dev_z, dev_aa, dev_ab, dev_ac), the probes probe_a12, probe_a13, probe_a14 and probe_precise11 and dev_d
 * are valid datasets: this checks each set, not how sluice's abstention rule scores on it. Each was written from
 * schemas and data only, by someone who had not read the grounding code.
 */
const CATEGORIES: Record<string, string[]> = {
  unanswerable: ['general_knowledge', 'opinion', 'other_company', 'missing_column', 'future', 'table_only', 'partly_answerable'],
  near_miss: ['synonym', 'paraphrase', 'abbreviation', 'value', 'jargon', 'verb_form'],
};

interface BlindSet {
  folder: string;
  tag: string;
  /** The fewest questions of each kind it holds, in all and in each database. */
  minimum: { unanswerable: number; near_miss: number };
  perDatabase: { unanswerable: number; near_miss: number };
  /** The fewest questions of each category, when the set promises one (the same for both kinds, or one per kind). */
  perCategory?: number | { unanswerable: number; near_miss: number };
  /** Categories the set leaves out on purpose: it holds none of them. */
  omits?: string[];
  /** Categories a set adds to CATEGORIES for its own questions (every question still carries exactly one). */
  adds?: Partial<Record<'unanswerable' | 'near_miss', string[]>>;
  /** The share of unanswerable questions that ask for a missing column: the most common real case. */
  missingShare?: [number, number];
  /** Databases its make-databases.mjs writes (none: the set has no make-databases.mjs, every database is another set's). */
  generated: string[];
  /** Where each database's files are: a dataset folder under the repository root. */
  homes: Record<string, string>;
}

const ABSTENTION = path.join('bench', 'datasets', 'abstention');
const BLIND = path.join('bench', 'datasets', 'abstention-blind');
const BLIND_2 = path.join('bench', 'datasets', 'abstention-blind-2');
const BLIND_3 = path.join('bench', 'datasets', 'abstention-blind-3');
const BLIND_4 = path.join('bench', 'datasets', 'abstention-blind-4');
const BLIND_5 = path.join('bench', 'datasets', 'abstention-blind-5');
const DEV_A = path.join('bench', 'datasets', 'abstention-dev-a');
const DEV_B = path.join('bench', 'datasets', 'abstention-dev-b');
const DEV_C = path.join('bench', 'datasets', 'abstention-dev-c');
const DEV_D = path.join('bench', 'datasets', 'abstention-dev-d');
const DEV_E = path.join('bench', 'datasets', 'abstention-dev-e');
const DEV_F = path.join('bench', 'datasets', 'abstention-dev-f');
const DEV_G = path.join('bench', 'datasets', 'abstention-dev-g');
const DEV_H = path.join('bench', 'datasets', 'abstention-dev-h');
const DEV_I = path.join('bench', 'datasets', 'abstention-dev-i');
const DEV_J = path.join('bench', 'datasets', 'abstention-dev-j');
const DEV_K = path.join('bench', 'datasets', 'abstention-dev-k');
const DEV_L = path.join('bench', 'datasets', 'abstention-dev-l');
const DEV_M = path.join('bench', 'datasets', 'abstention-dev-m');
const DEV_N = path.join('bench', 'datasets', 'abstention-dev-n');
const DEV_O = path.join('bench', 'datasets', 'abstention-dev-o');
const DEV_P = path.join('bench', 'datasets', 'abstention-dev-p');
const DEV_Q = path.join('bench', 'datasets', 'abstention-dev-q');
const DEV_R = path.join('bench', 'datasets', 'abstention-dev-r');
const DEV_S = path.join('bench', 'datasets', 'abstention-dev-s');
const DEV_T = path.join('bench', 'datasets', 'abstention-dev-t');
const DEV_U = path.join('bench', 'datasets', 'abstention-dev-u');
const DEV_V = path.join('bench', 'datasets', 'abstention-dev-v');
const DEV_W = path.join('bench', 'datasets', 'abstention-dev-w');
const DEV_X = path.join('bench', 'datasets', 'abstention-dev-x');
const DEV_Y = path.join('bench', 'datasets', 'abstention-dev-y');
const DEV_Z = path.join('bench', 'datasets', 'abstention-dev-z');
const DEV_AA = path.join('bench', 'datasets', 'abstention-dev-aa');
const DEV_AB = path.join('bench', 'datasets', 'abstention-dev-ab');
const DEV_AC = path.join('bench', 'datasets', 'abstention-dev-ac');
const PROBE_A12 = path.join('bench', 'datasets', 'probe-abstain12');
const PROBE_A13 = path.join('bench', 'datasets', 'probe-abstain13');
const PROBE_A14 = path.join('bench', 'datasets', 'probe-abstain14');
const PROBE_P11 = path.join('bench', 'datasets', 'probe-precise11');
const PLAIN_E = path.join('bench', 'datasets', 'plain-dev-e');

/**
 * A set a writer made blind on three databases of its own (dev_l on): 20 unanswerable and 20 near-miss questions per
 * database, missing tables as a category of their own, every database generated in the set's folder.
 */
function writerSet(folder: string, tag: string, generated: string[], overrides: Partial<BlindSet> = {}): BlindSet {
  return {
    folder,
    tag,
    minimum: { unanswerable: 60, near_miss: 60 },
    perDatabase: { unanswerable: 20, near_miss: 20 },
    perCategory: { unanswerable: 3, near_miss: 9 },
    adds: { unanswerable: ['missing_table'] },
    missingShare: [0.43, 0.44],
    generated,
    homes: Object.fromEntries(generated.map((database) => [database, folder])),
    ...overrides,
  };
}

const SETS: BlindSet[] = [
  {
    folder: BLIND,
    tag: 'held_out_3',
    minimum: { unanswerable: 50, near_miss: 50 },
    perDatabase: { unanswerable: 5, near_miss: 5 },
    generated: ['bike_share', 'clinic'],
    homes: {
      demo: ABSTENTION,
      flight_2: ABSTENTION,
      battle_death: ABSTENTION,
      concert_singer: path.join('tests', 'fixtures', 'bench', 'spider-mini'),
      cre_Doc_Template_Mgt: BLIND,
      wta_1: BLIND,
      bike_share: BLIND,
      clinic: BLIND,
    },
  },
  {
    folder: BLIND_2,
    tag: 'held_out_4',
    minimum: { unanswerable: 45, near_miss: 45 },
    perDatabase: { unanswerable: 5, near_miss: 5 },
    generated: ['bistro', 'football_league', 'issue_tracker'],
    homes: { demo: ABSTENTION, bistro: BLIND_2, football_league: BLIND_2, issue_tracker: BLIND_2 },
  },
  {
    folder: BLIND_3,
    tag: 'held_out_5',
    minimum: { unanswerable: 50, near_miss: 50 },
    perDatabase: { unanswerable: 10, near_miss: 10 },
    perCategory: 4,
    generated: ['hotel', 'library', 'greenhouse'],
    homes: { wta_1: BLIND, hotel: BLIND_3, library: BLIND_3, greenhouse: BLIND_3 },
  },
  {
    folder: BLIND_4,
    tag: 'held_out_6',
    minimum: { unanswerable: 60, near_miss: 60 },
    perDatabase: { unanswerable: 15, near_miss: 15 },
    perCategory: 5,
    generated: ['vet_practice', 'parcel_depot', 'brewery'],
    homes: { singer: ABSTENTION, vet_practice: BLIND_4, parcel_depot: BLIND_4, brewery: BLIND_4 },
  },
  {
    folder: BLIND_5,
    tag: 'held_out_7',
    minimum: { unanswerable: 60, near_miss: 60 },
    perDatabase: { unanswerable: 20, near_miss: 20 },
    perCategory: 5,
    omits: ['partly_answerable'],
    missingShare: [0.5, 0.5],
    generated: ['museum', 'saas_billing', 'marina'],
    homes: { museum: BLIND_5, saas_billing: BLIND_5, marina: BLIND_5 },
  },
  {
    folder: DEV_A,
    tag: 'dev_a',
    minimum: { unanswerable: 70, near_miss: 50 },
    perDatabase: { unanswerable: 10, near_miss: 8 },
    perCategory: 5,
    missingShare: [0.45, 1],
    generated: ['transit', 'research_grants', 'marketplace'],
    homes: { flight_2: ABSTENTION, wta_1: BLIND, transit: DEV_A, research_grants: DEV_A, marketplace: DEV_A },
  },
  {
    folder: DEV_B,
    tag: 'dev_b',
    minimum: { unanswerable: 70, near_miss: 50 },
    perDatabase: { unanswerable: 10, near_miss: 7 },
    perCategory: 4,
    missingShare: [0.4, 0.65],
    generated: ['factory', 'charity', 'cinema'],
    homes: { course_teach: ABSTENTION, network_1: ABSTENTION, factory: DEV_B, charity: DEV_B, cinema: DEV_B },
  },
  {
    folder: DEV_C,
    tag: 'dev_c',
    minimum: { unanswerable: 60, near_miss: 60 },
    perDatabase: { unanswerable: 20, near_miss: 20 },
    perCategory: 6,
    omits: ['partly_answerable'],
    missingShare: [0.5, 0.5],
    generated: ['ski_resort', 'car_rental', 'lettings'],
    homes: { ski_resort: DEV_C, car_rental: DEV_C, lettings: DEV_C },
  },
  {
    folder: DEV_D,
    tag: 'dev_d',
    minimum: { unanswerable: 60, near_miss: 60 },
    perDatabase: { unanswerable: 20, near_miss: 20 },
    perCategory: 6,
    omits: ['partly_answerable'],
    missingShare: [0.5, 0.5],
    generated: ['insurer', 'leisure_centres', 'law_firm'],
    homes: { insurer: DEV_D, leisure_centres: DEV_D, law_firm: DEV_D },
  },
  {
    folder: DEV_E,
    tag: 'dev_e',
    minimum: { unanswerable: 80, near_miss: 40 },
    perDatabase: { unanswerable: 20, near_miss: 10 },
    perCategory: { unanswerable: 15, near_miss: 1 },
    omits: ['future', 'partly_answerable'],
    generated: [],
    homes: { demo: ABSTENTION, cinema: DEV_B, bistro: BLIND_2, car_rental: DEV_C },
  },
  {
    folder: DEV_F,
    tag: 'dev_f',
    minimum: { unanswerable: 60, near_miss: 60 },
    perDatabase: { unanswerable: 20, near_miss: 20 },
    perCategory: { unanswerable: 3, near_miss: 7 },
    omits: ['opinion', 'table_only'],
    missingShare: [0.7, 0.7],
    generated: ['gp_practice', 'sixth_form', 'planning'],
    homes: { gp_practice: DEV_F, sixth_form: DEV_F, planning: DEV_F },
  },
  {
    folder: DEV_G,
    tag: 'dev_g',
    minimum: { unanswerable: 60, near_miss: 60 },
    perDatabase: { unanswerable: 20, near_miss: 20 },
    perCategory: { unanswerable: 9, near_miss: 7 },
    omits: ['partly_answerable'],
    missingShare: [0.1, 0.2],
    generated: ['solar_parks', 'dairy_coop', 'podcast_network'],
    homes: { solar_parks: DEV_G, dairy_coop: DEV_G, podcast_network: DEV_G },
  },
  {
    folder: DEV_H,
    tag: 'dev_h',
    minimum: { unanswerable: 60, near_miss: 60 },
    perDatabase: { unanswerable: 20, near_miss: 20 },
    perCategory: { unanswerable: 4, near_miss: 9 },
    missingShare: [0.5, 0.5],
    generated: ['ferry_ops', 'housing_assoc', 'pest_control'],
    homes: { ferry_ops: DEV_H, housing_assoc: DEV_H, pest_control: DEV_H },
  },
  {
    folder: DEV_I,
    tag: 'dev_i',
    minimum: { unanswerable: 60, near_miss: 60 },
    perDatabase: { unanswerable: 20, near_miss: 20 },
    perCategory: { unanswerable: 6, near_miss: 9 },
    omits: ['partly_answerable'],
    missingShare: [0.2, 0.2],
    generated: ['theatre_tour', 'wind_om', 'wildlife_park'],
    homes: { theatre_tour: DEV_I, wind_om: DEV_I, wildlife_park: DEV_I },
  },
  {
    folder: DEV_J,
    tag: 'dev_j',
    minimum: { unanswerable: 60, near_miss: 60 },
    perDatabase: { unanswerable: 20, near_miss: 20 },
    perCategory: { unanswerable: 4, near_miss: 9 },
    missingShare: [0.5, 0.5],
    generated: ['dental_grp', 'kerbside_recycling', 'music_school'],
    homes: { dental_grp: DEV_J, kerbside_recycling: DEV_J, music_school: DEV_J },
  },
  {
    folder: DEV_K,
    tag: 'dev_k',
    minimum: { unanswerable: 60, near_miss: 60 },
    perDatabase: { unanswerable: 20, near_miss: 20 },
    perCategory: { unanswerable: 4, near_miss: 9 },
    missingShare: [0.5, 0.5],
    generated: ['campsite_ops', 'bakery_chain', 'ground_handling'],
    homes: { campsite_ops: DEV_K, bakery_chain: DEV_K, ground_handling: DEV_K },
  },
  writerSet(DEV_L, 'dev_l', ['test_lab', 'scaffold_hire', 'driving_school']),
  writerSet(DEV_M, 'dev_m', ['wedding_venue', 'funeral_dir', 'bee_coop']),
  writerSet(DEV_N, 'dev_n', ['locksmith_ops', 'inshore_fleet', 'youth_orch']),
  writerSet(DEV_O, 'dev_o', ['dog_grooming', 'roofing_jobs', 'community_radio'], { omits: ['partly_answerable'], missingShare: [0.46, 0.47] }),
  writerSet(DEV_P, 'dev_p', ['phone_fix', 'piano_tuning', 'kart_track'], { omits: ['partly_answerable'], missingShare: [0.46, 0.47] }),
  writerSet(DEV_Q, 'dev_q', ['mountain_rescue', 'livestock_mart', 'linen_hire'], { omits: ['partly_answerable'], missingShare: [0.45, 0.45] }),
  writerSet(DEV_R, 'dev_r', ['chimney_sweep', 'heating_oil', 'cowork_space'], { omits: ['partly_answerable'], missingShare: [0.45, 0.45] }),
  writerSet(DEV_S, 'dev_s', ['pottery_studio', 'leak_ops', 'arch_dig'], { omits: ['partly_answerable'], missingShare: [0.45, 0.45] }),
  writerSet(DEV_T, 'dev_t', ['chess_league', 'balloon_ops', 'pawn_shop'], { omits: ['partly_answerable'], missingShare: [0.45, 0.45] }),
  writerSet(DEV_U, 'dev_u', ['bell_guild', 'grit_dw', 'icecream_vans'], { omits: ['partly_answerable'], missingShare: [0.45, 0.45] }),
  writerSet(DEV_V, 'dev_v', ['pigeon_fed', 'evc_dw', 'lost_property'], { omits: ['partly_answerable'], missingShare: [0.45, 0.45] }),
  writerSet(DEV_W, 'dev_w', ['stained_glass', 'yarn_dw', 'mot_garage'], { omits: ['partly_answerable'], missingShare: [0.45, 0.45] }),
  writerSet(DEV_X, 'dev_x', ['rowing_club', 'puzzle_dw', 'borehole_drill'], { omits: ['partly_answerable'], missingShare: [0.45, 0.45] }),
  writerSet(DEV_Y, 'dev_y', ['falconry_centre', 'shear_dw', 'harbour_pilots'], { omits: ['partly_answerable'], missingShare: [0.45, 0.45] }),
  writerSet(DEV_Z, 'dev_z', ['opticians', 'vend_dw', 'sailmaker'], { omits: ['partly_answerable'], missingShare: [0.45, 0.45] }),
  writerSet(DEV_AA, 'dev_aa', ['clock_repair', 'dryclean_dw', 'mushroom_farm'], { omits: ['partly_answerable'], missingShare: [0.45, 0.45] }),
  writerSet(DEV_AB, 'dev_ab', ['bookbindery', 'marquee_dw', 'heritage_rly'], { omits: ['partly_answerable'], missingShare: [0.45, 0.45] }),
  writerSet(DEV_AC, 'dev_ac', ['farrier_practice', 'icerink_dw', 'beach_huts'], { omits: ['partly_answerable'], missingShare: [0.45, 0.45] }),
  {
    folder: PROBE_A12,
    tag: 'probe_a12',
    minimum: { unanswerable: 60, near_miss: 30 },
    perDatabase: { unanswerable: 5, near_miss: 3 },
    generated: [],
    homes: {
      transit: DEV_A,
      research_grants: DEV_A,
      marketplace: DEV_A,
      factory: DEV_B,
      charity: DEV_B,
      cinema: DEV_B,
      ferry_ops: DEV_H,
      housing_assoc: DEV_H,
      pest_control: DEV_H,
      theatre_tour: DEV_I,
      wind_om: DEV_I,
      wildlife_park: DEV_I,
    },
  },
  {
    folder: PROBE_A13,
    tag: 'probe_a13',
    minimum: { unanswerable: 60, near_miss: 30 },
    perDatabase: { unanswerable: 30, near_miss: 15 },
    generated: ['canal_hire', 'school_meals'],
    homes: { canal_hire: PROBE_A13, school_meals: PROBE_A13 },
  },
  {
    folder: PROBE_A14,
    tag: 'probe_a14',
    minimum: { unanswerable: 60, near_miss: 30 },
    perDatabase: { unanswerable: 0, near_miss: 2 },
    generated: ['allotments', 'tattoo_studios'],
    homes: {
      allotments: PROBE_A14,
      tattoo_studios: PROBE_A14,
      leisure_centres: DEV_D,
      law_firm: DEV_D,
      gp_practice: DEV_F,
      dairy_coop: DEV_G,
    },
  },
  {
    folder: PROBE_P11,
    tag: 'probe_precise11',
    minimum: { unanswerable: 0, near_miss: 30 },
    perDatabase: { unanswerable: 0, near_miss: 10 },
    generated: [],
    homes: { climbing_gyms: PLAIN_E, translation_agency: PLAIN_E, dairy_coop: DEV_G },
  },
];

function categoriesOf(set: BlindSet, kind: string): string[] {
  return [...(CATEGORIES[kind] ?? []), ...(set.adds?.[kind as 'unanswerable' | 'near_miss'] ?? [])];
}

describe.each(SETS)('the abstention dataset $folder', (set) => {
  const datasetDir = path.join(REPO_ROOT, set.folder);
  let scratch: string;
  beforeAll(() => {
    scratch = tempDir(`sluice-${path.basename(set.folder)}-`);
  });
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it(`loads, with unique ids, and tags every question ${set.tag} and exactly one category of its kind`, () => {
    const { questions } = loadBenchDataset(datasetDir);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    const untagged = questions.filter((q) => {
      const categories = categoriesOf(set, q.kind ?? '');
      return !q.tags.includes(set.tag) || q.tags.filter((tag) => categories.includes(tag)).length !== 1;
    });
    expect(untagged.map((q) => q.id)).toEqual([]);
    const misfiled = questions.filter(
      (q) =>
        (q.kind === 'unanswerable') !== (q.answerable !== true) ||
        (q.answerable === 'partly') !== q.tags.includes('partly_answerable') ||
        (q.answerable === true && !q.gold_sql),
    );
    expect(misfiled.map((q) => q.id)).toEqual([]);
  });

  it('spreads its questions over every database and category, and asks no question twice', () => {
    const { questions, manifest } = loadBenchDataset(datasetDir);
    const kinds = ['unanswerable', 'near_miss'] as const;
    for (const kind of kinds) {
      expect(questions.filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(set.minimum[kind]);
      for (const dbId of Object.keys(manifest)) {
        expect(questions.filter((q) => q.db_id === dbId && q.kind === kind).length, `${dbId} ${kind}`).toBeGreaterThanOrEqual(set.perDatabase[kind]);
      }
      for (const category of set.perCategory === undefined ? [] : categoriesOf(set, kind)) {
        const count = questions.filter((q) => q.kind === kind && q.tags.includes(category)).length;
        if (set.omits?.includes(category)) expect(count, category).toBe(0);
        else expect(count, category).toBeGreaterThanOrEqual(typeof set.perCategory === 'number' ? set.perCategory : set.perCategory![kind]);
      }
    }
    if (set.missingShare) {
      const unanswerable = questions.filter((q) => q.kind === 'unanswerable');
      const share = unanswerable.filter((q) => q.tags.includes('missing_column')).length / unanswerable.length;
      expect(share).toBeGreaterThanOrEqual(set.missingShare[0]);
      expect(share).toBeLessThanOrEqual(set.missingShare[1]);
    }
    const texts = questions.map((q) => q.question.toLowerCase().replace(/\W+/g, ' ').trim());
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('takes the databases others hold from the folders that hold them, and holds its own', () => {
    const dataset = loadBenchDataset(datasetDir);
    const where = Object.fromEntries(Object.entries(dataset.manifest).map(([dbId, entry]) => [dbId, path.relative(REPO_ROOT, path.dirname(path.dirname(entry.dir)))]));
    expect(where).toEqual(set.homes);
  });

  it('ships the invented databases exactly as make-databases.mjs writes them, or invents none', () => {
    if (set.generated.length === 0) expect(fs.existsSync(path.join(datasetDir, 'make-databases.mjs'))).toBe(false);
    else expectGeneratorWritesCommitted(datasetDir, set.folder, set.generated, scratch);
  });

  it('loads every CSV row and has gold SQL that runs on its database and returns rows', async () => {
    const dataset = loadBenchDataset(datasetDir);
    const cache = path.join(scratch, 'cache');
    const empty: string[] = [];
    for (const [dbId, entry] of Object.entries(dataset.manifest)) {
      const { file } = await ensureBenchDatabase(dataset.dir, dbId, entry, cache);
      const instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
      const connection = await instance.connect();
      try {
        for (const table of entry.csv_present) {
          const lines = fs.readFileSync(path.join(entry.dir, 'data', `${table}.csv`), 'utf8').trim().split('\n').length - 1;
          const loaded = (await connection.runAndReadAll(`SELECT count(*) FROM "${table}"`)).getRows()[0]?.[0];
          expect(Number(loaded), `${dbId}.${table}`).toBe(lines);
        }
        for (const question of dataset.questions.filter((q) => q.db_id === dbId && q.gold_sql)) {
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

  it('scores every near-miss right when the golds are submitted as predictions through the CLI', async () => {
    await expectGoldsScoreRight(datasetDir, scratch);
  }, 320_000);
});
