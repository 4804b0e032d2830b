/**
 * Fetching PACER's court feed over HTTPS: with a time limit, a size limit, and through the
 * proxy a firm's network sets in HTTPS_PROXY / HTTP_PROXY, except for the hosts NO_PROXY names.
 *
 * Node 20's own fetch reads none of those variables, so undici's EnvHttpProxyAgent does the
 * proxying (CONNECT tunnels, NO_PROXY matching), given the variables from the command's
 * environment rather than process.env, so tests can set them. undici 7 is the last major that
 * runs on Node 20 (8 needs Node 22).
 *
 * Every way the fetch can fail ends in one UserError line: `feed-unavailable` (nothing
 * trustworthy could be fetched: network, TLS, proxy, time, HTTP status; try again later) or
 * `feed-rejected` (what came is not a feed: over the size limit). Nothing is stored here.
 */
import { EnvHttpProxyAgent, request, type Dispatcher } from 'undici';
import { UserError } from '../errors.js';

export interface DownloadOptions {
  env: Readonly<Record<string, string | undefined>>;
  /** The whole fetch, connecting to the last byte. */
  timeoutMs: number;
  maxBytes: number;
  /** Sent as User-Agent, so a server's operators can tell who asks. */
  userAgent: string;
}

export interface Downloaded {
  bytes: Buffer;
  /** The address it finally came from, after redirects. */
  url: string;
  contentType: string;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const MAX_REDIRECTS = 3;

/**
 * Checks an address the feed may be fetched from: https, or plain http to this machine only
 * (a test server, a local mirror); anything else is a usage error.
 */
export function checkFeedUrl(text: string): URL {
  // Not quoted back: a value typed in the wrong place may be anything, a password too.
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UserError('--url: this value is not an address', {
      hint: 'Give a full https address, e.g. https://pacer.uscourts.gov/file-case/court-cmecf-lookup/data.json.',
    });
  }
  const problem = urlProblem(url);
  if (problem === 'scheme')
    throw new UserError(`--url: ${schemeOf(url)} addresses are not used`, {
      hint: 'Give an https address (plain http only for this machine), or download the file and pass --from FILE.',
    });
  if (problem === 'credentials')
    throw new UserError('--url: the address holds a user name or password', {
      hint: 'The feed is public: give its address without credentials.',
    });
  return url;
}

/** What is wrong with an address to fetch the feed from, if anything. */
function urlProblem(url: URL): 'scheme' | 'credentials' | undefined {
  const local = url.protocol === 'http:' && LOOPBACK.has(url.hostname);
  if (url.protocol !== 'https:' && !local) return 'scheme';
  if (url.username || url.password) return 'credentials';
  return undefined;
}

/** An address's scheme, for messages: "http" (the URL parser allows only letters, digits, +-.). */
const schemeOf = (url: URL) => url.protocol.replace(/:$/, '').slice(0, 16);

/**
 * Where a server redirects to, checked as --url is; a redirect the tool will not follow is the
 * server's doing, not the user's: `feed-unavailable` (69), one line, the address not shown (it
 * may carry anything).
 */
function redirectTarget(location: string, from: URL): URL {
  const unavailable = (why: string) =>
    new UserError(`${from.host} redirects ${why}: the feed was not fetched`, {
      hint: 'Nothing was changed. Ask whoever runs that server, or give another --url (or --from FILE).',
      outcome: 'feed-unavailable',
    });
  let url: URL;
  try {
    url = new URL(location, from);
  } catch {
    throw unavailable('to an address that cannot be read');
  }
  const problem = urlProblem(url);
  if (problem === 'scheme')
    throw unavailable(`to an address that is not https (${schemeOf(url)}:), which is not used`);
  if (problem === 'credentials') throw unavailable('to an address holding a user name or password');
  return url;
}

/**
 * The proxy settings, checked: each must be an http:// or https:// address (undici takes
 * nothing else). `proxy.corp.example:3128` without its scheme is a common slip; socks5:// is
 * not supported. A usage error, named by its variable, the value not shown (it may hold a
 * password).
 */
