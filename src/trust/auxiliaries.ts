/** Forms of "be" and "get" before a participle: "were taken", "was sold", "got cancelled" (a passive). */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'gets']);
/** The passive's auxiliaries and the perfect's ("has churned"). */
export const AUXILIARIES: ReadonlySet<string> = new Set([...PASSIVE_AUXILIARIES, 'has', 'have', 'had']);
/** Words that open a relative clause: "collections that were rejected". */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'which', 'who']);
