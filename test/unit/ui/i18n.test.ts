import { readFileSync, readdirSync, statSync } from 'node:fs';
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

  it('hold every key the interface code asks for', () => {
    const dirs = ['src/ui', 'src/popup', 'src/options'].map((d) => join(root, d));
    const used = new Set<string>();
    for (const file of dirs.flatMap(sourceFiles)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([^']+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    const missing = [...used].filter((k) => !(k in en) || !(k in zhCN));
    expect(missing).toEqual([]);
  });
});

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