function checkProxies(env: DownloadOptions['env']): void {
  for (const name of ['https_proxy', 'http_proxy']) {
    for (const variable of [name, name.toUpperCase()]) {
      const value = env[variable];
      if (value === undefined || value === '') continue;
      let url: URL | undefined;
      try {
        url = new URL(value);
      } catch {
        url = undefined;
      }
      if (url === undefined || !['http:', 'https:'].includes(url.protocol) || url.hostname === '')
        throw new UserError(
          `${variable} is not a proxy address nextgen-ready can use: expected http://host:port${url && /^socks/.test(url.protocol) ? ' (SOCKS proxies are not supported)' : ''}`,
          { hint: 'Set it as http://proxy.example:3128 (the scheme included), or unset it.' },
        );
    }
  }
}

/** The proxy settings from the environment, lower case first, as curl and undici read them. */
function proxyOptions(env: DownloadOptions['env']) {
  const pick = (name: string) => env[name.toLowerCase()] ?? env[name.toUpperCase()] ?? '';
  return {
    httpProxy: pick('http_proxy'),
    httpsProxy: pick('https_proxy'),
    noProxy: pick('no_proxy'),
  };
}

/** The proxy a request to `url` goes through, if any (for messages). */
function proxyFor(url: URL, env: DownloadOptions['env']): string | undefined {
  const { httpProxy, httpsProxy, noProxy } = proxyOptions(env);
  const proxy = url.protocol === 'https:' ? httpsProxy || httpProxy : httpProxy;
  if (!proxy) return undefined;
  const host = url.hostname.toLowerCase();
  const bypassed = noProxy
    .split(/[,\s]+/)
    .filter(Boolean)
    .some((entry) => {
      const name = entry
        .replace(/:\d+$/, '')
        .replace(/^\*?\./, '')
        .toLowerCase();
      return entry === '*' || host === name || host.endsWith(`.${name}`);
    });
  return bypassed ? undefined : proxy;
}

/** A proxy address without any user name or password in it, for messages. */
function showProxy(proxy: string): string {
  try {
    const url = new URL(proxy);
    url.username = '';
    url.password = '';
    return url.origin;
  } catch {
    return 'the proxy';
  }
}

const TLS_CODES =
  /^(?:DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT(?:_LOCALLY)?|CERT_[A-Z_]+|ERR_TLS_[A-Z_]+|ERR_SSL_[A-Z_]+|EPROTO)$/;

/** Every code an error and its causes carry, outermost first. */
function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  for (let at: unknown = error, depth = 0; at && depth < 5; depth++) {
    const { code, name, cause } = at as { code?: unknown; name?: unknown; cause?: unknown };
    if (typeof code === 'string') codes.push(code);
    if (typeof name === 'string') codes.push(name);
    at = cause;
  }
  return codes;
}

