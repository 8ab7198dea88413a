/**
 * The page's own message input, so a rendered message can be put into it with one click:
 * Amazon's "Contact buyer" textarea (messaging page or an open compose box), the AliExpress chat
 * input, the 1688 (Wangwang) chat input. Found by what it says to the person (its label,
 * placeholder or aria text, in several languages), never by class names, which are hashed and
 * change with every release. Inserting types the text in as the person would; nothing is sent.
 */
import { insertTextIntoField } from 'text-field-edit';
import type { Platform } from '../rules/types';
import { servedPlatform } from './page-platform';

export type MessageBox = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

/** Inputs that are never the message box even when their label says "message" (search, subject). */
const NOT_A_MESSAGE = /search|suche|recherche|buscar|cerca|検索|搜索|subject|betreff|objet|asunto|oggetto|件名|主题/i;

const CANDIDATES = 'textarea, input[type="text"], input:not([type]), [contenteditable=""], [contenteditable="true"], [role="textbox"]';

/**
 * The visible message input of this page, or null. The first match in document order wins. The words that name
 * a message input are the platform's own (its `messageBoxWords`); a platform this content script does not serve has none.
 */
export function findMessageBox(platform: Platform, doc: Document = document): MessageBox | null {
  const words = servedPlatform(platform)?.messageBoxWords;
  if (!words) return null;
  for (const el of doc.querySelectorAll<HTMLElement>(CANDIDATES)) {
    if (!isEditable(el) || !isShown(el)) continue;
    const said = describe(el, doc);
    if (words.test(said) && !NOT_A_MESSAGE.test(said)) return el;
  }
  return null;
}

/**
 * Puts `text` into the box as typing would, after any draft the box already holds: through the
 * browser's own editing (text-field-edit), so the page's editor sees real input events and the
 * person can undo the insertion with Ctrl+Z. Where the browser cannot edit that way, the value is
 * set through the element's own setter (so framework-controlled inputs see the change) with input
 * and change events; undo is then lost, the text is not. Returns false when the box is gone.
 */
export function insertIntoBox(box: MessageBox, text: string): boolean {
  if (!box.isConnected || !isEditable(box)) return false;
  box.focus();
  const native = box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement;
  const draft = (native ? box.value : (box.textContent ?? '')).trimEnd();
  const piece = draft ? `\n\n${text}` : text;
  const before = native ? box.value : (box.textContent ?? '');
  caretToEnd(box);
  try {
    insertTextIntoField(box, piece);
  } catch {
    // Some browsers throw instead of returning false from execCommand; the fallback below handles it.
  }
  const after = native ? box.value : (box.textContent ?? '');
  if (after !== before && after.includes(text)) {
    box.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  }
  if (native) {
    const proto = box instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    const value = `${draft}${piece}`;
    if (setter) setter.call(box, value);
    else box.value = value;
  } else {
    // Plain text only: page-derived values inside the message must never become markup.
    box.textContent = `${draft}${piece}`;
  }
  box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  box.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

/** The insertion goes after the draft, wherever the person left the caret. */
function caretToEnd(box: MessageBox): void {
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) {
    const end = box.value.length;
    try {
      box.setSelectionRange(end, end);
    } catch {
      // Input types without a selection (e.g. email) cannot hold a caret; they append anyway.
    }
    return;
  }
  const doc = box.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return;
  const range = doc.createRange();
  range.selectNodeContents(box);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

function isEditable(el: HTMLElement): boolean {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return !el.disabled && !el.readOnly;
  return el.isContentEditable || el.getAttribute('contenteditable') === 'true' || el.getAttribute('contenteditable') === '';
}

function isShown(el: HTMLElement): boolean {
  if (el.closest('[hidden], [aria-hidden="true"], [inert]')) return false;
  if (typeof el.checkVisibility === 'function') return el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return !style || (style.display !== 'none' && style.visibility !== 'hidden');
}

/** Everything the element says about itself to a person or a screen reader. */
function describe(el: HTMLElement, doc: Document): string {
  const parts = [
    el.getAttribute('aria-label'),
    el.getAttribute('placeholder'),
    el.getAttribute('title'),
    el.getAttribute('data-placeholder'),
  ];
  for (const id of (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean))
    parts.push(doc.getElementById(id)?.textContent ?? '');
  if (el.id) for (const label of doc.querySelectorAll(`label[for="${CSS.escape(el.id)}"]`)) parts.push(label.textContent);
  parts.push(el.closest('label')?.textContent ?? '');
  return parts.filter(Boolean).join(' ').slice(0, 500);
}
