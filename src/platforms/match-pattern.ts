/**
 * Tests a URL against WebExtension match patterns (`https://host/path*`, `*://*.host/*`), so the
 * worker can check a sender's URL against exactly the patterns the manifest declares.
 */
function matchPatternToRegExp(pattern: string): RegExp {
  const m = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`not a match pattern: ${pattern}`);
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const esc = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const schemeRe = scheme === '*' ? 'https?' : esc(scheme);
  const hostRe = host === '*' ? '[^/]+' : host.startsWith('*.') ? `(?:[^/]+\\.)?${esc(host.slice(2))}` : esc(host);
  const pathRe = path.split('*').map(esc).join('.*');
  return new RegExp(`^${schemeRe}://${hostRe}${pathRe}$`);
}

export function urlMatcher(patterns: readonly string[]): (url: string) => boolean {
  const res = patterns.map(matchPatternToRegExp);
  return (url) => res.some((re) => re.test(url));
}