const seconds = (ms: number) => {
  const count = Math.round(ms / 100) / 10;
  return `${count} second${count === 1 ? '' : 's'}`;
};

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The one line for a failed fetch. */
function fetchError(error: unknown, url: URL, options: DownloadOptions): UserError {
  if (error instanceof UserError) return error;
  const host = url.host;
  const codes = codesOf(error);
  const proxy = proxyFor(url, options.env);
  const unavailable = (message: string, hint: string) =>
    new UserError(message, { hint, outcome: 'feed-unavailable' });
  const retry =
    'Nothing was changed; try again later, or pass --from FILE with a copy of the feed.';
  if (codes.some((code) => /TimeoutError|TIMEOUT/.test(code)) || /timeout/i.test(messageOf(error)))
    return unavailable(
      `no complete answer from ${host} within ${seconds(options.timeoutMs)}`,
      `${retry} --timeout SECONDS allows longer.`,
    );
  const proxyHint =
    'Check HTTPS_PROXY and NO_PROXY with whoever runs your network; nothing was changed.';
  const proxyRefusal = /Proxy response \((\d+)\)/i.exec(messageOf(error));
  if (proxy && (proxyRefusal || codes.includes('UND_ERR_ABORTED')))
    return unavailable(
      `the proxy ${showProxy(proxy)} refused the connection to ${host}${proxyRefusal ? ` (HTTP ${proxyRefusal[1]})` : ''}`,
      proxyHint,
    );
  if (proxy && codes.includes('ECONNREFUSED'))
    return unavailable(`cannot reach the proxy ${showProxy(proxy)} (ECONNREFUSED)`, proxyHint);
  const tls = codes.find((code) => TLS_CODES.test(code));
  if (tls)
    return unavailable(
      `the secure connection to ${host} failed: its certificate is not trusted (${tls})`,
      'Nothing was changed. If your network inspects HTTPS, give its certificate in NODE_EXTRA_CA_CERTS.',
    );
  const code = codes.find((each) => /^E[A-Z]+$/.test(each));
  return unavailable(
    `cannot fetch the feed from ${host}${proxy ? ` through ${showProxy(proxy)}` : ''} (${code ?? messageOf(error)})`,
    retry,
  );
}

/** Drops a body not wanted: destroying it emits an error nobody else listens to. */
function discard(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => undefined);
  body.destroy();
}

/** Reads a response body whole, stopping as soon as it is over the limit. */
async function readBody(body: Dispatcher.ResponseData['body'], maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (length > maxBytes) {
      discard(body);
      throw tooLarge(maxBytes);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, length);
}

/** The error for a feed over the size limit. */
export function tooLarge(maxBytes: number): UserError {
  return new UserError(
    `the feed is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, far more than PACER's feed ever was: not taken`,
    {
      hint: "Nothing was changed. Check the address; PACER's feed is about 2 MB.",
      outcome: 'feed-rejected',
    },
  );
}

/** Fetches the feed at `address` whole, or throws one clear UserError. */
export async function downloadFeed(address: string, options: DownloadOptions): Promise<Downloaded> {
  let url = checkFeedUrl(address);
  checkProxies(options.env);
  const timeout = {
    connect: { timeout: options.timeoutMs },
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
  };
  const dispatcher = new EnvHttpProxyAgent({ ...proxyOptions(options.env), ...timeout });
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    for (let redirects = 0; ; redirects++) {
      let response: Dispatcher.ResponseData;
      try {
        response = await request(url, {
          dispatcher,
          signal,
          headers: { accept: 'application/json', 'user-agent': options.userAgent },
        });
      } catch (error) {
        throw fetchError(error, url, options);
      }
      const { statusCode, headers, body } = response;
      const location = headers.location;
      if (statusCode >= 300 && statusCode < 400 && typeof location === 'string') {
        discard(body);
        if (redirects >= MAX_REDIRECTS)
          throw new UserError(`${url.host} redirects more than ${MAX_REDIRECTS} times`, {
            hint: 'Check the address; nothing was changed.',
            outcome: 'feed-unavailable',
          });
        url = redirectTarget(location, url);
        continue;
      }
      if (statusCode < 200 || statusCode >= 300) {
        discard(body);
        throw new UserError(`${url.host} answered HTTP ${statusCode} instead of the feed`, {
          hint:
            statusCode >= 500
              ? 'The server has a problem; nothing was changed. Try again later.'
              : 'Check the address; nothing was changed.',
          outcome: 'feed-unavailable',
        });
      }
      const declared = Number(headers['content-length']);
      if (Number.isFinite(declared) && declared > options.maxBytes) {
        discard(body);
        throw tooLarge(options.maxBytes);
      }
      let bytes: Buffer;
      try {
        bytes = await readBody(body, options.maxBytes);
      } catch (error) {
        throw fetchError(error, url, options);
      }
      const type = headers['content-type'];
      return { bytes, url: url.href, contentType: typeof type === 'string' ? type : '' };
    }
  } finally {
    await dispatcher.close().catch(() => undefined);
  }
}
