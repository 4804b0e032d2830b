/**
 * `nextgen-ready data` where the process is the point: the built CLI trusting a certificate
 * Node reads at start-up (NODE_EXTRA_CA_CERTS), through a proxy, and `--version` (whose text
 * the build writes in) naming the feed in force. The rest of `data` runs in-process
 * (test/cli/data.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import {
  runCliAsync,
  serve,
  startHttpsServer,
  startProxy,
  startServer,
  TLS_CERT,
  type TestServer,
} from '../helpers/feed-server.js';
import { tempDir } from '../helpers/fixtures.js';

const RAW = join(ROOT, 'sources', 'reference', 'pacer-feed-raw');
const FEED_2023 = readFileSync(join(RAW, '2023-01-10.json'));

/** The 2023 copy, dated later: a newer feed to take. */
function newerFeed(): Buffer {
  const feed = JSON.parse(FEED_2023.toString('utf8')) as { meta: { last_updated: string } };
  feed.meta.last_updated = 'Fri, 20 Nov 2026 06:10:05 -0500';
  return Buffer.from(JSON.stringify(feed));
}

let server: TestServer;
let https: TestServer;
let tunnel: TestServer;
let refusingProxy: TestServer;

beforeAll(async () => {
  server = await startServer({ '/newer.json': serve(newerFeed()) });
  https = await startHttpsServer({ '/newer.json': serve(newerFeed()) });
  tunnel = await startProxy();
  refusingProxy = await startProxy({ refuse: true });
});

afterAll(async () => {
  await Promise.all([server, https, tunnel, refusingProxy].map((each) => each?.close()));
});

/** The built CLI with a cache directory of its own. */
function data(cache: string, args: readonly string[], env: Record<string, string> = {}) {
  return runCliAsync(args, { env: { NEXTGEN_READY_CACHE_DIR: cache, ...env } });
}

describe('HTTPS and proxies', () => {
  it('fetches over HTTPS from a server whose certificate is trusted (NODE_EXTRA_CA_CERTS)', async () => {
    const result = await data(tempDir(), ['data', 'update', '--url', `${https.url}/newer.json`], {
      NODE_EXTRA_CA_CERTS: TLS_CERT,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('goes through the proxy HTTPS_PROXY names, as a CONNECT tunnel', async () => {
    const result = await data(tempDir(), ['data', 'update', '--url', `${https.url}/newer.json`], {
      HTTPS_PROXY: tunnel.url,
      NODE_EXTRA_CA_CERTS: TLS_CERT,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(tunnel.seen).toContain(`CONNECT 127.0.0.1:${https.port}`);
  });

  it('bypasses the proxy for the hosts NO_PROXY names', async () => {
    const seenBefore = refusingProxy.seen.length;
    const result = await data(tempDir(), ['data', 'update', '--url', `${https.url}/newer.json`], {
      HTTPS_PROXY: refusingProxy.url,
      NO_PROXY: 'localhost,127.0.0.1',
      NODE_EXTRA_CA_CERTS: TLS_CERT,
    });
    expect(result.code).toBe(0);
    expect(refusingProxy.seen.length).toBe(seenBefore);
  });
});

describe('--version', () => {
  it('names the stored feed in force, and the bundled one when nothing is stored', async () => {
    const cache = tempDir();
    const bundled = await data(cache, ['--version']);
    expect(bundled.stdout).toMatch(
      /^\d+\.\d+\.\d+\nCourt data: PACER's court feed of January 10, 2023;/,
    );
    expect((await data(cache, ['data', 'update', '--url', `${server.url}/newer.json`])).code).toBe(
      0,
    );
    const stored = await data(cache, ['--version']);
    expect(stored.stdout).toMatch(
      /^\d+\.\d+\.\d+\nCourt data: PACER's court feed of November 20, 2026 \(downloaded [A-Z][a-z]+ \d+, \d{4}\); court pages checked/,
    );
  });
});
