/** Functions refused by exact name, with the reason given to the model. */
const REFUSED_FUNCTIONS: Record<string, string> = {
  pg_stat_file: 'reads the server file system',
  pg_current_logfile: 'reveals server file paths',
  pg_config: 'reveals server file paths',
  set_config: 'changes server settings',
  current_setting: 'reads server settings, which reveal file paths',
  pg_terminate_backend: 'ends other sessions',
  pg_cancel_backend: 'cancels other sessions',
  pg_reload_conf: 'reloads the server configuration',
  pg_rotate_logfile: 'rotates the server log',
  pg_switch_wal: 'changes server state',
  pg_promote: 'changes server state',
  pg_export_snapshot: 'changes server state',
  pg_import_system_collations: 'writes to the catalog',
  pg_log_backend_memory_contexts: 'writes to the server log',
  nextval: 'advances a sequence',
  setval: 'changes a sequence',
  pg_notify: 'sends notifications',
  txid_current: 'assigns a transaction id',
  pg_current_xact_id: 'assigns a transaction id',
  pg_logical_emit_message: 'writes to the write-ahead log',
  ts_stat: 'runs SQL given as text, which the sandbox cannot check,',
  ts_rewrite: 'can run SQL given as text, which the sandbox cannot check,',
  pg_show_all_settings: 'reads server settings, which reveal file paths',
  pg_show_all_file_settings: 'reads server configuration files',
  pg_hba_file_rules: 'reads server configuration files',
  pg_ident_file_mappings: 'reads server configuration files',
  pg_stat_get_activity: "shows other sessions' SQL",
  pg_stat_get_backend_activity: "shows other sessions' SQL",
  pg_stat_statements: "shows other sessions' SQL",
};

/** Families of functions refused by prefix or pattern, checked in order. */
const REFUSED_FAMILIES: [RegExp, string][] = [
  [/^pg_(read|ls)_/, 'reads the server file system'],
  [/^pg_file_/, 'writes server files'],
  [/^(lo_|lo(read|write|creat|open|close|seek|tell|unlink)$)/, 'uses large objects, which read and write server files'],
  [/^dblink/, 'connects to other databases'],
  [/^pg_sleep/, 'holds a connection without reading data'],
  [/^pg_(try_)?advisory/, 'takes advisory locks'],
  [/^(query|table|cursor|schema|database)_to_xml/, 'runs SQL given as text, which the sandbox cannot check,'],
  [/^pg_(create|drop|copy)_/, 'creates or drops server objects'],
  [/^pg_(logical|replication)_/, 'changes replication state'],
  [/^pg_(backup|start_backup|stop_backup|wal_replay)/, 'changes server state'],
  [/^pg_stat_reset/, 'resets statistics'],
  [/^binary_upgrade_/, 'changes the catalog'],
];

/** Catalog relations that hold credentials or server configuration. */
const REFUSED_RELATIONS: Record<string, string> = {
  pg_authid: 'holds password hashes',
  pg_shadow: 'holds password hashes',
  pg_user_mapping: 'holds credentials of foreign servers',
  pg_user_mappings: 'holds credentials of foreign servers',
  pg_settings: 'holds server settings, which reveal file paths',
  pg_file_settings: 'holds server configuration files',
  pg_hba_file_rules: 'holds server configuration files',
  pg_ident_file_mappings: 'holds server configuration files',
  pg_config: 'reveals server file paths',
  pg_stat_activity: "shows other sessions' SQL",
  pg_stat_statements: "shows other sessions' SQL",
};

/** Why a function (unqualified name, lower case) may not be called, or undefined when it may. */
export function refusedFunctionReason(name: string): string | undefined {
  return (Object.hasOwn(REFUSED_FUNCTIONS, name) ? REFUSED_FUNCTIONS[name] : undefined) ??
    REFUSED_FAMILIES.find(([pattern]) => pattern.test(name))?.[1];
}

/** Why a relation (unqualified name, lower case) may not be read, or undefined when it may. */
export function refusedRelationReason(name: string): string | undefined {
  return Object.hasOwn(REFUSED_RELATIONS, name) ? REFUSED_RELATIONS[name] : undefined;
}
