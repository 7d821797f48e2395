/** A yes/no question opening with a copula: "Is Derby …", "Was running a gala …"; "Is there a …" asks whether rows exist. */
export const YES_NO_COPULA = /^\s*(?:is|are|was|were)\s+(?!there\b)\S/i;
