import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/reply/parseRequest.js';
import { SUBCOMMANDS } from '../../src/reply/commands.js';

describe('parseRequest', () => {
  it.each([
    ['', { kind: 'help' }],
    ['help', { kind: 'help' }],
    ['HULP', { kind: 'help' }],
    ['sources', { kind: 'sources' }],
    ['bronnen', { kind: 'sources' }],
    ['digest', { kind: 'digest' }],
    ['figures', { kind: 'figures' }],
    ['cijfers arrestaties', { kind: 'figures', topic: 'arrestaties' }],
    ['troops', { kind: 'ask', query: 'troops' }],
    ['  hoeveel gearresteerd ', { kind: 'ask', query: 'hoeveel gearresteerd' }],
    ['x'.repeat(501), { kind: 'too_long', length: 501 }],
  ])('%j', (text, request) => expect(parseRequest(text)).toEqual(request));

  it('understands every word of the command table, in any case, and nothing else as a subcommand', () => {
    for (const command of SUBCOMMANDS) {
      for (const word of command.words) {
        expect(parseRequest(word).kind).toBe(command.kind);
        expect(parseRequest(word.toUpperCase()).kind).toBe(command.kind);
      }
    }
    expect(parseRequest('sources of the unrest').kind).toBe('ask');
  });
});
