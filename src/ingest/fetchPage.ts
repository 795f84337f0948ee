/**
 * Fetches a web page for ingest, safely: http(s) only; bounded in time, size and redirects; and
 * never a host that resolves to a private, loopback or link-local address (the server's own
 * network) unless the operator allowed it (`INGEST_ALLOW_HOSTS`: host names or CIDR ranges, for an
 * intranet CMS). Every failure is a sentence an editor can act on. I/O is injected for tests.
 */
import { lookup as dnsLookupCallback, type LookupAddress, type LookupOptions } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { Agent } from 'undici';
import { readCappedBody } from './readCappedBody.js';
import { mapped } from '../lists/loops.js';

export interface FetchPageOptions {
  /** Host names and CIDR ranges that may be fetched although private. */
  allowHosts?: readonly string[];
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  fetch?: typeof fetch;
  /** Addresses a host name resolves to. */
  lookup?: (host: string) => Promise<string[]>;
}

export type FetchedPage = { ok: true; html: string; url: string } | { ok: false; reason: string };

const PAGE_LIMITS = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 } as const;

/** Addresses of the server's own networks: never fetched on an editor's say-so. */
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  // NAT64 and 6to4 carry IPv4 addresses, private ones included.
  ['64:ff9b::', 96],
  ['2002::', 16],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}

const familyOf = (address: string): 'ipv4' | 'ipv6' => (isIP(address) === 6 ? 'ipv6' : 'ipv4');
/** `::ffff:10.0.0.1` is 10.0.0.1. */
const unmapped = (address: string): string => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/iu, '$1');

/** Whether `address` (or the host) is on the allow list: a host name, an address, or a CIDR range. */
function allowed(host: string, address: string, allowHosts: readonly string[]): boolean {
  const list = new BlockList();
  for (const entry of allowHosts) {
    const [network, bits] = entry.split('/');
    if (network && isIP(network)) {
      if (bits === undefined) list.addAddress(network, familyOf(network));
      else list.addSubnet(network, Number(bits), familyOf(network));
    } else if (entry.toLowerCase() === host.toLowerCase()) return true;
  }
  return list.check(address, familyOf(address));
}

async function systemLookup(host: string): Promise<string[]> {
  return mapped((await dnsLookup(host, { all: true })), (entry) => entry.address);
}

/** An address of the server's own networks that the operator did not allow for this host. */
function forbidden(host: string, raw: string, allowHosts: readonly string[]): boolean {
  const address = unmapped(raw);
  return PRIVATE.check(address, familyOf(address)) && !allowed(host, address, allowHosts);
}

const privateNetwork = (host: string): string => `${host} is on a private network; an operator can allow it in INGEST_ALLOW_HOSTS`;
const EPRIVATE = 'EPRIVATE';

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * Connections resolve the name once more, themselves: held to the same rule, so a name that
 * answered with a public address for the check and a private one for the connection (DNS
 * rebinding) reaches nothing. The address checked here is the address connected to.
 */
function guardedAgent(allowHosts: readonly string[]): Agent {
  const lookup = (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dnsLookupCallback(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      if (addresses.length === 0 || addresses.some((a) => forbidden(hostname, a.address, allowHosts))) return callback(Object.assign(new Error(privateNetwork(hostname)), { code: EPRIVATE }), []);
      const [first] = addresses as [LookupAddress];
      if (options.all) callback(null, addresses);
      else callback(null, first.address, first.family);
    });
  };
  return new Agent({ connect: { lookup } });
}

/** Why a URL may not be fetched, or undefined when it may. */
async function refusal(url: URL, allowHosts: readonly string[], lookup: (host: string) => Promise<string[]>): Promise<string | undefined> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `only http and https links can be added (not ${url.protocol.replace(/:$/u, '')})`;
  if (url.username || url.password) return 'links with a user name or password in them are not fetched';
  const host = url.hostname.replace(/^\[|\]$/gu, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await lookup(host);
  } catch {
    return `the host ${host} cannot be found`;
  }
  if (addresses.length === 0) return `the host ${host} cannot be found`;
  return addresses.some((raw) => forbidden(host, raw, allowHosts)) ? privateNetwork(host) : undefined;
}

export async function fetchPage(address: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const { allowHosts = [], timeoutMs = PAGE_LIMITS.timeoutMs, maxBytes = PAGE_LIMITS.maxBytes, maxRedirects = PAGE_LIMITS.maxRedirects, fetch: get = fetch, lookup = systemLookup } = options;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { ok: false, reason: `${JSON.stringify(address.slice(0, 200))} is not a link` };
  }
  const signal = AbortSignal.timeout(timeoutMs);
  // An injected fetch (tests) brings its own connections.
  const dispatcher = options.fetch ? undefined : guardedAgent(allowHosts);
  try {
    for (let hop = 0; ; hop++) {
      const refused = await refusal(url, allowHosts, lookup);
      if (refused) return { ok: false, reason: refused };
      const init = { redirect: 'manual', signal, headers: { accept: 'text/html,application/xhtml+xml', 'user-agent': 'dossier-bot (newsroom ingest)' }, ...(dispatcher ? { dispatcher } : {}) } as RequestInit;
      const response = await get(url, init);
      if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
        if (hop >= maxRedirects) return { ok: false, reason: `more than ${maxRedirects} redirects` };
        url = new URL(response.headers.get('location') as string, url);
        continue;
      }
      if (!response.ok) return { ok: false, reason: `the page answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
      const type = response.headers.get('content-type') ?? '';
      if (!/text\/html|application\/xhtml\+xml/iu.test(type)) return { ok: false, reason: `not a web page (content type ${type || 'unknown'})` };
      const body = await readCappedBody(response, maxBytes);
      if (!body) return { ok: false, reason: `the page is larger than ${Math.round(maxBytes / 1024 / 1024)} MB` };
      return { ok: true, html: new TextDecoder('utf-8').decode(body), url: url.href };
    }
  } catch (error) {
    if (signal.aborted) return { ok: false, reason: `no answer within ${Math.round(timeoutMs / 1000)} s` };
    const cause = (error as { cause?: NodeJS.ErrnoException }).cause;
    if (cause?.code === EPRIVATE) return { ok: false, reason: cause.message };
    return { ok: false, reason: `the page could not be fetched (${cause?.message ?? (error as Error).message})` };
  } finally {
    await dispatcher?.destroy().catch(() => undefined);
  }
}
