import type { ChartShape } from '../../ui/chart-shape.js';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const MAX_BARS = 30;

/** A chart as inline SVG, no script and no network: horizontal bars for a breakdown, a line for a series. */
export function renderSvgChart(shape: ChartShape): string {
  const title = `${shape.measureColumn} by ${shape.labelColumn}`;
  const max = Math.max(...shape.values.map(Math.abs), 1e-9);
  if (shape.kind === 'breakdown') {
    const labels = shape.labels.slice(0, MAX_BARS);
    const rowHeight = 22;
    const height = labels.length * rowHeight + 30;
    const bars = labels
      .map((label, i) => {
        const value = shape.values[i]!;
        const width = Math.max(1, Math.round((Math.abs(value) / max) * 420));
        const y = 24 + i * rowHeight;
        return `<text x="0" y="${y + 14}" font-size="12">${escape(label)}</text><rect x="160" y="${y}" width="${width}" height="16" fill="#5b6ee1"><title>${escape(`${label}: ${value}`)}</title></rect><text x="${166 + width}" y="${y + 13}" font-size="11">${escape(String(value))}</text>`;
      })
      .join('');
    return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escape(title)}" width="680" height="${height}" font-family="sans-serif"><text x="0" y="14" font-size="13" font-weight="bold">${escape(title)}</text>${bars}</svg>`;
  }
  const min = Math.min(...shape.values);
  const top = Math.max(...shape.values);
  const span = top - min || 1;
  const width = 640;
  const height = 200;
  const step = shape.values.length > 1 ? width / (shape.values.length - 1) : 0;
  const points = shape.values.map((value, i) => `${(20 + i * step).toFixed(1)},${(30 + (1 - (value - min) / span) * (height - 60)).toFixed(1)}`).join(' ');
  const first = escape(shape.labels[0] ?? '');
  const last = escape(shape.labels.at(-1) ?? '');
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escape(title)}" width="${width + 40}" height="${height}" font-family="sans-serif"><text x="0" y="14" font-size="13" font-weight="bold">${escape(title)}</text><polyline fill="none" stroke="#5b6ee1" stroke-width="2" points="${points}"/><text x="20" y="${height - 8}" font-size="11">${first}</text><text x="${width + 20}" y="${height - 8}" font-size="11" text-anchor="end">${last}</text><text x="${width + 40}" y="24" font-size="11" text-anchor="end">max ${escape(String(top))}</text><text x="${width + 40}" y="${height - 24}" font-size="11" text-anchor="end">min ${escape(String(min))}</text></svg>`;
}
