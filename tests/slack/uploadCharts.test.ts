/** Charts of how figures moved, uploaded once each; a failed one is reported and skipped. */
import { describe, expect, it, vi } from 'vitest';
import type { webApi } from '@slack/bolt';
import type { FigureSeries } from '../../src/figures/figureSeries.js';
import { MAX_CHARTS, uploadCharts } from '../../src/slack/uploadCharts.js';

const series = (label: string, points = 2): FigureSeries => ({
  label,
  points: Array.from({ length: points }, (_, i) => ({ date: `2022-01-1${i}`, value: 100 + i, source: 'de politie', text: `${100 + i} mensen` })),
});

interface Upload {
  file: Buffer;
  filename: string;
  title: string;
  alt_text: string;
  channel_id: string;
  thread_ts?: string;
}

function fakeClient(upload: (args: Upload) => Promise<unknown> = async () => ({ ok: true, files: [] })) {
  const filesUploadV2 = vi.fn(upload);
  return { client: { filesUploadV2 } as unknown as webApi.WebClient, filesUploadV2, uploads: () => filesUploadV2.mock.calls.map(([args]) => args) };
}
const png = (label: string): Buffer => Buffer.from(`PNG:${label}`);
const render = vi.fn(async (s: FigureSeries) => png(s.label));

