/** A figure line in Slack mrkdwn: the value bold, its warnings flagged, everything echoed escaped. Pure. */
import type { FigureDescription } from '../../figures/describeFigure.js';
import { escapeText } from './mrkdwn.js';
import { mapped } from '../../lists/loops.js';

export function figureMrkdwn(d: FigureDescription): string {
  const warnings = mapped(d.warnings, (w) => `⚠️ _${escapeText(w)}_`);
  const desk = mapped(d.desk, (note) => `📌 ${escapeText(note)}`);
  return [`*${escapeText(d.value)}* — ${escapeText(d.source)}`, escapeText(d.when), ...warnings, ...desk].join(' · ');
}
