import type { CatalogTable, Connector } from '../connectors/connector.js';
import type { Runtime } from '../engine/runtime.js';
import { buildCatalogIndex, restoreCatalogIndex, savedCatalogIndexPieces, type CatalogIndex } from './build-catalog-index.js';
import { addColumnValues, type ColumnValues } from './build-value-lookup.js';
import { catalogCacheFiles, readCachedCatalog, readCachedValues, writeCachedCatalog, writeCachedValues } from './catalog-cache.js';
import { readCachedSamples, writeCachedSamples, type SampleRows } from './cached-sample-rows.js';
import { catalogCacheKey, catalogFingerprint, CATALOG_FORMAT, embeddedConnectorIdentity, fingerprintCoversData } from './catalog-fingerprint.js';
import { inferJoinKeys } from './infer-join-keys.js';
import { collectColumnValues, valueColumns, type ValueCollection } from './collect-column-values.js';
import { catalogVocabulary, type NameVocabulary } from './name-vocabulary.js';
import { catalogTexts } from './read-terse-names.js';
import { readCatalogNames } from './read-catalog-names.js';
import { keepAsWritten, readNamesAs } from './split-identifier.js';

/** A catalog with at most this many value columns has them all read when it loads; a bigger one, per question. */
const UPFRONT_VALUE_COLUMNS = 2_000;
const UPFRONT_VALUE_BUDGET_MS = 30_000;
/** Checking undeclared join keys (infer-join-keys.ts) stops after this long, and any one check after the second. */
const JOIN_KEY_BUDGET_MS = 5_000;
const JOIN_KEY_QUERY_MS = 1_000;


/** The texts of a catalog's read values: each value and each code's description ("MBR_STAT"'s "Active member") and gloss. */
function valueTexts(columns: readonly ColumnValues[]): string[] {
  return columns.flatMap((column) => [...column.values, ...Object.values(column.descriptions ?? {}), ...Object.values(column.glosses ?? {}).flat()]);
}

export interface Catalog {
  namespace: string;
  dialect: string;
  tables: CatalogTable[];
  /** The tables' names, and those of the ones that hold no rows: one array each for every answer the checks judge. */
  tableNames: string[];
  emptyTables: string[];
  values: ColumnValues[];
  index: CatalogIndex;
  /** The words of every table's and column's name and comment, which grounding reads instead of the tables. */
  vocabulary: NameVocabulary;
  /** Time spent building (or restoring) the in-memory index, without introspection and value probing. */
  index_ms: number;
  /** 'cache' when the schema fingerprint matched the catalog saved under the runtime's cache dir. */
  source: 'database' | 'cache';
  /** Tables whose low-cardinality values are known; `complete` when that is all of them. */
  probed: Set<string>;
  complete: boolean;
  /** Value collections in flight, by table, so concurrent questions never probe a table twice. */
  probing: Map<string, Promise<void>>;
  /** Adds collected values to the catalog and its index, and saves them for later processes. */
  addValues(collection: ValueCollection): void;
  /**
   * Tables' sample rows read so far, by table name. Saved for later processes only where the fingerprint covers the
   * data (an embedded file): a warm run then links and writes its SQL without waiting for the database to open.
   */
  samples: Map<string, SampleRows>;
  addSample(table: string, sample: SampleRows): void;
  /** Resolves when everything learnt so far is on disk (write failures are ignored: the cache is an optimisation). */
  saved(): Promise<void>;
}

/**
 * Loads a namespace's catalog, once per namespace for the runtime's life: from the cache under the runtime's
 * cache dir when the schema fingerprint matches, else by introspection, reading the low-cardinality text values
 * of small catalogs up front, indexing, and saving both for the next process.
 */
