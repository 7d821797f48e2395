import { SqlError, type SqlErrorKind } from '../connector.js';
import { withoutSecrets } from '../redact-url.js';

const KIND_BY_SQLSTATE: Record<string, SqlErrorKind> = {
  '42601': 'syntax',
  '42P01': 'binder',
  '42703': 'binder',
  '42883': 'binder',
  '42702': 'binder',
  '42803': 'binder',
  '42804': 'binder',
  '57014': 'timeout',
  '25006': 'refused',
};

interface DatabaseErrorFields {
  code?: string;
  message?: string;
  detail?: string;
  hint?: string;
}

/** PostgreSQL's message with its detail and hint on one line, secrets removed. */
export function postgresMessage(error: unknown, secrets: readonly (string | undefined)[] = []): string {
  const fields = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as DatabaseErrorFields;
  const parts = [fields.message || innerMessage(error) || fields.code || String(error)];
  if (fields.detail) parts.push(`detail: ${fields.detail}`);
  if (fields.hint) parts.push(`hint: ${fields.hint}`);
  return withoutSecrets(parts.join('; ').replace(/\s*\n\s*/g, ' '), secrets);
}

/** SQLSTATE decides the kind; a cancelled statement gets sluice's own message since PostgreSQL's does not say why. */
export function toPostgresSqlError(error: unknown, timeoutMs: number | undefined, secrets: readonly (string | undefined)[]): SqlError {
  if (error instanceof SqlError) return error;
  const code = (error as DatabaseErrorFields | undefined)?.code;
  const kind = (code && KIND_BY_SQLSTATE[code]) || 'runtime';
  if (code === '57014') {
    return new SqlError(`query timed out after ${timeoutMs ?? '?'} ms and was cancelled on the server`, 'timeout');
  }
  const message = postgresMessage(error, secrets);
  return new SqlError(kind === 'refused' ? `refused: ${message}` : message, kind);
}

/** Node reports a refused connection to a name with several addresses as an AggregateError with an empty message. */
function innerMessage(error: unknown): string | undefined {
  if (!(error instanceof AggregateError)) return undefined;
  const first = error.errors.find((inner): inner is Error => inner instanceof Error && inner.message !== '');
  return first?.message;
}
