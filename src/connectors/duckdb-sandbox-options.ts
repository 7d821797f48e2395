/** SQL can neither read files and URLs, nor install extensions, nor change these settings back. */
export const DUCKDB_SANDBOX_OPTIONS = {
  enable_external_access: 'false',
  autoinstall_known_extensions: 'false',
  allow_community_extensions: 'false',
  lock_configuration: 'true',
};
