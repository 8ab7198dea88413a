// @vitest-environment happy-dom
/**
 * Every hint on a page follows the interface language once it is known, folded or unfolded: an
 * unfolded hint used to keep the language it was unfolded in.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/content/worker-api', () => ({ askSettings: () => Promise.resolve(null) }));

const { currentLang, followLang, useInterfaceLang } = await import('../../../src/content/hint/lang');

describe('the page language', () => {
  it('tells every drawn hint when the chosen language differs, and no hint once it is removed', () => {
    const start = currentLang();
    const other = start === 'en' ? 'zh' : 'en';
    const told: string[] = [];
    const stop = followLang({ setLang: (lang) => told.push(`a:${lang}`) });
    followLang({ setLang: (lang) => told.push(`b:${lang}`) });
    useInterfaceLang(other);
    expect(currentLang()).toBe(other);
    expect(told).toEqual([`a:${other}`, `b:${other}`]);
    stop();
    useInterfaceLang(start);
    expect(told.slice(2)).toEqual([`b:${start}`]);
  });

  it('says nothing when the language is the one already drawn', () => {
    const told: string[] = [];
    followLang({ setLang: (lang) => told.push(lang) });
    useInterfaceLang(currentLang());
    expect(told).toEqual([]);
  });
});
