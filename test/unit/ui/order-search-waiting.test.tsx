// @vitest-environment happy-dom
/** The popup's order search sends nothing while told to wait (the page's verdict first), then its first search. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../../src/messages/protocol';
import { OrderSearch } from '../../../src/ui/OrderSearch';
import type { Ask } from '../../../src/messages/client';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

const settle = (work: () => unknown) =>
  act(async () => {
    await work();
    await new Promise((r) => setTimeout(r, 0));
  });

describe('OrderSearch', () => {
  it('asks the worker nothing while waiting, and the newest orders once it may', async () => {
    const ask = vi.fn(async () => ok({ orders: [], more: false })) as unknown as Ask & ReturnType<typeof vi.fn>;
    await settle(() => render(<OrderSearch ask={ask} lang="en" idPrefix="t" waiting />, container));
    expect(ask).not.toHaveBeenCalled();
    await settle(() => render(<OrderSearch ask={ask} lang="en" idPrefix="t" waiting={false} />, container));
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask).toHaveBeenCalledWith(expect.objectContaining({ kind: 'history/search' }));
  });
});
