/** Who changed which dossier when, in the state store: in order, with the editor and the file. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../src/state/auditLog.js';
import { FileStore } from '../../src/state/store/fileStore.js';

const dir = mkdtempSync(path.join(tmpdir(), 'audit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('AuditLog', () => {
  it('records adds and removals with the time, oldest first, and keeps them across a restart', async () => {
    let clock = Date.parse('2022-01-11T09:00:00Z');
    const log = new AuditLog(new FileStore({ stateDir: dir }), () => new Date(clock));
    await log.record({ action: 'add', dossierId: 'kazakhstan', file: 'grens.md', title: 'Grens', editor: 'U0EDITOR1', from: 'https://krant.example/grens' });
    clock += 60_000;
    await log.record({ action: 'remove', dossierId: 'kazakhstan', file: '.removed/2022-01-11T09-01-00-000Z-grens.md', title: 'Grens', editor: 'U0EDITOR2' });
    const again = await new AuditLog(new FileStore({ stateDir: dir })).entries();
    expect(again).toEqual([
      { action: 'add', time: '2022-01-11T09:00:00.000Z', dossierId: 'kazakhstan', file: 'grens.md', title: 'Grens', editor: 'U0EDITOR1', from: 'https://krant.example/grens' },
      { action: 'remove', time: '2022-01-11T09:01:00.000Z', dossierId: 'kazakhstan', file: '.removed/2022-01-11T09-01-00-000Z-grens.md', title: 'Grens', editor: 'U0EDITOR2' },
    ]);
  });
});
