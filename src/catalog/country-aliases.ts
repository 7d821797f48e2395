import type { ColumnValues } from './build-value-lookup.js';
import { countryByCode, countryByName, type Country } from './country-codes.js';
import { splitIdentifier } from './split-identifier.js';
import type { ValueAlias } from './value-aliases.js';

const COUNTRY_NAME_PARTS = new Set(['country', 'countries', 'nation', 'nationality', 'citizenship', 'ioc']);
/** Share of a column's values that must be countries when its name does not say so. */
const MOSTLY = 0.8;

const countryOf = (value: string): Country | undefined => (/^[A-Z]{2,3}$/.test(value) ? countryByCode(value) : countryByName(value));

/** "Germans", "Israelis", "New Zealanders"; "Dutch", "Swiss" and "Chinese" stay as they are. */
const plural = (demonym: string): string[] => (/(an|i|er|o)$/.test(demonym) ? [demonym, `${demonym}s`] : [demonym]);

/**
 * For a column of countries, as ISO or IOC codes or by name (named for countries, or mostly countries otherwise: a
 * `ship_to` of GB, NL and FR), the other names of each: its names, demonyms and codes. Codes are matched as written.
 */
export function countryAliases(set: ColumnValues): ((value: string) => ValueAlias[]) | undefined {
  const named = splitIdentifier(set.column).some((part) => COUNTRY_NAME_PARTS.has(part));
  const isCountry = (value: string): boolean => countryOf(value.trim()) !== undefined;
  // Most columns are no countries, and their first values say so.
  if (!named && set.values.slice(0, 10).filter(isCountry).length < MOSTLY * Math.min(10, set.values.length)) return undefined;
  const countries = set.values.filter(isCountry).length;
  if (countries === 0) return undefined;
  if (!named && (countries < 3 || countries < MOSTLY * set.values.length)) return undefined;
  return (value) => {
    const country = countryOf(value.trim());
    if (!country) return [];
    const words = [...country.names, ...country.demonyms.flatMap(plural)].map((text) => ({ text, sameCase: /^[A-Z]{2,3}$/.test(text) }));
    const codes = [country.alpha2, country.alpha3, country.ioc].map((text) => ({ text, sameCase: true }));
    return [...words, ...codes].filter((alias) => alias.text !== value.trim());
  };
}
