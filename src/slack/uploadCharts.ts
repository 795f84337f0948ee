/**
 * Charts of how the figures moved, uploaded to Slack with the files upload API (files.uploadV2:
 * an upload URL, the bytes, then sharing into the channel or thread). An upload that fails is
 * reported and skipped: a chart never holds up, repeats or undoes the message it belongs to, and
 * an upload is never retried, so a chart that did land is not shared twice.
 */
import { truncate } from './blocks/limits.js';
import type { webApi } from '@slack/bolt';
import { chartPng } from '../figures/chartImage.js';
import type { FigureSeries } from '../figures/figureSeries.js';
import { errorText } from '../digest/deliver.js';
import { mapped } from '../lists/loops.js';

/** Charts per message: the measures that moved most are few; a long gallery helps nobody. */
export const MAX_CHARTS = 3;

export interface UploadChartsOptions {
  client: webApi.WebClient;
  /** A channel id (as chat.postMessage returns it), or a DM's. */
  channel: string;
  threadTs?: string;
  series: readonly FigureSeries[];
  log?: (message: string) => void;
  render?: (series: FigureSeries) => Promise<Buffer>;
}

// Accents dropped, not turned into dashes: "Patiënten" → patienten.png.
const fileName = (label: string): string => `${label.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '') || 'figures'}.png`;

export async function uploadCharts(options: UploadChartsOptions): Promise<{ uploaded: number; failed: number }> {
  const render = options.render ?? chartPng;
  let uploaded = 0;
  let failed = 0;
  for (const series of options.series.slice(0, MAX_CHARTS)) {
    try {
      const png = await render(series);
      const file = {
        file: png,
        filename: fileName(series.label),
        title: `${series.label}: how the figures moved`,
        alt_text: truncate(`Chart of ${series.label}: ${mapped(series.points, (p) => `${p.text} (${p.source}, ${p.date})`).join('; ')}`, 1000, '…'),
      };
      await (options.threadTs ? options.client.filesUploadV2({ ...file, channel_id: options.channel, thread_ts: options.threadTs }) : options.client.filesUploadV2({ ...file, channel_id: options.channel }));
      uploaded++;
    } catch (error) {
      failed++;
      options.log?.(`chart "${series.label}" not uploaded: ${errorText(error)}`);
    }
  }
  return { uploaded, failed };
}
