/**
 * Vite plugin for the content scripts' sub-builds: the word tables' citations stay out of what ships.
 *
 * Every block of a word table (src/platforms/coverage.ts: LanguageBlock, LanguagePattern) names its interface
 * language and the sources its words come from, beside the words, so a word and its evidence are edited together
 * and the coverage document (docs/reader-coverage.md) lists them from the very tables the readers read with. The
 * readers read only the words (or the pattern): `lang` and `sources` are the document's, and in a content script
 * they would only be bytes every seller page loads. So in the content scripts' build both are cut out of the
 * parsed source, from every object literal that has both keys, in the platform modules. Nothing else changes; a
 * build test checks that no citation ships and that the coverage document still lists them
 * (test/unit/build/content-scripts.test.ts).
 */
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

/** The fields of a word table's block that only the coverage document reads. */
const DOCUMENT_ONLY = ['lang', 'sources'];

/** `code` (JavaScript) without the document-only fields of its word tables' blocks; null when it has none. */
export function withoutCitations(code: string): string | null {
  if (!code.includes('sources')) return null;
  // Each cut: a document-only property with the comma after it, up to the next property (an object literal
  // allows the comma a cut last property leaves after the one before it).
  const cuts: Array<readonly [number, number]> = [];
  for (const object of objectsIn(parseAst(code) as unknown as Node)) {
    const properties = object.properties as Node[];
    const names = properties.map(keyName);
    if (!DOCUMENT_ONLY.every((name) => names.includes(name))) continue;
    properties.forEach((property, i) => {
      if (DOCUMENT_ONLY.includes(names[i] ?? '')) cuts.push([property.start, properties[i + 1]?.start ?? property.end]);
    });
  }
  if (cuts.length === 0) return null;
  // Blocks do not nest in one another, so the cuts never overlap: cut from the end, the earlier offsets stay right.
  let out = code;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + out.slice(end);
  return out;
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
