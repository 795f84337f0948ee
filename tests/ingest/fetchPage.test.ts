import nock from 'nock';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from '../../src/ingest/fetchPage.js';

const PUBLIC = '93.184.216.34';
const lookup = async (host: string): Promise<string[]> => {
  const table: Record<string, string[]> = { 'krant.example': [PUBLIC], 'cms.intranet.example': ['10.1.2.3'], 'tricky.example': [PUBLIC, '::ffff:127.0.0.1'], 'meta.example': ['169.254.169.254'] };
  const found = table[host];
  if (!found) throw new Error('ENOTFOUND');
  return found;
};
const html = '<html><body><p>Artikel</p></body></html>';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

describe('fetchPage', () => {
  it('fetches a public web page, following a redirect, and says where it ended up', async () => {
    nock('https://krant.example').get('/kort').reply(301, '', { location: '/artikel/1' }).get('/artikel/1').reply(200, html, { 'content-type': 'text/html; charset=utf-8' });
    expect(await fetchPage('https://krant.example/kort', { lookup })).toEqual({ ok: true, html, url: 'https://krant.example/artikel/1' });
  });

  it.each([
    ['file:///etc/passwd', /only http and https links/u],
    ['ftp://krant.example/a', /only http and https links/u],
    ['https://user:pw@krant.example/a', /user name or password/u],
    ['niet een link', /is not a link/u],
    ['http://127.0.0.1:8080/admin', /private network; an operator can allow it in INGEST_ALLOW_HOSTS/u],
    ['http://[::1]/', /private network/u],
    ['https://cms.intranet.example/a', /private network/u],
    ['https://meta.example/latest', /private network/u],
    ['https://tricky.example/a', /private network/u],
    ['https://nergens.example/a', /cannot be found/u],
  ])('refuses %s before fetching', async (address, reason) => {
    const fetched = await fetchPage(address, { lookup });
    expect(fetched.ok).toBe(false);
    if (!fetched.ok) expect(fetched.reason).toMatch(reason);
  });

  it('fetches a private host the operator allowed, by name or by range', async () => {
    nock('https://cms.intranet.example').get('/a').twice().reply(200, html, { 'content-type': 'text/html' });
    expect((await fetchPage('https://cms.intranet.example/a', { lookup, allowHosts: ['cms.intranet.example'] })).ok).toBe(true);
    expect((await fetchPage('https://cms.intranet.example/a', { lookup, allowHosts: ['10.0.0.0/8'] })).ok).toBe(true);
  });

  it('checks every hop of a redirect: a public page cannot send it to a private one', async () => {
    nock('https://krant.example').get('/a').reply(302, '', { location: 'http://127.0.0.1/internal' });
    const fetched = await fetchPage('https://krant.example/a', { lookup });
    expect(fetched).toMatchObject({ ok: false, reason: expect.stringMatching(/private network/u) });
  });

  it('says what went wrong: 404, not a web page, too many redirects, too large, too slow', async () => {
    nock('https://krant.example').get('/weg').reply(404, 'Not Found');
    expect(await fetchPage('https://krant.example/weg', { lookup })).toEqual({ ok: false, reason: expect.stringMatching(/^the page answered 404/u) });
    nock('https://krant.example').get('/foto.jpg').reply(200, 'x', { 'content-type': 'image/jpeg' });
    expect(await fetchPage('https://krant.example/foto.jpg', { lookup })).toEqual({ ok: false, reason: 'not a web page (content type image/jpeg)' });
    nock('https://krant.example').get('/rond').times(3).reply(302, '', { location: '/rond' });
    expect(await fetchPage('https://krant.example/rond', { lookup, maxRedirects: 2 })).toEqual({ ok: false, reason: 'more than 2 redirects' });
    nock('https://krant.example').get('/groot').reply(200, 'x'.repeat(3 * 1024 * 1024), { 'content-type': 'text/html' });
    expect(await fetchPage('https://krant.example/groot', { lookup, maxBytes: 1024 * 1024 })).toEqual({ ok: false, reason: 'the page is larger than 1 MB' });
    nock('https://krant.example').get('/traag').delay(500).reply(200, html, { 'content-type': 'text/html' });
    expect(await fetchPage('https://krant.example/traag', { lookup, timeoutMs: 100 })).toEqual({ ok: false, reason: expect.stringMatching(/^no answer within/u) });
  });

  describe('the connection itself', () => {
    let server: Server;
    let port: number;
    beforeAll(async () => {
      server = createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(html);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
      nock.enableNetConnect(/^localhost:/u);
    });
    afterAll(async () => {
      nock.disableNetConnect();
      await new Promise((resolve) => server.close(resolve));
    });

    it('refuses a name that answered the check with a public address and the connection with a private one (DNS rebinding)', async () => {
      // The check is told krant-like lies (a public address); the connection resolves `localhost` for real: 127.0.0.1.
      const fetched = await fetchPage(`http://localhost:${port}/artikel`, { lookup: async () => [PUBLIC] });
      expect(fetched).toEqual({ ok: false, reason: 'localhost is on a private network; an operator can allow it in INGEST_ALLOW_HOSTS' });
    });

    it('connects when the operator allowed the host, by name', async () => {
      expect(await fetchPage(`http://localhost:${port}/artikel`, { lookup: async () => [PUBLIC], allowHosts: ['localhost'] })).toEqual({ ok: true, html, url: `http://localhost:${port}/artikel` });
    });
  });
});