describe('uploadCharts', () => {
  it('uploads each chart into the thread, titled and described', async () => {
    const { client, uploads } = fakeClient();
    const result = await uploadCharts({ client, channel: 'C0DESK', threadTs: '1641974400.000100', series: [series('Arrestaties'), series('Doden — security forces')], render });
    expect(result).toEqual({ uploaded: 2, failed: 0 });
    expect(uploads()).toHaveLength(2);
    expect(uploads()[0]).toEqual({
      file: png('Arrestaties'),
      filename: 'arrestaties.png',
      title: 'Arrestaties: how the figures moved',
      alt_text: 'Chart of Arrestaties: 100 mensen (de politie, 2022-01-10); 101 mensen (de politie, 2022-01-11)',
      channel_id: 'C0DESK',
      thread_ts: '1641974400.000100',
    });
    expect(uploads()[1]?.filename).toBe('doden-security-forces.png');
  });

  it('shares into the channel itself without a thread', async () => {
    const { client, uploads } = fakeClient();
    await uploadCharts({ client, channel: 'D0DM', series: [series('Arrestaties')], render });
    expect(uploads()[0]?.channel_id).toBe('D0DM');
    expect(uploads()[0]).not.toHaveProperty('thread_ts');
  });

  it(`uploads at most ${MAX_CHARTS} charts`, async () => {
    const { client, uploads } = fakeClient();
    const result = await uploadCharts({ client, channel: 'C1', series: Array.from({ length: MAX_CHARTS + 2 }, (_, i) => series(`Maat ${i}`)), render });
    expect(result).toEqual({ uploaded: MAX_CHARTS, failed: 0 });
    expect(uploads().map((u) => u.filename)).toEqual(Array.from({ length: MAX_CHARTS }, (_, i) => `maat-${i}.png`));
  });

  it('does nothing for no series', async () => {
    const { client, filesUploadV2 } = fakeClient();
    expect(await uploadCharts({ client, channel: 'C1', series: [], render })).toEqual({ uploaded: 0, failed: 0 });
    expect(filesUploadV2).not.toHaveBeenCalled();
  });

  it('reports a failed upload with Slack’s error, never retries it, and goes on with the next', async () => {
    const { client, filesUploadV2 } = fakeClient(async (args) => {
      if (args.filename === 'arrestaties.png') throw Object.assign(new Error('An API error occurred: not_in_channel'), { data: { ok: false, error: 'not_in_channel' } });
      return { ok: true };
    });
    const log = vi.fn<(message: string) => void>();
    const result = await uploadCharts({ client, channel: 'C1', series: [series('Arrestaties'), series('Doden')], render, log });
    expect(result).toEqual({ uploaded: 1, failed: 1 });
    expect(filesUploadV2).toHaveBeenCalledTimes(2);
    expect(log).toHaveBeenCalledWith('chart "Arrestaties" not uploaded: not_in_channel');
  });

  it('reports a chart that could not be drawn, and uploads nothing for it', async () => {
    const { client, uploads } = fakeClient();
    const log = vi.fn<(message: string) => void>();
    const drawing = vi.fn(async (s: FigureSeries) => {
      if (s.label === 'Doden') throw new Error('no fonts');
      return png(s.label);
    });
    expect(await uploadCharts({ client, channel: 'C1', series: [series('Doden'), series('Arrestaties')], render: drawing, log })).toEqual({ uploaded: 1, failed: 1 });
    expect(uploads().map((u) => u.filename)).toEqual(['arrestaties.png']);
    expect(log).toHaveBeenCalledWith('chart "Doden" not uploaded: no fonts');
  });

  it('survives a failure without a log to tell', async () => {
    const { client } = fakeClient(async () => Promise.reject(new Error('timeout')));
    expect(await uploadCharts({ client, channel: 'C1', series: [series('Doden')], render })).toEqual({ uploaded: 0, failed: 1 });
  });

  it('keeps the alt text within 1,000 characters', async () => {
    const { client, uploads } = fakeClient();
    await uploadCharts({ client, channel: 'C1', series: [series('Arrestaties', 80)], render });
    const alt = uploads()[0]?.alt_text ?? '';
    expect(alt.length).toBe(1000);
    expect(alt.startsWith('Chart of Arrestaties: 100 mensen (de politie, 2022-01-10); ')).toBe(true);
  });

  it.each([
    ['Doden — security forces', 'doden-security-forces.png'],
    ['  Tegenstanders (volgens de autoriteiten)  ', 'tegenstanders-volgens-de-autoriteiten.png'],
    ['???', 'figures.png'],
    ['', 'figures.png'],
  ])('names the file for %j as %s', async (label, filename) => {
    const { client, uploads } = fakeClient();
    await uploadCharts({ client, channel: 'C1', series: [series(label)], render });
    expect(uploads()[0]?.filename).toBe(filename);
  });

  it('names every file with safe characters only', async () => {
    const { client, uploads } = fakeClient();
    const labels = ['Doden <script>', 'Patiënten', 'Ærø & co', '数字', 'a/../../b'];
    for (const label of labels) await uploadCharts({ client, channel: 'C1', series: [series(label)], render });
    expect(uploads()).toHaveLength(labels.length);
    for (const u of uploads()) expect(u.filename).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*\.png$/u);
  });

  // The name is NFD-normalised, but the accent marks that leaves are then replaced by "-" instead of
  // dropped: "Patiënten" is uploaded as "patie-nten.png", "Geëvacueerden" as "gee-vacueerden.png".
  it('drops accents from file names rather than splitting words (counterexample: "Patiënten" → "patie-nten.png")', async () => {
    const { client, uploads } = fakeClient();
    await uploadCharts({ client, channel: 'C1', series: [series('Patiënten')], render });
    expect(uploads()[0]?.filename).toBe('patienten.png');
  });

  // limits.ts never cuts an emoji (a surrogate pair) in half, "Slack would get invalid text"; the
  // alt text is cut at 1,000 UTF-16 units without that care.
  it('never cuts an emoji in half in the alt text (counterexample: a 🚨 across the 1,000th character)', async () => {
    const { client, uploads } = fakeClient();
    const prefix = 'Chart of x: 1 (s, 2022-01-10); 2 ('.length;
    const source = `${'s'.repeat(999 - prefix)}🚨`;
    await uploadCharts({ client, channel: 'C1', series: [{ label: 'x', points: [{ date: '2022-01-10', value: 1, source: 's', text: '1' }, { date: '2022-01-11', value: 2, source, text: '2' }] }], render });
    const alt = uploads()[0]?.alt_text ?? '';
    expect(alt.length).toBeGreaterThan(990);
    expect(/[\uD800-\uDBFF]$/u.test(alt)).toBe(false);
  });
});
