import type { DocPassage } from '../context/context-schema.js';

const HEADING = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^[ \t]*(```|~~~)/;

/**
 * Splits markdown into one passage per `#` or `##` section (deeper headings stay inside their section);
 * text before the first heading is headed by the file name. Headings inside code fences are text.
 */
export function splitMarkdownPassages(markdown: string, source: string): DocPassage[] {
  const passages: DocPassage[] = [];
  let heading = source.replace(/\.md$/i, '');
  let body: string[] = [];
  let fence: string | undefined;
  const flush = (): void => {
    const text = body.join('\n').trim();
    if (text.length > 0) passages.push({ source, heading, text, score: 0 });
    body = [];
  };
  for (const line of markdown.split(/\r?\n/)) {
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      if (!fence) fence = fenceMatch[1];
      else if (fence === fenceMatch[1]) fence = undefined;
    }
    const match = fence || fenceMatch ? null : HEADING.exec(line);
    if (match && match[1].length <= 2) {
      flush();
      heading = match[2].trim();
      continue;
    }
    body.push(line);
  }
  flush();
  return passages;
}
