/**
 * A file shared with the bot, downloaded the way Slack documents it: `url_private_download` with the
 * bot token as a Bearer header (scope files:read). The token goes only to Slack's own hosts (or the
 * Web API stand-in SLACK_API_URL names), over https unless that stand-in is http; the size is
 * capped before and while reading; a redirect means Slack refused (it sends its login page).
 */
import { readCappedBody } from '../ingest/readCappedBody.js';
import { MAX_ARTICLE_BYTES, megabytes } from '../knowledge/readCapped.js';

export interface SharedFile {
  name?: string;
  size?: number;
  url_private_download?: string;
}

export type Downloaded = { ok: true; name: string; bytes: Uint8Array } | { ok: false; reason: string };

const TIMEOUT_MS = 10_000;

/** Hosts the bot token may be sent to. */
function mayReceiveToken(url: URL, slackApiUrl: string | undefined): boolean {
  if (slackApiUrl && url.host === new URL(slackApiUrl).host) return true;
  return url.protocol === 'https:' && (url.hostname === 'slack.com' || url.hostname.endsWith('.slack.com'));
}

export async function downloadFile(file: SharedFile, token: string, options: { slackApiUrl?: string; maxBytes?: number } = {}): Promise<Downloaded> {
  const maxBytes = options.maxBytes ?? MAX_ARTICLE_BYTES;
  const name = file.name ?? 'the file';
  if (file.size !== undefined && file.size > maxBytes) return { ok: false, reason: `${name} is larger than ${megabytes(maxBytes)}` };
  let url: URL;
  try {
    url = new URL(file.url_private_download ?? '');
  } catch {
    return { ok: false, reason: `Slack gave no download link for ${name}` };
  }
  if (!mayReceiveToken(url, options.slackApiUrl)) return { ok: false, reason: `${name} is not stored on Slack` };
  try {
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` }, redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (response.status >= 300 && response.status < 400) return { ok: false, reason: `Slack did not let the bot download ${name} (the app needs the files:read scope)` };
    if (!response.ok) return { ok: false, reason: `Slack answered ${response.status} for ${name}` };
    const bytes = await readCappedBody(response, maxBytes);
    if (!bytes) return { ok: false, reason: `${name} is larger than ${megabytes(maxBytes)}` };
    return { ok: true, name, bytes };
  } catch (error) {
    return { ok: false, reason: `${name} could not be downloaded (${error instanceof Error ? error.message : String(error)})` };
  }
}
