import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/templates/types';
import { languageName } from '../../../src/ui/i18n';

describe('message language names', () => {
  it('names every template language in both interface languages', () => {
    for (const code of LANGUAGES) {
      expect(languageName(code, 'en'), code).not.toBe(code.toUpperCase());
      expect(languageName(code, 'zh'), code).toMatch(/[\u4e00-\u9fff]/);
    }
  });
  it('falls back to the bare code', () => {
    expect(languageName('xx', 'en')).toBe('XX');
  });
});