export function loadCatalog(runtime: Runtime, namespace: string): Promise<Catalog> {
  return runtime.memo(`catalog:${namespace}`, async () => {
    const resolved = runtime.namespace(namespace);
    const opening = runtime.connector(namespace);
    opening.catch(() => {});
    // An embedded file's cached catalog is found and read while DuckDB opens the file (seconds for 10,000 tables).
    const identity = embeddedConnectorIdentity(resolved) ?? (await opening);
    const { fingerprint, tables: introspected } = await catalogFingerprint(resolved, opening);
    const files = catalogCacheFiles(runtime.settings.cacheDir, catalogCacheKey(resolved, identity));
    const keepsSamples = fingerprintCoversData(resolved);
    const [cached, cachedValues, samples] = await Promise.all([
      readCachedCatalog(files.catalog, fingerprint),
      readCachedValues(files.values, fingerprint),
      keepsSamples ? readCachedSamples(files.samples, fingerprint) : new Map<string, SampleRows>(),
    ]);

    let tables: CatalogTable[];
    let index: CatalogIndex;
    let vocabulary: NameVocabulary;
    let index_ms: number;
    let pending = Promise.resolve();
    const save = (write: () => Promise<void>): void => {
      pending = pending.then(write).catch(() => {});
    };
    let collection: ValueCollection;

    let restored: { index: CatalogIndex; ms: number } | undefined;
    if (cached && cachedValues) {
      readNamesAs(cached.readings);
      if (Object.keys(cached.readings).length === 0) keepAsWritten(() => catalogTexts(cached.tables, valueTexts(cachedValues.values)));
      const started = performance.now();
      try {
        restored = { index: restoreCatalogIndex(cached.tables, cached.index, cachedValues.values), ms: performance.now() - started };
      } catch {
        // A cache this build cannot read (another build wrote it under the same format number) is a miss, not a failure.
        restored = undefined;
      }
    }

    if (cached && cachedValues && restored) {
      tables = cached.tables;
      collection = { values: cachedValues.values, probed: cachedValues.probed };
      index = restored.index;
      index_ms = restored.ms;
      vocabulary = {
        column: new Set(cached.vocabulary.column),
        table: new Set(cached.vocabulary.table),
        text: new Set(cached.vocabulary.text),
        expanded: new Set(cached.vocabulary.expanded),
      };
    } else {
      const connector = await opening;
      const declared = introspected ?? (await connector.introspect());
      // Before anything splits the names: a terse schema's are read as the words they shorten.
      const declaredNames = readCatalogNames(declared);
      collection = await collectUpfront(connector, declared, Math.min(runtime.settings.queryTimeoutMs, 10_000));
      tables = await inferJoinKeys(connector, declared, {
        deadline: performance.now() + JOIN_KEY_BUDGET_MS,
        timeoutMs: Math.min(runtime.settings.queryTimeoutMs, JOIN_KEY_QUERY_MS),
      });
      // The values read so far too (a code list's "MBR_STAT"), so a warm start reads no dictionary for them either.
      const values = valueTexts(collection.values);
      // Inferred keys rename nothing, so the declared names' terseness stands.
      const { readings } = readCatalogNames(tables, values, declaredNames.terseness);
      const started = performance.now();
      index = buildCatalogIndex(tables, collection.values);
      index_ms = performance.now() - started;
      vocabulary = catalogVocabulary(tables);
      const words = { column: [...vocabulary.column], table: [...vocabulary.table], text: [...vocabulary.text], expanded: [...vocabulary.expanded] };
      save(() => writeCachedCatalog(files.catalog, { fingerprint, tables, index: savedCatalogIndexPieces(index), vocabulary: words, readings }));
    }

    const probed = new Set(collection.probed);
    const catalog: Catalog = {
      namespace,
      dialect: identity.dialect,
      tables,
      tableNames: tables.map((table) => table.name),
      emptyTables: tables.filter((table) => table.row_count === 0).map((table) => table.name),
      values: [...collection.values],
      index,
      vocabulary,
      index_ms,
      source: restored ? 'cache' : 'database',
      probed,
      complete: probed.size >= tables.length,
      probing: new Map(),
      addValues(more) {
        catalog.values.push(...more.values);
        if (catalog.vocabulary.expanded.size === 0) keepAsWritten(() => valueTexts(more.values));
        addColumnValues(catalog.index.values, more.values);
        for (const name of more.probed) catalog.probed.add(name);
        catalog.complete = catalog.probed.size >= catalog.tables.length;
        saveValues();
      },
      samples,
      addSample(table, sample) {
        catalog.samples.set(table, sample);
        if (keepsSamples) saveSamples();
      },
      saved: () => pending,
    };
    // Samples added while a write is queued go out with it: a linked question adds several at once.
    let samplesQueued = false;
    const saveSamples = () => {
      if (samplesQueued) return;
      samplesQueued = true;
      save(() => {
        samplesQueued = false;
        return writeCachedSamples(files.samples, fingerprint, catalog.samples);
      });
    };
    const saveValues = () =>
      save(() =>
        writeCachedValues(files.values, {
          format: CATALOG_FORMAT,
          fingerprint,
          probed: [...catalog.probed],
          complete: catalog.complete,
          values: catalog.values,
        }),
      );
    if (catalog.source === 'database') saveValues();
    return catalog;
  });
}

/** Small catalogs get every value column read now; a warehouse only its empty tables marked, the rest is read per question. */
async function collectUpfront(connector: Connector, tables: readonly CatalogTable[], timeoutMs: number): Promise<ValueCollection> {
  let columns = 0;
  for (const table of tables) columns += valueColumns(table).length;
  if (columns > UPFRONT_VALUE_COLUMNS) {
    return { values: [], probed: tables.filter((table) => valueColumns(table).length === 0).map((table) => table.name) };
  }
  return collectColumnValues(connector, tables, { timeoutMs, deadline: performance.now() + UPFRONT_VALUE_BUDGET_MS, maxColumns: UPFRONT_VALUE_COLUMNS });
}
