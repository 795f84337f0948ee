/**
 * A series as a PNG chart, rendered on the server: Vega-Lite compiles the chart, Vega draws it as
 * SVG (no browser, no canvas), resvg turns it into a PNG with the system's fonts. The libraries
 * are loaded on first use, so a process that never draws a chart never pays for them.
 */
import type { FigureSeries } from './figureSeries.js';
import { mapped } from '../lists/loops.js';

/** Twice the drawn size, for sharp text on high-density screens. */
const SCALE = 2;

export function chartSpec(series: FigureSeries): Record<string, unknown> {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: series.label,
    width: 480,
    height: 240,
    background: 'white',
    data: { values: mapped(series.points, (p) => ({ date: p.date, value: p.value, source: p.source, text: p.text })) },
    mark: { type: 'line', point: { size: 60 } },
    encoding: {
      x: { field: 'date', type: 'temporal', timeUnit: 'yearmonthdate', title: null, axis: { format: '%-d %b %Y', labelAngle: 0, tickCount: 'day' } },
      y: { field: 'value', type: 'quantitative', title: null, scale: { zero: true } },
      color: { field: 'source', type: 'nominal', title: 'Source', legend: { orient: 'bottom', labelLimit: 300 } },
      tooltip: [{ field: 'text' }, { field: 'source' }],
    },
  };
}

export async function chartPng(series: FigureSeries): Promise<Buffer> {
  const [vega, vegaLite, { Resvg }] = await Promise.all([import('vega'), import('vega-lite'), import('@resvg/resvg-js')]);
  const compiled = vegaLite.compile(chartSpec(series) as unknown as Parameters<typeof vegaLite.compile>[0]).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    return new Resvg(svg, { fitTo: { mode: 'zoom', value: SCALE }, font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
  } finally {
    view.finalize();
  }
}
