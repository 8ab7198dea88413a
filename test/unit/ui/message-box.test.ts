// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findMessageBox, insertIntoBox } from '../../../src/content/message-box';
import { servePlatform } from '../../../src/content/page-platform';
import { platformDefinition } from '../../../src/platforms/registry';
import type { Platform } from '../../../src/rules/types';

afterEach(() => {
  document.body.innerHTML = '';
});

/** A content script serves one platform: the one whose page this is. */
const onPlatform = (platform: Platform) => {
  servePlatform(platformDefinition(platform));
  return platform;
};

const page = (html: string) => {
  document.body.innerHTML = html;
};

describe('findMessageBox', () => {
  it('finds the Amazon Contact buyer textarea by its label, not by its hashed class', () => {
    page(`
      <input class="x9f2" placeholder="Search orders">
      <label for="m1">Nachricht an den Käufer</label>
      <textarea id="m1" class="a-8c1e"></textarea>`);
    expect(findMessageBox(onPlatform('amazon'))?.id).toBe('m1');
  });

  it('finds inputs named by placeholder, aria-label or aria-labelledby, in several languages', () => {
    page('<textarea placeholder="メッセージを入力"></textarea>');
    expect(findMessageBox(onPlatform('amazon'))).toBeInstanceOf(HTMLTextAreaElement);
    page('<div contenteditable="true" aria-label="Escribe tu mensaje"></div>');
    expect(findMessageBox(onPlatform('aliexpress'))?.getAttribute('contenteditable')).toBe('true');
    page('<span id="l">Введите сообщение</span><textarea aria-labelledby="l"></textarea>');
    expect(findMessageBox(onPlatform('aliexpress'))).toBeInstanceOf(HTMLTextAreaElement);
    page('<pre contenteditable="" data-placeholder="请输入消息，按Enter发送"></pre>');
    expect(findMessageBox(onPlatform('1688'))?.tagName).toBe('PRE');
  });

  it('finds nothing for a platform this content script does not serve', () => {
    page('<textarea aria-label="Message"></textarea>');
    expect(findMessageBox(onPlatform('amazon'))).toBeInstanceOf(HTMLTextAreaElement);
    servePlatform(platformDefinition('shopify'));
    expect(findMessageBox('amazon')).toBeNull();
  });

  it('skips hidden, read-only, disabled and search inputs, and pages without a message box', () => {
    page(`
      <div hidden><textarea aria-label="Message"></textarea></div>
      <textarea aria-label="Message" style="display:none"></textarea>
      <textarea aria-label="Message" readonly></textarea>
      <textarea aria-label="Message" disabled></textarea>
      <input aria-label="Search messages">
      <textarea aria-label="Internal note"></textarea>`);
    expect(findMessageBox(onPlatform('amazon'))).toBeNull();
    page('<p>No form here</p>');
    expect(findMessageBox(onPlatform('1688'))).toBeNull();
  });
});

describe('insertIntoBox', () => {
  it('fills a textarea through its own setter and fires input and change, never submitting', () => {
    page('<form><textarea aria-label="Message"></textarea><button type="submit">Send</button></form>');
    const box = findMessageBox(onPlatform('amazon'))!;
    const seen: string[] = [];
    box.addEventListener('input', (e) => seen.push(`${e.type}:${(e as InputEvent).inputType}`));
    box.addEventListener('change', (e) => seen.push(e.type));
    const submit = vi.fn((e: Event) => e.preventDefault());
    document.querySelector('form')!.addEventListener('submit', submit);

    expect(insertIntoBox(box, 'Hello, order 111-2222222-3333333.')).toBe(true);
    expect((box as HTMLTextAreaElement).value).toBe('Hello, order 111-2222222-3333333.');
    expect(seen).toEqual(['input:insertText', 'change']);
    expect(submit).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(box);
  });

  it('keeps a draft and adds the text after it', () => {
    page('<textarea aria-label="Reply">Dear buyer,</textarea>');
    const box = findMessageBox(onPlatform('amazon')) as HTMLTextAreaElement;
    insertIntoBox(box, 'second part');
    expect(box.value).toBe('Dear buyer,\n\nsecond part');
  });

  it('puts text into a contenteditable chat input as text, never as markup', () => {
    page('<div contenteditable="true" aria-label="Type a message"></div>');
    const box = findMessageBox(onPlatform('aliexpress'))!;
    insertIntoBox(box, 'Item <img src=x onerror=alert(1)> shipped');
    expect(box.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(box.querySelector('img')).toBeNull();
  });

  it('refuses a box that left the page', () => {
    page('<textarea aria-label="Message"></textarea>');
    const box = findMessageBox(onPlatform('amazon'))!;
    box.remove();
    expect(insertIntoBox(box, 'x')).toBe(false);
  });
});
