/** An expectation the task states about its own answer: "expect 12 rows", "should be 42", "about 1000". */
export interface Expectation {
  target: 'rows' | 'value';
  value: number;
  /** Relative tolerance: 0 for exact, 0.1 for "about". */
  tolerance: number;
  text: string;
}

const APPROX = '(about|around|approximately|roughly|circa|~|nearly|almost)?\\s*';
const NUMBER = '(-?\\d[\\d,]*(?:\\.\\d+)?)';

export function parseExpectation(task: string): Expectation | undefined {
  const patterns: { regex: RegExp; target?: 'rows' | 'value' }[] = [
    { regex: new RegExp(`\\b(?:expect(?:ed|ing|s)?|should\\s+(?:return|give|have|get|yield)|must\\s+(?:return|give|have)|returns?)\\s+${APPROX}${NUMBER}\\s+(?:rows?|records?|results?|lines?)\\b`, 'i'), target: 'rows' },
    { regex: new RegExp(`\\b${APPROX}${NUMBER}\\s+(?:rows?|records?)\\s+(?:are\\s+|is\\s+)?expected\\b`, 'i'), target: 'rows' },
    { regex: new RegExp(`\\b(?:expect(?:ed|ing|s)?|should\\s+be|must\\s+be|equals?|is\\s+expected\\s+to\\s+be)\\s*:?\\s*${APPROX}${NUMBER}`, 'i') },
    { regex: new RegExp(`\\b(about|around|approximately|roughly)\\s+${NUMBER}(?!\\s*(?:rows?|records?))`, 'i') },
  ];
  for (const { regex, target } of patterns) {
    const match = regex.exec(task);
    if (!match) continue;
    const approx = match[1] !== undefined && match[1] !== '';
    const value = Number(match[2]!.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    const rowsFollow = /^\s*(rows?|records?)\b/i.test(task.slice(match.index + match[0].length));
    return { target: target ?? (rowsFollow ? 'rows' : 'value'), value, tolerance: approx ? 0.1 : 0, text: match[0].trim() };
  }
  return undefined;
}
