// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Hint } from '../../../src/ui/Hint';
import { barCss, cardCss } from '../../../src/ui/styles';
import { NOW, sampleMessage, sampleSnapshot, sampleVerdict } from './sample';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('Hint', () => {
  it('shows headline, main consequence and next deadline folded, and unfolds into the card', async () => {
    render(
      <Hint state="ready" verdict={sampleVerdict()} snapshot={sampleSnapshot()} messages={[sampleMessage()]} lang="en" now={NOW} />,
      container,
    );
    expect(container.querySelector('.coc-bar-headline')?.textContent).toBe('You can cancel this order now');
    const sub = container.querySelector('.coc-bar-sub')!;
    expect(sub.textContent).toBe('Counts toward your cancellation rate (< 2.5 %)');
    expect(sub.classList.contains('coc-cq-bad')).toBe(true);
    expect(container.querySelector('.coc-bar-deadline')?.textContent).toBe('Ship by: in 2 d 4 h');
    expect(container.querySelector('.coc-card')).toBeNull();

    const chevron = container.querySelector<HTMLButtonElement>('.coc-chevron')!;
    expect(chevron.getAttribute('aria-expanded')).toBe('false');
    expect(chevron.getAttribute('aria-label')).toBe('Show details');
    chevron.click();
    await flush();
    expect(chevron.getAttribute('aria-expanded')).toBe('true');
    expect(container.querySelector('.coc-card.coc-compact')).not.toBeNull();
    expect(container.querySelector(`#${CSS.escape(chevron.getAttribute('aria-controls')!)}`)?.hasAttribute('hidden')).toBe(false);
  });

  it('says "estimated" in the bar when the next deadline is computed, not read from the page', () => {
    const verdict = sampleVerdict();
    verdict.deadlines = verdict.deadlines.filter((d) => d.from === 'computed');
    render(<Hint state="ready" verdict={verdict} snapshot={sampleSnapshot()} messages={[]} lang="en" now={NOW} />, container);
    const bar = container.querySelector('.coc-bar-deadline')!;
    expect(bar.getAttribute('data-deadline-from')).toBe('computed');
    expect(bar.textContent).toMatch(/: estimated in /);
    render(null, container);
    render(<Hint state="ready" verdict={verdict} snapshot={sampleSnapshot()} messages={[]} lang="zh" now={NOW} />, container);
    expect(container.querySelector('.coc-bar-deadline')?.textContent).toMatch(/估算/);
  });

  it('ticks its countdown every 30 s while the page is visible', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['setInterval', 'clearInterval', 'Date'] });
    try {
      await act(() =>
        render(<Hint state="ready" verdict={sampleVerdict()} snapshot={sampleSnapshot()} messages={[]} lang="en" now={NOW} />, container),
      );
      expect(container.querySelector('.coc-bar-deadline')?.textContent).toBe('Ship by: in 2 d 4 h');
      await act(() => {
        vi.advanceTimersByTime(60 * 60_000);
      });
      expect(container.querySelector('.coc-bar-deadline')?.textContent).toBe('Ship by: in 2 d 3 h');
    } finally {
      vi.useRealTimers();
    }
  });

  it('dismisses through the × button', () => {
    const onDismiss = vi.fn();
    render(
      <Hint state="ready" verdict={sampleVerdict()} snapshot={sampleSnapshot()} messages={[]} lang="en" now={NOW} onDismiss={onDismiss} />,
      container,
    );
    container.querySelector<HTMLButtonElement>('button[aria-label="Dismiss"]')!.click();
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('says it is reading, then says plainly when the order cannot be read', () => {
    render(<Hint state="reading" lang="en" />, container);
    expect(container.textContent).toContain('Reading the order…');
    render(<Hint state="unreadable" lang="zh" note={{ en: 'No status on the page.', zh: '页面上没有订单状态。<b>x</b>' }} />, container);
    expect(container.textContent).toContain('无法读取此订单');
    expect(container.textContent).toContain('页面上没有订单状态。<b>x</b>');
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('.coc-badge')?.textContent).toBe('无法判断');
  });

  it('ships its styles as strings scoped to the component root: the bar’s, and the card’s for unfolding', () => {
    // Vitest does not run CSS through Vite (css: false), so `?inline` is '' here: read the files themselves.
    expect(typeof barCss).toBe('string');
    expect(typeof cardCss).toBe('string');
    const bar = readFileSync(join(__dirname, '../../../src/ui/bar.css'), 'utf8');
    const card = readFileSync(join(__dirname, '../../../src/ui/card.css'), 'utf8');
    expect(bar).toContain('.coc-bar');
    expect(bar).toContain('--coc-accent'); // the colour tokens come with the bar, which every hint has
    expect(card).toContain('.coc-card');
    expect(card).not.toContain('--coc-accent:');
    // The extension pages get both, bar first.
    expect(readFileSync(join(__dirname, '../../../src/ui/styles.css'), 'utf8')).toMatch(/@import '.\/bar.css';\s*@import '.\/card.css';/);
    const css = bar + card;
    const selectors = css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/@media[^{]*\{/g, '')
      .match(/[^{}]+(?=\{)/g)!
      .flatMap((s) => s.split(','))
      .map((s) => s.trim())
      .filter(Boolean);
    // ':root .coc': the extension pages' system colours, which match nothing inside a hint's shadow root.
    const unscoped = selectors.filter((s) => !s.startsWith('.coc') && !s.startsWith(':host') && !s.startsWith(':root .coc'));
    expect(unscoped).toEqual([]);
  });
});
