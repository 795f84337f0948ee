import { describe, expect, it } from 'vitest';
import { parseDossierConfig } from '../../src/knowledge/dossierConfig.js';

const BASE = 'command: /test\ntitle: Test\n';

describe("the desk's figure corrections in dossier.yml", () => {
  it('reads hide, pin, label, topic, group and note by a piece of the sentence', () => {
    const yaml = `${BASE}figures:\n  - sentence: "van 164 doden"\n    hide: true\n  - sentence: zouden 16 doden\n    figure: "16"\n    pin: true\n    label: security forces, per Tokajev\n    note: check with the desk\n    topic: deaths\n    group: security forces\n`;
    const { config, problems } = parseDossierConfig(yaml, 'test');
    expect(problems).toEqual([]);
    expect(config.figureNotes).toEqual([
      { sentence: 'van 164 doden', hide: true, line: 4 },
      { sentence: 'zouden 16 doden', figure: '16', pin: true, label: 'security forces, per Tokajev', note: 'check with the desk', topic: 'deaths', group: 'security forces', line: 6 },
    ]);
  });

  it('reports a broken entry by line and keeps the others', () => {
    const yaml = `${BASE}figures:\n  - hide: true\n  - sentence: van 164 doden\n    hidden: true\n  - sentence: bijna 8.000\n    pin: true\n`;
    const { config, problems } = parseDossierConfig(yaml, 'test');
    expect(problems).toEqual([
      { line: 4, message: "a figure correction needs 'sentence': a verbatim piece of the figure's sentence; ignored" },
      { line: 5, message: 'unknown key hidden in a figure correction (use sentence, figure, hide, pin, label, topic, group, note)' },
    ]);
    expect(config.figureNotes.map((n) => n.sentence)).toEqual(['van 164 doden', 'bijna 8.000']);
  });

  it('refuses a figures: that is not a list, and keeps the rest of the file', () => {
    const { config, problems } = parseDossierConfig(`${BASE}figures: hide all\n`, 'test');
    expect(problems[0]?.message).toContain("'figures' must be a list");
    expect(config.title).toBe('Test');
    expect(config.figureNotes).toEqual([]);
  });
});
