// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { displayText, fullFold, itemTitleOf, matchKey, searchableText, SPACE_TO_COLLAPSE, textOf } from '../../../src/platforms/text';
import { ITEM_TITLE_MAX } from '../../../src/rules/types';

function page(html: string): Document {
  const window = new Window({ url: 'https://example.test/' });
  window.document.write(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return window.document as unknown as Document;
}

describe('textOf', () => {
  it('collapses white space, including no-break and ideographic spaces, and skips script/style', () => {
    const doc = page('<p id="p">  订单号：\n\t<b>123</b>&nbsp;&nbsp;x\u3000y<style>.a{}</style><script>alert(1)</script></p>');
    expect(textOf(doc.getElementById('p'))).toBe('订单号： 123 x y');
  });

  it('gives an empty string for null and for a script element', () => {
    const doc = page('<script id="s">var a = 1;</script>');
    expect(textOf(null)).toBe('');
    expect(textOf(doc.getElementById('s'))).toBe('');
  });

  it('keeps markup-looking page text as text', () => {
    const doc = page('<span id="t">&lt;img src=x onerror=alert(1)&gt;</span>');
    expect(textOf(doc.getElementById('t'))).toBe('<img src=x onerror=alert(1)>');
  });

  it('never reads our own hint, template or noscript text', () => {
    const doc = page(
      '<div id="d">Unshipped<cancel-or-close-hint>Cancel now</cancel-or-close-hint><template>x</template><noscript>y</noscript></div>',
    );
    expect(textOf(doc.getElementById('d'))).toBe('Unshipped');
  });

  it('joins inline markup as the page shows it, or keeps text nodes apart with a separator', () => {
    const doc = page('<div id="d"><b>Un</b>shipped<span>订单号：</span><span>8123</span></div>');
    expect(textOf(doc.getElementById('d'))).toBe('Unshipped订单号：8123');
    expect(textOf(doc.getElementById('d'), { separator: ' ' })).toBe('Un shipped 订单号： 8123');
  });

  it('skips the tags a reader names (link texts)', () => {
    const doc = page('<div id="d">Awaiting shipment <a href="/p">2 days left product</a> 1 day left</div>');
    expect(textOf(doc.getElementById('d'), { separator: ' ', skip: ['a'] })).toBe('Awaiting shipment 1 day left');
  });

  it('reads a document by its root element and a text node by itself', () => {
    const doc = page('<p>a <i>b</i></p>');
    expect(textOf(doc)).toBe('a b');
    expect(textOf(doc.querySelector('i')!.firstChild)).toBe('b');
  });
});

describe('displayText', () => {
  it('collapses white space exactly as replacing every run of it would, while leaving single spaces alone', () => {
    // Every code point `\s` matches, with letters and plain spaces between them, in all short arrangements and in
    // a few thousand longer random ones (a fixed generator: the same strings on every run).
    const spaces = Array.from({ length: 0x3001 }, (_, c) => String.fromCharCode(c)).filter((c) => /\s/u.test(c));
    expect(spaces.length).toBeGreaterThan(20);
    const alphabet = [...spaces, ' ', ' ', 'a', '订', '.'];
    const texts: string[] = [''];
    for (const a of alphabet) for (const b of alphabet) texts.push(a + b, `x${a}${b}y`);
    let state = 7;
    for (let n = 0; n < 5000; n += 1) {
      let text = '';
      for (let i = 0; i < n % 13; i += 1) {
        state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
        text += alphabet[state % alphabet.length];
      }
      texts.push(text);
    }
    const differing = texts.filter((t) => t.replace(SPACE_TO_COLLAPSE, ' ') !== t.replace(/\s+/gu, ' '));
    expect(differing).toEqual([]);
    expect(displayText(' a \n\u00a0b\u3000 c ')).toBe('a b c');
  });

  it('collapses every kind of white space and trims, and changes nothing else', () => {
    expect(displayText(' Nicht\u00a0\u00a0versandt.\u3000')).toBe('Nicht versandt.');
    expect(displayText('ＡＢ：１')).toBe('ＡＢ：１');
    expect(displayText(null)).toBe('');
  });
});

describe('itemTitleOf', () => {
  const cells = (...names: string[]) => {
    const doc = page(names.map((n) => `<div class="c"><a>${n}</a> <span>SKU 1</span></div>`).join(''));
    return Array.from(doc.querySelectorAll('.c'));
  };

  it('joins each shown name once, from the name element when there is one', () => {
    expect(itemTitleOf(cells('Lamp'), 'a')).toBe('Lamp');
    expect(itemTitleOf(cells('Lamp', 'Cable', 'Lamp'), 'a')).toBe('Lamp; Cable');
    expect(itemTitleOf(cells('Lamp'))).toBe('Lamp SKU 1');
    expect(itemTitleOf(cells(' '), 'a')).toBeUndefined();
  });

  it('cuts a long title to the bound in characters, never inside one, with an ellipsis', () => {
    const exact = 'x'.repeat(ITEM_TITLE_MAX);
    expect(itemTitleOf(cells(exact), 'a')).toBe(exact);
    expect(itemTitleOf(cells(`${exact}y`), 'a')).toBe(`${'x'.repeat(ITEM_TITLE_MAX - 1)}…`);
    // Characters outside the basic plane are two code units each: a title of the bound in such characters is whole.
    const emoji = '🧸'.repeat(ITEM_TITLE_MAX);
    expect(itemTitleOf(cells(emoji), 'a')).toBe(emoji);
    const cut = itemTitleOf(cells(`${emoji}🧸`), 'a')!;
    expect(Array.from(cut)).toHaveLength(ITEM_TITLE_MAX);
    expect(cut.endsWith('🧸…')).toBe(true);
  });
});

describe('searchableText', () => {
  it('folds width (full-width colons and digits become ASCII) and keeps case and punctuation', () => {
    expect(searchableText('订单号：８１２３ Order No.')).toBe('订单号:8123 Order No.');
  });
});

describe('matchKey', () => {
  it('takes its ASCII shortcut (and searchableText its) only where the full fold gives the same key', () => {
    const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
    const texts = [...printable, ...printable.flatMap((a) => printable.map((b) => `${a}${b}`)), 'Pending availability', ' Ship-by  date: '];
    // Every quoted string of every platform module: the table words, labels and headings keys are built from.
    const platforms = join(import.meta.dirname, '../../../src/platforms');
    for (const dir of readdirSync(platforms, { withFileTypes: true }).filter((d) => d.isDirectory()))
      for (const file of readdirSync(join(platforms, dir.name)).filter((f) => f.endsWith('.ts')))
        for (const [, quoted] of readFileSync(join(platforms, dir.name, file), 'utf8').matchAll(/'((?:[^'\\\n]|\\.)*)'/gu))
          texts.push(quoted ?? '');
    expect(texts.length).toBeGreaterThan(9000 + 500);
    const differing = texts.filter((t) => matchKey(t) !== fullFold(t));
    expect(differing).toEqual([]);
    const searchDiffers = texts.filter((t) => searchableText(t) !== displayText(t.normalize('NFKC')));
    expect(searchDiffers).toEqual([]);
  });

  it('makes one word of its spellings: case, spacing, trailing punctuation', () => {
    const key = matchKey('Nicht versendet');
    expect(key).toBe('nicht versendet');
    for (const variant of [
      'NICHT VERSENDET',
      'nicht  versendet.',
      ' Nicht\u00a0versendet： ',
      'Nicht-versendet',
      'ＮＩＣＨＴ　ＶＥＲＳＥＮＤＥＴ',
    ])
      expect(matchKey(variant), variant).toBe(key);
  });

  it('folds diacritics, also in Cyrillic ("ё" is "е") and with a Turkish dotted capital I', () => {
    expect(matchKey('Non expédiée')).toBe(matchKey('NON EXPEDIEE'));
    expect(matchKey('Отменён')).toBe(matchKey('Отменен'));
    expect(matchKey('İptal')).toBe('iptal');
  });

  it('keeps Japanese voicing marks and Hangul syllables whole', () => {
    expect(matchKey('ジ')).not.toBe(matchKey('シ'));
    expect(matchKey('キャンセル済み')).toBe('キャンセル済み');
    expect(matchKey('취소됨')).toBe('취소됨');
  });

  it('treats CJK punctuation as punctuation', () => {
    expect(matchKey('买卖家达成一致，资金处理中。')).toBe('买卖家达成一致 资金处理中');
  });

  it('still tells different words apart', () => {
    expect(matchKey('Shipped')).not.toBe(matchKey('Unshipped'));
    expect(matchKey('Annulé')).not.toBe(matchKey('Annulée'));
  });
});

describe('matchKey, folded once per word', () => {
  it('gives the same key the second time, and after many other words have been folded', () => {
    const first = matchKey('Nicht  versendet.');
    for (let index = 0; index < 1_500; index += 1) matchKey(`Word ${index}`);
    expect(matchKey('Nicht  versendet.')).toBe(first);
    expect(first).toBe('nicht versendet');
  });
  it('folds long text too (kept out of the cache)', () => {
    const long = `${'Ünshipped '.repeat(50)}`;
    expect(matchKey(long)).toBe(matchKey(long));
    expect(matchKey(long).startsWith('unshipped unshipped')).toBe(true);
  });
});
