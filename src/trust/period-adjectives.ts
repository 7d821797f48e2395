/** Adjectives of a period, which come before the noun they narrow: "monthly rent", "hourly rate". */
export const PERIOD_ADJECTIVES = /^(hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annual)$/;
