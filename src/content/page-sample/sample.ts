/**
 * A page sample: a redacted copy of a page's order area, as an HTML file a person can save from an `unknown` hint
 * and send us, so a layout we cannot read yet can become a test fixture (test/fixtures/<platform>/).
 *
 * Kept: element names, the structure, class names, attribute names, code-like attribute values (id, role, type,
 * data-test-id …), open shadow roots (as `<template shadowrootmode="open">`, which is how the fixtures write them),
 * and, of the text, only the platform's own words (./redact-text.ts), dates, times and punctuation. Replaced:
 * every other text and attribute value, by a placeholder of the same shape; URLs as ./redact-url.ts says. Removed:
 * scripts, styles, frames, embedded objects, images' sources, event handlers, comments and our own hints.
 *
 * Pure: a function of the DOM it is given (it never changes it) and the values passed in, so Node tests run it on
 * every fixture. Typed values of form fields are never read (only the page's attributes are).
 */
import type { PageWords } from '../../platforms/page-words';
import type { Platform } from '../../rules/types';
import { allowedFrom, type Allowed, FakeDigits, redactText, shapeText } from './redact-text';
import { redactQueryLike, redactUrl, type UrlPolicy } from './redact-url';

export interface SampleInput {
  platform: Platform;
  /** The reader that knows the page kind, e.g. 'amazon/order-details'. */
  pageKind: string;
  /** The order area: the reader's app root, else the page's body. */
  area: Element;
  /** The page's address (it is redacted too). */
  url: string;
  savedAt: Date;
  /** The extension's version, so a fixture says which reader saw the page. */
  version: string;
  words: PageWords;
  /** Host names the platform serves (see redact-url.ts `hostsOf`). */
  hosts: readonly string[];
  /** Whether the page's reader recognises an address (so the sample's address keeps what the reader needs). */
  recognises?: (url: URL) => boolean;
}

/** Never copied: code, embedded documents and media sources, and the hints we put on the page ourselves. */
const DROPPED_ELEMENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'link',
  'meta',
  'base',
  'cancel-or-close-hint',
  'cancel-or-close-summary',
]);
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Attributes whose value is a resource or code to run: dropped, name and all. */
const DROPPED_ATTRIBUTES = new Set([
  'src',
  'srcset',
  'poster',
  'srcdoc',
  'integrity',
  'nonce',
  'ping',
  'background',
  'formaction',
  'imagesrcset',
]);
const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'action', 'cite', 'data-href', 'data-url']);
/**
 * Attributes whose values are the page's code, not its content: kept (long digit runs in them replaced), as long as
 * they look like code (letters, digits and a few separators); a value with anything else is redacted as text.
 */
