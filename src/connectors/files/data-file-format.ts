export type DataFileFormat = 'csv' | 'parquet' | 'json' | 'ndjson';

const FORMAT_BY_EXTENSION: [RegExp, DataFileFormat][] = [
  [/\.(csv|tsv)(\.gz)?$/i, 'csv'],
  [/\.parquet$/i, 'parquet'],
  [/\.json$/i, 'json'],
  [/\.(jsonl|ndjson)(\.gz)?$/i, 'ndjson'],
];

/** The format a file name announces, or undefined for files a files namespace ignores. */
export function dataFileFormat(fileName: string): DataFileFormat | undefined {
  return FORMAT_BY_EXTENSION.find(([pattern]) => pattern.test(fileName))?.[1];
}

/** The file name without its data extensions: orders.csv.gz -> orders. */
export function withoutDataExtension(fileName: string): string {
  return fileName.replace(/(\.(csv|tsv|parquet|json|jsonl|ndjson))?(\.gz)?$/i, '');
}
