/**
 * URLs in a page sample (its own address, links): the host stays when it is one the platform serves, path segments
 * stay when they are the platform's order-page words (`orders-v3`, `detail.html`), query keys stay, and every id,
 * store name and query value is replaced by its shape. The page's own address may also keep a segment its reader
 * needs to recognise the page (a path we have not listed yet): without it the sample could not become a fixture.
 */
import { matchKey } from '../../platforms/text';
import { type Allowed, type FakeDigits, redactText, shapeText } from './redact-text';

export interface UrlPolicy {
  allowed: Allowed;
  digits: FakeDigits;
  /** Host names the platform serves (from its match patterns); `*.` names a wildcard's fixed part. */
  hosts: readonly string[];
  /** The page's reader: whether it still recognises the redacted address. */
  recognises?: (url: URL) => boolean;
}

/** Hosts from manifest match patterns ("https://*.myshopify.com/admin/*" → "*.myshopify.com"). */
export const hostsOf = (patterns: readonly string[]): string[] =>
  patterns.map((p) => /^[a-z*]+:\/\/([^/]+)/.exec(p)?.[1] ?? '').filter((h) => h !== '');

function redactHost(host: string, policy: UrlPolicy): string {
  for (const known of policy.hosts) {
    if (known === host) return host;
    if (known.startsWith('*.') && host.endsWith(known.slice(1)))
      return `${shapeText(host.slice(0, -known.length + 1), policy.digits)}${known.slice(1)}`;
  }
  // Another site: its name shaped, its top-level domain kept.
  const labels = host.split('.');
  return labels.map((label, i) => (i === labels.length - 1 ? label : shapeText(label, policy.digits))).join('.');
}

/** A value kept as written when it is a known word (a status key in `tradeStatus=waitsellersend`), else shaped. */
const redactValue = (value: string, policy: UrlPolicy): string =>
  policy.allowed.words.has(matchKey(value)) ? value : shapeText(value, policy.digits);

interface Parts {
  segments: string[];
  query: Array<[string, string]>;
  hash: string;
}

function assemble(url: URL, host: string, parts: Parts): URL {
  const out = new URL(`${url.protocol}//${host}${url.port ? `:${url.port}` : ''}/`);
  out.pathname = parts.segments.join('/');
  for (const [key, value] of parts.query) out.searchParams.append(key, value);
  out.hash = parts.hash;
  return out;
}

const decoded = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/** A URL with every id and value replaced (see the module's comment); '' for a URL that cannot be parsed. */
export function redactUrl(href: string, base: string, policy: UrlPolicy): string {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return '';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return url.protocol === 'mailto:' || url.protocol === 'tel:' ? `${url.protocol}${shapeText(url.pathname, policy.digits)}` : '';
  const host = redactHost(url.hostname, policy);
  const original = url.pathname.split('/').map(decoded);
  const shaped = original.map((segment) =>
    policy.allowed.pathWords.has(segment) || segment === '' ? segment : shapeText(segment, policy.digits),
  );
  const query = [...url.searchParams].map(([key, value]): [string, string] => [key, redactValue(value, policy)]);
  const hash = url.hash === '' ? '' : redactValue(url.hash.slice(1), policy);
  const parts: Parts = { segments: shaped, query, hash };
  const recognises = policy.recognises;
  if (recognises?.(url) && !recognises(assemble(url, host, parts))) {
    // Back one segment or value at a time, keeping only those the reader needs (a store name it does not need stays shaped).
    const needed: Parts = { segments: [...original], query: [...url.searchParams], hash: url.hash.slice(1) };
    for (let i = 0; i < original.length; i += 1) {
      const trial = { ...needed, segments: needed.segments.map((s, j) => (j === i ? shaped[i]! : s)) };
      if (recognises(assemble(url, host, trial))) needed.segments = trial.segments;
    }
    for (let i = 0; i < query.length; i += 1) {
      const trial = { ...needed, query: needed.query.map((q, j) => (j === i ? query[i]! : q)) };
      if (recognises(assemble(url, host, trial))) needed.query = trial.query;
    }
    if (recognises(assemble(url, host, { ...needed, hash }))) needed.hash = hash;
    parts.segments = needed.segments;
    parts.query = needed.query;
    parts.hash = needed.hash;
  }
  const out = assemble(url, host, parts);
  // A link written relative to the page stays relative: "#copy" stays a fragment, "?page=2" a query.
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href)) return out.href;
  if (href.startsWith('#')) return out.hash;
  if (href.startsWith('?')) return `${out.search}${out.hash}`;
  return `${out.pathname}${out.search}${out.hash}`;
}

/** An attribute that reads like a query string (`orderId=…&from=…`): keys kept, values as text. */
export function redactQueryLike(value: string, allowed: Allowed, digits: FakeDigits): string | null {
  if (!/^[\w.-]+=[^&=]*(?:&[\w.-]+=[^&=]*)+$|^[\w.-]+=[^&=]+$/u.test(value)) return null;
  return value
    .split('&')
    .map((pair) => {
      const [key = '', text = ''] = pair.split('=');
      return `${key}=${redactText(text, allowed, digits)}`;
    })
    .join('&');
}
