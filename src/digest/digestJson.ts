/**
 * The digest as JSON (`npm run digest -- --dry-run --json`): for programs and for checking a
 * figure's provenance by hand. Every figure with its value as written and read, who says so, how
 * firmly, when, whether withdrawn or a single event, the desk's note, and its citation. Pure.
 */
import type { Digest } from './composeDigest.js';
import type { Figure } from '../figures/extractFigures.js';
import { mapped } from '../lists/loops.js';

function figureJson(f: Figure) {
  return {
    text: f.text,
    value: f.mention.value ?? null,
    atLeast: f.mention.atLeast ?? null,
    qualifier: f.mention.qualifier ?? null,
    status: f.status,
    event: f.event ?? null,
    claimant: f.provenance.claimant ?? null,
    nearbyClaimant: f.provenance.nearby ?? null,
    channel: f.provenance.channel ?? null,
    hedge: f.provenance.hedge ?? null,
    withdrawal: f.provenance.withdrawal ?? null,
    moment: f.moment,
    desk: f.desk ?? null,
    sentence: f.sentence,
    citation: f.citation,
  };
}

export function digestJson(digest: Digest) {
  return {
    date: digest.date,
    since: digest.since ?? null,
    dossiers: mapped(digest.dossiers, (part) => ({
      id: part.dossier.id,
      title: part.dossier.title,
      newArticles: part.newArticles,
      figures: mapped(part.figures, (topic) => ({
        topic: topic.topic,
        label: topic.label,
        groups: mapped(topic.groups, (g) => ({
          group: g.group ?? null,
          sourcesDiffer: g.sourcesDiffer,
          disagreements: mapped(g.disagreements, ([a, b]) => [a.text, b.text]),
          updates: mapped(g.updates, (u) => ({ from: u.from.text, to: u.to.text, claimant: u.to.provenance.claimant ?? null })),
          figures: mapped(g.figures, figureJson),
        })),
      })),
      mostAsked: part.mostAsked,
      unanswered: part.unanswered,
      staleNotes: mapped(part.staleNotes, (n) => ({ sentence: n.sentence, line: n.line ?? null })),
    })),
  };
}
