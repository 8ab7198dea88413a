/**
 * Vite plugin for the content scripts' sub-builds: the word tables' citations stay out of what ships.
 *
 * Every block of a word table (src/platforms/coverage.ts: LanguageBlock, LanguagePattern) names the sources its
 * words come from, beside the words, so a word and its evidence are edited together and the coverage document
 * (docs/reader-coverage.md) lists them from the very tables the readers read with. The readers never read
 * `sources`; in a content script they would only be bytes every seller page loads. So in the content scripts'
 * build the `sources` property of each such block is cut out of the parsed source: an object literal with a
 * `lang` key and a `sources` key, in the platform modules. Nothing else changes; a build test checks that no
 * citation key ships and that the coverage document still lists them (test/unit/build/content-scripts.test.ts).
 */
import MagicString from 'magic-string';
import { parseAst, type Plugin } from 'vite';

const PLATFORM_MODULE = /[\\/]src[\\/]platforms[\\/].+\.ts$/u;

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

function keyName(property: Node): string | undefined {
  if (property.type !== 'Property' || property.computed) return undefined;
  const key = property.key as Node;
  if (key.type === 'Identifier') return key.name as string;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  return undefined;
}

/** Every object literal of `root`, depth first. */
function* objectsIn(root: Node): Generator<Node> {
  if (root.type === 'ObjectExpression') yield root;
  for (const value of Object.values(root)) {
    for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) yield* objectsIn(child);
  }
}

/** `code` (JavaScript) without the `sources` of its citation blocks; null when it has none. */
export function withoutCitations(code: string): string | null {
  if (!code.includes('sources')) return null;
  const out = new MagicString(code);
  let cut = 0;
  for (const object of objectsIn(parseAst(code) as unknown as Node)) {
    const properties = object.properties as Node[];
    const names = properties.map(keyName);
    const at = names.indexOf('sources');
    if (at < 0 || !names.includes('lang')) continue;
    // From the property to the next one (its comma and the space after it), or from the previous one's end.
    const next = properties[at + 1];
    const previous = properties[at - 1];
    if (next) out.remove(properties[at]!.start, next.start);
    else if (previous) out.remove(previous.end, properties[at]!.end);
    else out.remove(properties[at]!.start, properties[at]!.end);
    cut++;
  }
  return cut ? out.toString() : null;
}

export function citationsLeftOut(): Plugin {
  return {
    name: 'coc-citations-left-out',
    apply: 'build',
    // After the TypeScript transform: the parser reads plain JavaScript.
    enforce: 'post',
    transform(code, id) {
      if (!PLATFORM_MODULE.test(id)) return null;
      const stripped = withoutCitations(code);
      return stripped === null ? null : { code: stripped, map: null };
    },
  };
}
