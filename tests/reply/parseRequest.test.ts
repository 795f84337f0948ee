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
    ['add <https://nos.nl/artikel/1|nos.nl/artikel/1>', { kind: 'add', link: 'https://nos.nl/artikel/1' }],
    ['toevoegen https://nos.nl/artikel/1.', { kind: 'add', link: 'https://nos.nl/artikel/1' }],
    ['<https://nos.nl/artikel/1>', { kind: 'add', link: 'https://nos.nl/artikel/1' }],
    ['add', { kind: 'add' }],
    ['add <https://krant.example/a?id=1&amp;p=2>', { kind: 'add', link: 'https://krant.example/a?id=1&p=2' }],
    ['add geen link', { kind: 'add', link: 'geen link' }],
    ['<https://nos.nl/x|Rusland stuurt troepen>', { kind: 'ask', query: 'Rusland stuurt troepen' }],
    ['remove tokajev-staatsgreep.md', { kind: 'remove', article: 'tokajev-staatsgreep.md' }],
    ['verwijderen <@U123> Rusland stuurt', { kind: 'remove', article: 'Rusland stuurt' }],
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