const CODE_ATTRIBUTES = new Set([
  'class',
  'id',
  'role',
  'type',
  'slot',
  'part',
  'name',
  'for',
  'lang',
  'dir',
  'rel',
  'target',
  'method',
  'variant',
  'size',
  'shadowrootmode',
  'popover',
  'tabindex',
  'colspan',
  'rowspan',
  'width',
  'height',
  'hidden',
  'disabled',
  'checked',
  'selected',
  'readonly',
  'required',
  'multiple',
  'autocomplete',
  'inputmode',
  'draggable',
  'spellcheck',
  'translate',
  'loading',
  'decoding',
  'viewbox',
  'xmlns',
  'd',
  'fill',
  'stroke',
  'points',
  'transform',
  'data-test-id',
  'data-testid',
  'data-test',
  'data-qa',
  'data-cy',
  'aria-hidden',
  'aria-expanded',
  'aria-selected',
  'aria-checked',
  'aria-disabled',
  'aria-current',
  'aria-live',
  'aria-level',
  'aria-haspopup',
  'aria-controls',
  'aria-labelledby',
  'aria-describedby',
  'aria-owns',
  'aria-pressed',
  'aria-readonly',
  'aria-required',
  'aria-sort',
  'aria-modal',
  'aria-busy',
  'aria-atomic',
  'aria-orientation',
]);
const CODE_LIKE = /^[\w\s:.,\-/#%()]*$/u;
const LONG_DIGITS = /\d{5,}/gu;

class Redactor {
  private readonly digits = new FakeDigits();
  private readonly allowed: Allowed;
  private readonly urls: UrlPolicy;

  constructor(private readonly input: SampleInput) {
    this.allowed = allowedFrom(input.words);
    this.urls = { allowed: this.allowed, digits: this.digits, hosts: input.hosts };
  }

  text(text: string): string {
    return redactText(text, this.allowed, this.digits);
  }

  pageUrl(): string {
    return redactUrl(this.input.url, this.input.url, { ...this.urls, ...(this.input.recognises && { recognises: this.input.recognises }) });
  }

  attribute(name: string, value: string): string | null {
    if (name.startsWith('on') || DROPPED_ATTRIBUTES.has(name)) return null;
    if (URL_ATTRIBUTES.has(name)) return redactUrl(value, this.input.url, this.urls);
    if (CODE_ATTRIBUTES.has(name) && CODE_LIKE.test(value)) return value.replace(LONG_DIGITS, (run) => this.digits.fake(run));
    if (name === 'style') return this.style(value);
    return redactQueryLike(value, this.allowed, this.digits) ?? this.text(value);
  }

  /** Layout stays; a style's resources and quoted texts (`content: "…"`) do not. */
  private style(value: string): string {
    return value
      .replace(/url\([^)]*\)/gi, 'url()')
      .replace(/(["'])(?:(?!\1).)*\1/gu, (quoted) => shapeText(quoted, this.digits))
      .replace(LONG_DIGITS, (run) => this.digits.fake(run));
  }

  element(el: Element, out: string[]): void {
    const tag = el.localName;
    if (DROPPED_ELEMENTS.has(tag)) return;
    out.push(`<${tag}${this.attributes(el)}>`);
    if (VOID_ELEMENTS.has(tag)) return;
    const shadow = el.shadowRoot;
    if (shadow) {
      out.push('<template shadowrootmode="open">');
      this.children(shadow, out);
      out.push('</template>');
    }
    this.children(el, out);
    out.push(`</${tag}>`);
  }

  attributes(el: Element): string {
    let written = '';
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = this.attribute(name, attr.value);
      if (value !== null) written += value === '' ? ` ${attr.name}` : ` ${attr.name}="${escapeAttribute(value)}"`;
    }
    return written;
  }

  children(parent: ParentNode, out: string[]): void {
    for (let node = (parent as Node).firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 1) this.element(node as Element, out);
      else if (node.nodeType === 3) out.push(escapeText(this.text(node.nodeValue ?? '')));
      // Comments, processing instructions: never copied.
    }
  }
}

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string): string => escapeText(s).replace(/"/g, '&quot;');
/** Text inside an HTML comment may not hold "--". */
const inComment = (s: string): string => s.replace(/--/g, '-\u2011');

/** The ancestors between the page's body and the area, as empty shells: selectors such as `#MYO-app …` still match. */
function shellsOf(area: Element): Element[] {
  const shells: Element[] = [];
  for (
    let parent = area.parentElement;
    parent && parent.localName !== 'body' && parent.localName !== 'html';
    parent = parent.parentElement
  ) {
    shells.unshift(parent);
  }
  return shells;
}

/** The file a page sample is saved as (see the module's comment), starting with the `<!-- url: … -->` line fixtures start with. */
export function pageSample(input: SampleInput): string {
  const r = new Redactor(input);
  const url = r.pageUrl();
  const doc = input.area.ownerDocument;
  const lang = doc.documentElement.getAttribute('lang') ?? '';
  const body = doc.body;
  const out: string[] = [];
  if (input.area === body || !body) r.children(input.area, out);
  else {
    const shells = shellsOf(input.area);
    for (const shell of shells) out.push(`<${shell.localName}${r.attributes(shell)}>`);
    r.element(input.area, out);
    for (const shell of shells.reverse()) out.push(`</${shell.localName}>`);
  }
  const header = [
    `Page sample saved by Cancel or Close ${input.version} on ${input.savedAt.toISOString().slice(0, 10)}: redacted by Cancel or Close — check before sharing.`,
    `Platform: ${input.platform}. Page: ${input.pageKind}. Address (ids and values replaced): ${url}`,
    'Kept: element names, structure, class names, attribute names, code-like attribute values, the platform’s status words and labels, dates, times, punctuation.',
    'Replaced by placeholders of the same shape (x, X, 某, 0): every other text (names, addresses, phone numbers, e-mails, product titles, prices, notes, ids) and attribute value, link addresses included.',
    'Removed: scripts, styles, frames, embedded objects, image sources, event handlers, comments, form values typed in.',
  ];
  return [
    `<!-- url: ${inComment(url)} -->`,
    `<!--\n${header.map((line) => `  ${inComment(line)}`).join('\n')}\n-->`,
    '<!DOCTYPE html>',
    `<html${/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(lang) ? ` lang="${lang}"` : ''}>`,
    '<head><meta charset="utf-8"><title>Page sample</title></head>',
    `<body${body ? r.attributes(body) : ''}>`,
    out.join(''),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
