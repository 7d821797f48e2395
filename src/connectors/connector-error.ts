/** The database could not be opened or used at all (as opposed to one query failing). */
export class ConnectorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConnectorError';
  }
}
