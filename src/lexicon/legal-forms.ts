/**
 * The words a company's name may end with to say its legal form ("Rees Taxis Ltd", "Acme Inc"): part of how the name
 * is written, often left off where the name is stored ('Moorside Lettings'), and as often added.
 */
export const LEGAL_FORMS = ['ltd', 'limited', 'plc', 'inc', 'incorporated', 'llc', 'llp', 'corp', 'gmbh'] as const;

/** The name without a legal form it ends with ("Moorside Lettings Ltd" → "Moorside Lettings"); undefined when it ends with none or is nothing else. */
export function withoutLegalForm(name: string): string | undefined {
  const match = /^(.+?)[\s,]+(\p{L}+)\.?$/u.exec(name.trim());
  return match && (LEGAL_FORMS as readonly string[]).includes(match[2]!.toLowerCase()) ? match[1] : undefined;
}
