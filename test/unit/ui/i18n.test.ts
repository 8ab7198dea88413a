import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import zhCN from '../../../public/_locales/zh_CN/messages.json';
import { detectLang, pick, t } from '../../../src/ui/i18n';

const root = join(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('message catalogues', () => {
  it('have the same keys in English and Chinese, each with a non-empty message', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    for (const cat of [en, zhCN] as Array<Record<string, { message: string }>>) {
      for (const [key, value] of Object.entries(cat)) {
        expect(value.message.trim(), key).not.toBe('');
        expect(key, 'chrome.i18n keys are [A-Za-z0-9_]').toMatch(/^[A-Za-z0-9_]+$/);
      }
    }
  });

  it('use the same $n placeholders in both languages', () => {
    const holes = (s: string) => [...s.matchAll(/\$\d/g)].map((m) => m[0]).sort();
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(holes(zhCN[key].message), key).toEqual(holes(en[key].message));
    }
  });

  it('keep the manifest keys', () => {
    for (const key of ['extName', 'extDescription', 'actionTitle']) expect(en).toHaveProperty(key);
  });

  it('hold every key the interface code asks for, in both languages', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(100);
    const missingEn = [...used].filter((k) => !(k in en));
    const missingZh = [...used].filter((k) => !(k in zhCN));
    expect({ missingEn, missingZh }).toEqual({ missingEn: [], missingZh: [] });
  });

  it('finds keys however the code names them (the scan itself is tested)', () => {
    const keys = keysIn(`
      t('plain_key', lang); t(open ? 'when_open' : "when_closed", lang, x); t(lang === 'zh' ? 'in_zh' : 'in_en', lang);
      const AUDIENCE_KEYS = { buyer: 'audience_x', other: "audience_y" } as const;
      const MAP: Record<Action, MessageKey> = { cancel: 'action_x' };
      notT('ignored_key');`);
    expect([...keys].sort()).toEqual(['action_x', 'audience_x', 'audience_y', 'in_en', 'in_zh', 'plain_key', 'when_closed', 'when_open']);
  });
});

/** Interface code: everything that renders text for the person. */
const UI_DIRS = ['src/ui', 'src/popup', 'src/options', 'src/stats', 'src/content'];

function usedKeys(): Set<string> {
  const files = UI_DIRS.map((d) => join(root, d))
    .filter((d) => existsSync(d))
    .flatMap(sourceFiles);
  const used = new Set<string>();
  for (const file of files) for (const key of keysIn(readFileSync(file, 'utf8'))) used.add(key);
  return used;
}

const LITERAL = /'([^'\\\n]+)'|"([^"\\\n]+)"/g;

/**
 * Keys in `t(…)` first arguments (also `t(cond ? 'a' : 'b', …)`) and the values of key maps
 * (objects typed `MessageKey` or named `…_KEYS`), which the compiler checks only against English.
 */
function keysIn(code: string): Set<string> {
  const keys = new Set<string>();
  for (const m of code.matchAll(/\bt\(([^,()]*)[,)]/g)) {
    // In `t(x === 'zh' ? 'a' : 'b', …)` only the branches are keys, not the compared value.
    const arg = m[1]!.includes('?') ? m[1]!.slice(m[1]!.indexOf('?')) : m[1]!;
    for (const l of arg.matchAll(LITERAL)) keys.add(l[1] ?? l[2]!);
  }
  for (const m of code.matchAll(/(?:[A-Z_]+_KEYS\b[^=]*|MessageKey>\s*)=\s*\{([^}]*)\}/g))
    for (const l of m[1]!.matchAll(/:\s*(?:'([^']+)'|"([^"]+)")/g)) keys.add(l[1] ?? l[2]!);
  return keys;
}

describe('t / detectLang / pick', () => {
  it('fills $n placeholders', () => {
    expect(t('order_label', 'en', 'A-1')).toBe('Order A-1');
    expect(t('steps_progress', 'zh', 1, 3)).toBe('已完成 1/3');
  });

  it('detects Chinese variants and defaults to English', () => {
    expect(detectLang('zh-CN')).toBe('zh');
    expect(detectLang('zh-TW')).toBe('zh');
    expect(detectLang('zh')).toBe('zh');
    expect(detectLang('en-US')).toBe('en');
    expect(detectLang('de')).toBe('en');
    expect(detectLang('')).toBe('en');
  });

  it('picks one language and falls back to English when Chinese is empty', () => {
    expect(pick({ en: 'Ship by', zh: '最晚发货' }, 'zh')).toBe('最晚发货');
    expect(pick({ en: 'Ship by', zh: '' }, 'zh')).toBe('Ship by');
  });
});
