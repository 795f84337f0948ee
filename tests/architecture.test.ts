/**
 * The house rules that keep the flow readable (knowledge → search → answer → surfaces): no import
 * cycles, the core never imports a surface or Slack, search never imports what renders it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/seeds.js';

const SRC = path.join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

interface Imports {
  /** Modules of src this file needs at run time (type-only imports erase and cannot cycle). */
  local: string[];
  /** Package names imported, types included. */
  packages: string[];
}

/** What a source file imports, from its import and re-export statements. */
function importsOf(file: string, text: string): Imports {
  const local: string[] = [];
  const packages: string[] = [];
  for (const match of text.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?'([^']+)'/gmu)) {
    const [, , typeOnly, specifier] = match as unknown as [string, string, string | undefined, string];
    if (specifier.startsWith('.')) {
      if (!typeOnly) local.push(path.relative(SRC, path.resolve(path.dirname(file), specifier.replace(/\.js$/u, '.ts'))));
    } else if (!specifier.startsWith('node:')) {
      packages.push(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] as string));
    }
  }
  return { local, packages };
}

/** Strongly connected groups of more than one module (Tarjan): each is an import cycle. */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    order.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, order.get(w) as number));
    }
    if (low.get(v) !== order.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop() as string;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1) cycles.push(group.sort());
  };
  for (const v of graph.keys()) if (!order.has(v)) visit(v);
  return cycles;
}

const modules = new Map(sourceFiles(SRC).map((file) => [path.relative(SRC, file), importsOf(file, readFileSync(file, 'utf8'))]));
const folderOf = (module: string): string => module.split(path.sep)[0] as string;

/** Folders of the core: they know nothing of the surfaces that render them. */
// observe (metrics, logger, request context) serves every surface and knows none of them.
const CORE = ['text', 'knowledge', 'search', 'answer', 'figures', 'reply', 'digest', 'state', 'library', 'config', 'ingest', 'eval', 'observe'];
const SURFACES = ['slack', 'console', 'cli'];

describe('architecture', () => {
  it('finds a cycle and none where there is none (the checker itself)', () => {
    expect(cyclesOf(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c']]);
    expect(cyclesOf(new Map([['a', ['b']], ['b', ['c']], ['c', []]]))).toEqual([]);
    const seen = importsOf(path.join(SRC, 'x/y.ts'), "import type { A } from './a.js';\nimport { b } from '../b.js';\nexport { c } from './c.js';\nimport { App } from '@slack/bolt';\nimport fs from 'node:fs';\n");
    expect(seen).toEqual({ local: ['b.ts', path.join('x', 'c.ts')], packages: ['@slack/bolt'] });
  });

  it('has no import cycles between modules', () => {
    const graph = new Map([...modules].map(([module, imports]) => [module, imports.local]));
    expect(cyclesOf(graph)).toEqual([]);
  });

  it('keeps Slack and the surfaces out of the core', () => {
    const offenders = [...modules]
      .filter(([module]) => CORE.includes(folderOf(module)))
      .flatMap(([module, imports]) => [
        ...imports.local.filter((m) => SURFACES.includes(folderOf(m))).map((m) => `${module} → ${m}`),
        ...imports.packages.filter((p) => p.startsWith('@slack/')).map((p) => `${module} → ${p}`),
      ]);
    expect(offenders).toEqual([]);
  });

  it('keeps search below what uses it: it never imports answer, reply, digest or figures', () => {
    const offenders = [...modules]
      .filter(([module]) => folderOf(module) === 'search')
      .flatMap(([module, imports]) => imports.local.filter((m) => ['answer', 'reply', 'digest', 'figures'].includes(folderOf(m))).map((m) => `${module} → ${m}`));
    expect(offenders).toEqual([]);
  });
});
