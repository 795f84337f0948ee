/** A figure line in Slack mrkdwn: the value bold, its warnings flagged, everything echoed escaped. Pure. */
import type { FigureDescription } from '../../figures/describeFigure.js';
import { escapeText } from './mrkdwn.js';

export function figureMrkdwn(d: FigureDescription): string {
  const warnings = d.warnings.map((w) => `⚠️ _${escapeText(w)}_`);
  const desk = d.desk.map((note) => `📌 ${escapeText(note)}`);
  return [`*${escapeText(d.value)}* — ${escapeText(d.source)}`, escapeText(d.when), ...warnings, ...desk].join(' · ');
}
