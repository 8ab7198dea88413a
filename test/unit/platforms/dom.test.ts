// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { deepQuery, deepQueryAll, findByLabel, findLabeled } from '../../../src/platforms/dom';
import { attachDeclarativeShadowRoots } from './dom-fixtures';

function page(html: string): Document {
  const window = new Window({ url: 'https://trade.1688.com/order/buyer_order_list.htm' });
  window.document.write(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const document = window.document as unknown as Document;
  attachDeclarativeShadowRoots(document);
  return document;
}

describe('attachDeclarativeShadowRoots (test helper)', () => {
  it('turns nested <template shadowrootmode> into open shadow roots, as Chromium parses them', () => {
    const doc = page(
      '<q-input><template shadowrootmode="open"><input placeholder="订单号"><wang-wang><template shadowrootmode="open"><a>旺旺</a></template></wang-wang></template></q-input>',
    );
    const host = doc.querySelector('q-input')!;
    expect(host.shadowRoot).not.toBeNull();
    expect(host.querySelector('template')).toBeNull();
    expect(host.shadowRoot!.querySelector('wang-wang')!.shadowRoot!.textContent).toBe('旺旺');
  });
});

describe('deepQueryAll / deepQuery', () => {
  const doc = page(`
    <div class="row" id="light-1"></div>
    <list-view><template shadowrootmode="open">
      <div class="row" id="shadow-1"><row-part><template shadowrootmode="open"><div class="row" id="nested"></div></template></row-part></div>
      <div class="row" id="shadow-2"></div>
    </template><div class="row" id="slotted"></div></list-view>
    <div class="row" id="light-2"></div>
    <template><div class="row" id="inert"></div></template>
    <script>var row = '<div class="row">';</script>`);

  it('finds matches in the light DOM and in nested open shadow roots, in composed order', () => {
    expect(deepQueryAll(doc, '.row').map((e) => e.id)).toEqual(['light-1', 'shadow-1', 'nested', 'shadow-2', 'slotted', 'light-2']);
  });

  it('does not look into inert <template> content', () => {
    expect(deepQueryAll(doc, '#inert')).toEqual([]);
  });

  it('deepQuery gives the first match or null', () => {
    expect(deepQuery(doc, '#nested')?.id).toBe('nested');
    expect(deepQuery(doc, '.absent')).toBeNull();
  });

  it('can start from inside a shadow root', () => {
    const shadow = doc.querySelector('list-view')!.shadowRoot!;
    expect(deepQueryAll(shadow, '.row').map((e) => e.id)).toEqual(['shadow-1', 'nested', 'shadow-2']);
  });
});

describe('findByLabel', () => {
  it.each([
    ['value in the same text node, full-width colon', '<span>订单号：3293626225672531283</span>', ['订单号：'], '3293626225672531283'],
    ['value in the same text node, ASCII colon', '<span>订单号: 3293626225672531283</span>', ['订单号'], '3293626225672531283'],
    ['label span then value span', '<div><span>交易状态：</span><span>等待卖家发货</span></div>', ['交易状态'], '等待卖家发货'],
    ['th then td', '<table><tr><th>运单号码：</th><td>SF1234567890</td></tr></table>', ['运单号码：'], 'SF1234567890'],
    ['dt then dd, with white space between', '<dl><dt>订单编号：</dt>\n  <dd> 42 </dd></dl>', ['订单号', '订单编号'], '42'],
    [
      'label inside a wrapper, value after the wrapper',
      '<div><label><b>Order ID:</b></label><span>8123</span></div>',
      ['Order ID:'],
      '8123',
    ],
    ['label text then an inline value', '<p>下单时间：<time>2024-05-25 10:30:00</time></p>', ['下单时间'], '2024-05-25 10:30:00'],
  ])('%s', (_, html, labels, value) => {
    expect(findByLabel(page(html), labels)).toBe(value);
  });

  it('reads labels inside open shadow roots', () => {
    const doc = page('<card-x><template shadowrootmode="open"><span>订单状态：</span><span>等待买家付款</span></template></card-x>');
    expect(findByLabel(doc, ['交易状态', '订单状态'])).toBe('等待买家付款');
  });

  it('does not take text that merely contains the label', () => {
    const doc = page('<p>请输入商品名称/订单号</p><p>订单号码说明</p>');
    expect(findByLabel(doc, ['订单号'])).toBeNull();
  });

  it('returns the first occurrence and the element holding the label', () => {
    const doc = page('<div id="a"><span id="l">订单号：</span><span>111</span></div><div><span>订单号：</span><span>222</span></div>');
    const found = findLabeled(doc, ['订单号']);
    expect(found?.value).toBe('111');
    expect(found?.labelElement.id).toBe('l');
  });

  it('null when the label is absent or has no value nearby', () => {
    expect(findByLabel(page('<p>交易状态</p>'), ['订单号'])).toBeNull();
    expect(findByLabel(page('<p>订单号：</p>'), ['订单号'])).toBeNull();
  });
});
