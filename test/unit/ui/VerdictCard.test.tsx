// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VerdictCard } from '../../../src/ui/VerdictCard';
import { NOW, sampleMessage, sampleSnapshot, sampleVerdict } from './sample';

const HOSTILE = '<img src=x onerror=alert(1)>';
let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
  vi.restoreAllMocks();
});

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('VerdictCard', () => {
  it('shows the headline, actor, consequences with their tone, and the steps as a checklist', () => {
    render(<VerdictCard verdict={sampleVerdict()} snapshot={sampleSnapshot()} messages={[]} lang="en" now={NOW} />, container);
    expect(container.querySelector('h2')?.textContent).toBe('You can cancel this order now');
    expect(container.querySelector('.coc-badge')?.textContent).toBe('Can cancel');
    expect(container.querySelector('.coc-actor')?.textContent).toBe('You act');
    const bad = container.querySelector('[data-consequence="counts-toward-cancellation-rate"]');
    expect(bad?.classList.contains('coc-cq-bad')).toBe(true);
    expect(bad?.textContent).toContain('Counts toward your cancellation rate (< 2.5 %)');
    expect(container.querySelector('[data-consequence="buyer-not-charged"]')?.classList.contains('coc-cq-good')).toBe(true);
    const steps = [...container.querySelectorAll('.coc-steps li')].map((li) => li.textContent);
    expect(steps).toEqual(['Open the order and click Cancel order', 'Choose the true reason (e.g. No inventory)', 'Click Submit']);
    expect(container.querySelectorAll('.coc-steps input[type="checkbox"]').length).toBe(3);
    expect(container.querySelector('.coc-outcome')?.textContent).toContain('Ends as: canceled');
    expect(container.textContent).toContain('Fix the stock count');
  });

  it('shows each deadline with a countdown and the exact time', () => {
    render(<VerdictCard verdict={sampleVerdict()} snapshot={sampleSnapshot()} messages={[]} lang="en" now={NOW} />, container);
    const items = [...container.querySelectorAll('.coc-deadline')];
    expect(items.map((li) => li.querySelector('.coc-countdown')?.textContent)).toEqual(['in 9 d 14 h', 'in 2 d 4 h']);
    expect(items[1]?.querySelector('time')?.getAttribute('datetime')).toBe('2025-03-12T12:00:00Z');
  });

  it('speaks Chinese when asked, with the supplier as the other party on a buyer page', () => {
    const verdict = sampleVerdict({ action: 'request-cancel', actor: 'other-party' });
    const snapshot = sampleSnapshot({ platform: 'aliexpress', perspective: 'buyer' });
    render(<VerdictCard verdict={verdict} snapshot={snapshot} messages={[]} lang="zh" now={NOW} />, container);
    expect(container.querySelector('h2')?.textContent).toBe('你现在可以取消这个订单');
    expect(container.querySelector('.coc-badge')?.textContent).toBe('需对方同意');
    expect(container.querySelector('.coc-actor')?.textContent).toBe('需供应商操作');
  });

  it('ticks steps on its own, or reports ticks when controlled', () => {
    render(<VerdictCard verdict={sampleVerdict()} snapshot={sampleSnapshot()} messages={[]} lang="en" now={NOW} />, container);
    const box = container.querySelector<HTMLInputElement>('.coc-steps input')!;
    box.click();
    return flush().then(() => {
      expect(container.querySelector('.coc-steps li')?.classList.contains('coc-done')).toBe(true);
      const onTick = vi.fn();
      render(
        <VerdictCard
          verdict={sampleVerdict()}
          snapshot={sampleSnapshot()}
          messages={[]}
          lang="en"
          now={NOW}
          ticked={new Set([2])}
          onTick={onTick}
        />,
        container,
      );
      const boxes = container.querySelectorAll<HTMLInputElement>('.coc-steps input');
      expect(boxes[2]?.checked).toBe(true);
      boxes[1]?.click();
      expect(onTick).toHaveBeenCalledWith(1);
    });
  });

  it('Copy puts the text on the clipboard and calls onCopy with the message', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
    const onCopy = vi.fn();
    const message = sampleMessage();
    render(
      <VerdictCard verdict={sampleVerdict()} snapshot={sampleSnapshot()} messages={[message]} lang="en" now={NOW} onCopy={onCopy} />,
      container,
    );
    const copy = container.querySelector<HTMLButtonElement>('button[aria-label="Copy message: Out of stock: apology"]')!;
    expect(copy.textContent).toBe('Copy');
    copy.click();
    await flush();
    expect(writeText).toHaveBeenCalledWith(message.text);
    expect(onCopy).toHaveBeenCalledWith(message, true);
    await flush();
    expect(container.querySelector('.coc-copy-status')?.textContent).toBe('Copied');
    expect(container.querySelector('.coc-tag')?.textContent).toBe('DE');
  });

  it('offers Insert only when a callback is given', () => {
    const message = sampleMessage();
    const props = { verdict: sampleVerdict(), snapshot: sampleSnapshot(), messages: [message], lang: 'en' as const, now: NOW };
    render(<VerdictCard {...props} />, container);
    expect(container.textContent).not.toContain('Insert into message box');
    const onInsert = vi.fn();
    render(<VerdictCard {...props} onInsert={onInsert} />, container);
    container.querySelector<HTMLButtonElement>('button[aria-label^="Insert into message box"]')!.click();
    expect(onInsert).toHaveBeenCalledWith(message);
  });

  it('renders hostile page text as text, never as elements', () => {
    const verdict = sampleVerdict({ reason: { en: HOSTILE, zh: HOSTILE } });
    const snapshot = sampleSnapshot({ orderId: HOSTILE, nativeStatus: HOSTILE });
    const message = sampleMessage({ text: HOSTILE, title: { en: HOSTILE, zh: HOSTILE }, missing: [HOSTILE] });
    render(<VerdictCard verdict={verdict} snapshot={snapshot} messages={[message]} lang="en" now={NOW} />, container);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.coc-reason')?.textContent).toBe(HOSTILE);
    expect(container.querySelector('.coc-meta')?.textContent).toContain(HOSTILE);
    // With a blank left the preview is text with the blanks marked, still never markup.
    expect(container.querySelector('.coc-tpl-text')?.textContent).toBe(HOSTILE);
    expect(container.querySelector('.coc-tpl-title')?.textContent).toBe(HOSTILE);
  });

  it('will not copy or insert a message with a blank left: it asks for the field by its name, then sends the filled text', async () => {
    const message = sampleMessage({
      language: 'de',
      text: 'Hallo, Ihr [Artikel] ist storniert. [Shopname]',
      missing: ['item', 'storeName'],
    });
    const onInsert = vi.fn(() => true);
    const onSaveStoreName = vi.fn();
    const props = { verdict: sampleVerdict(), snapshot: sampleSnapshot(), messages: [message], now: NOW, onInsert, onSaveStoreName };
    render(<VerdictCard {...props} lang="zh" />, container);
    // The blanks are marked in the preview and named in the interface language, never by field name.
    expect([...container.querySelectorAll('mark.coc-blank')].map((m) => m.textContent)).toEqual(['[Artikel]', '[Shopname]']);
    expect(container.querySelector('.coc-blanks')?.textContent).toContain('商品名称');
    expect(container.querySelector('.coc-blanks')?.textContent).not.toMatch(/\bitem\b|storeName/);
    container.querySelector<HTMLButtonElement>('button[aria-label^="填入消息框"]')!.click();
    await Promise.resolve();
    expect(onInsert).not.toHaveBeenCalled();
    expect(container.querySelector('.coc-copy-status')?.textContent).toBe('请先填写商品名称、你的店铺名称：否则消息会带着空白发出。');
    const type = (name: string, value: string) => {
      const input = container.querySelector<HTMLInputElement>(`input[data-blank="${name}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    type('item', 'Tasse');
    await new Promise((r) => setTimeout(r, 0));
    container.querySelector<HTMLButtonElement>('button[aria-label^="填入消息框"]')!.click();
    expect(onInsert).not.toHaveBeenCalled();
    type('storeName', 'Muster Laden');
    await new Promise((r) => setTimeout(r, 0));
    expect(container.querySelector<HTMLTextAreaElement>('textarea.coc-tpl-text')?.value).toBe(
      'Hallo, Ihr Tasse ist storniert. Muster Laden',
    );
    container.querySelector<HTMLButtonElement>('button[aria-label^="填入消息框"]')!.click();
    expect(onInsert).toHaveBeenCalledWith(expect.objectContaining({ text: 'Hallo, Ihr Tasse ist storniert. Muster Laden', missing: [] }));
    expect(onSaveStoreName).toHaveBeenCalledWith('Muster Laden');
  });

  it('for an unknown verdict shows the reason plainly and points to picking the state by hand', () => {
    const verdict = sampleVerdict({
      action: 'unknown',
      outcome: null,
      steps: [],
      consequences: [],
      deadlines: [],
      followUps: [],
      headline: { en: 'Cannot tell what to do with this order', zh: '无法判断' },
      reason: { en: `The order status could not be read. ${HOSTILE}`, zh: '无法读取订单状态。' },
    });
    render(<VerdictCard verdict={verdict} snapshot={sampleSnapshot({ stage: 'unknown' })} messages={[]} lang="en" now={NOW} />, container);
    const note = container.querySelector('.coc-unknown')!;
    expect(note.textContent).toContain(`The order status could not be read. ${HOSTILE}`);
    expect(note.textContent).toContain('pick the order');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.coc-actor')).toBeNull();
    expect(container.querySelector('.coc-steps')).toBeNull();

    const onPickByHand = vi.fn();
    render(
      <VerdictCard verdict={verdict} snapshot={sampleSnapshot()} messages={[]} lang="en" now={NOW} onPickByHand={onPickByHand} />,
      container,
    );
    [...container.querySelectorAll('button')].find((b) => b.textContent === 'Pick the state by hand')!.click();
    expect(onPickByHand).toHaveBeenCalled();
  });

  it('gives every button an accessible name', () => {
    render(
      <VerdictCard
        verdict={sampleVerdict()}
        snapshot={sampleSnapshot()}
        messages={[sampleMessage()]}
        lang="zh"
        now={NOW}
        onInsert={() => true}
        onDismiss={() => {}}
      />,
      container,
    );
    for (const b of container.querySelectorAll('button')) {
      expect((b.getAttribute('aria-label') ?? b.textContent ?? '').trim()).not.toBe('');
    }
    expect(container.querySelector('button[aria-label="关闭提示"]')).not.toBeNull();
  });

  it("switches the message language for the whole list and falls back to a message's default", async () => {
    const messages = [
      sampleMessage({ id: 'a', language: 'de', text: 'Hallo' }),
      sampleMessage({ id: 'b', language: 'de', text: 'Zweite', title: { en: 'Second', zh: '第二' } }),
      sampleMessage({ id: 'a', language: 'en', text: 'Hello' }),
      sampleMessage({ id: 'a', language: 'ja', text: 'こんにちは' }),
    ];
    render(<VerdictCard verdict={sampleVerdict()} snapshot={sampleSnapshot()} messages={messages} lang="en" now={NOW} />, container);
    const texts = () => [...container.querySelectorAll<HTMLTextAreaElement>('.coc-tpl-text')].map((t) => t.value);
    expect(texts()).toEqual(['Hallo', 'Zweite']);
    const select = container.querySelector<HTMLSelectElement>('.coc-tpl-lang select')!;
    expect(container.querySelector(`label[for="${select.id}"]`)?.textContent).toBe('Message language');
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['de', 'German'],
      ['en', 'English'],
      ['ja', 'Japanese'],
    ]);
    select.value = 'en';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await flush();
    expect(texts()).toEqual(['Hello', 'Zweite']);
    expect([...container.querySelectorAll('.coc-tpl')].map((el) => el.getAttribute('data-language'))).toEqual(['en', 'de']);
  });

  it('has no language switch when every message has one language', () => {
    render(
      <VerdictCard verdict={sampleVerdict()} snapshot={sampleSnapshot()} messages={[sampleMessage()]} lang="en" now={NOW} />,
      container,
    );
    expect(container.querySelector('.coc-tpl-lang')).toBeNull();
  });

  it('flags a custom text that breaks the messaging rules before it is copied', () => {
    const flagged = sampleMessage({
      id: 'custom:1',
      title: { en: 'My text', zh: 'My text' },
      problems: [{ id: 'link', en: 'Contains a link.', zh: '含有链接。' }],
    });
    render(
      <VerdictCard verdict={sampleVerdict()} snapshot={sampleSnapshot()} messages={[sampleMessage(), flagged]} lang="zh" now={NOW} />,
      container,
    );
    const [plain, custom] = container.querySelectorAll('.coc-tpl');
    expect(plain!.querySelector('.coc-tpl-problems')).toBeNull();
    expect(custom!.querySelector('.coc-tpl-problems')?.textContent).toContain('含有链接。');
    const copy = custom!.querySelector('.coc-tpl-actions button')!;
    expect(copy.textContent).toBe('仍然复制');
    expect(copy.classList.contains('coc-btn-primary')).toBe(false);
  });

  it('says whether Insert put the text in', async () => {
    let accept = true;
    const onInsert = vi.fn(() => accept);
    render(
      <VerdictCard
        verdict={sampleVerdict()}
        snapshot={sampleSnapshot()}
        messages={[sampleMessage()]}
        lang="en"
        now={NOW}
        onInsert={onInsert}
      />,
      container,
    );
    const insert = () => [...container.querySelectorAll('button')].find((b) => b.textContent === 'Insert into message box')!.click();
    insert();
    await flush();
    expect(onInsert).toHaveBeenCalledWith(expect.objectContaining({ id: 'amazon.out-of-stock-apology' }));
    expect(container.querySelector('.coc-copy-status')?.textContent).toMatch(/send it yourself/);
    accept = false;
    insert();
    await flush();
    expect(container.querySelector('.coc-copy-failed')?.textContent).toMatch(/copy the text instead/);
  });
});
