/**
 * Page text in a page sample: an allow-list, never a deny-list. A text survives only where it is a word of the
 * platform's vocabularies (status words, labels, buttons: ../../platforms/page-words.ts), a date, a time, a
 * countdown, or punctuation; every other run of letters or digits is replaced by a placeholder of the same shape
 * (x/X for Latin letters, 某 for Chinese characters, 0 for digits …), so lengths and scripts survive for layout and
 * nothing else does.
 *
 * Long digit runs (order ids, phone numbers) get fake digits that stay distinct: the n-th different run becomes
 * 0…0n, the same run always the same fake, so a list keeps one id per row and a page's id matches its URL's.
 */
import type { PageWords } from '../../platforms/page-words';
import { matchKey } from '../../platforms/text';

/** The allow-list of one platform, ready for lookups. */
export interface Allowed {
  words: ReadonlySet<string>;
  patterns: readonly RegExp[];
  /** Most tokens any allowed phrase has: phrases are searched up to this length. */
  longest: number;
  /** Allowed words written in Chinese or Japanese characters (no spaces between words): found inside longer runs. */
  cjk: readonly string[];
  pathWords: ReadonlySet<string>;
}

export function allowedFrom(page: PageWords): Allowed {
  const words = new Set(page.words.filter((w) => w !== ''));
  let longest = 1;
  const cjk: string[] = [];
  for (const word of words) {
    longest = Math.max(longest, tokensOf(word).filter((t) => t.word).length);
    // Single characters only count as a whole run: 元 inside a name is part of the name.
    if (CJK_ONLY.test(word) && word.length >= 2) cjk.push(word);
  }
  cjk.sort((a, b) => b.length - a.length);
  return { words, patterns: page.patterns, longest, cjk, pathWords: new Set(page.pathWords) };
}

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30fc';
const CJK_ONLY = new RegExp(`^[${CJK}]+$`, 'u');
/** Digits, a run of Chinese/Japanese characters, a run of other letters (with their marks), or anything else. */
const TOKEN = new RegExp(`\\p{N}+|[${CJK}]+|[\\p{L}\\p{M}]+|[^\\p{L}\\p{M}\\p{N}]+`, 'gu');
const WORD_START = /[\p{L}\p{M}\p{N}]/u;

interface Token {
  text: string;
  start: number;
  word: boolean;
}

function tokensOf(text: string): Token[] {
  return Array.from(text.matchAll(TOKEN), (m) => ({ text: m[0], start: m.index ?? 0, word: WORD_START.test(m[0]) }));
}

/** Gives every distinct long digit run its own fake digits; short runs become zeros. */
export class FakeDigits {
  private readonly seen = new Map<string, string>();
  fake(digits: string): string {
    if (digits.length < 5) return '0'.repeat(digits.length);
    let fake = this.seen.get(digits);
    if (fake === undefined) {
      fake = String(this.seen.size + 1)
        .padStart(digits.length, '0')
        .slice(-digits.length);
      this.seen.set(digits, fake);
    }
    return fake;
  }
}

/** One letter's placeholder, by script and case; marks (accents) go. */
function placeholderOf(ch: string): string {
  if (/\p{M}/u.test(ch)) return '';
  if (/\p{Script=Han}/u.test(ch)) return '某';
  if (/\p{Script=Hiragana}/u.test(ch)) return 'あ';
  if (/[\p{Script=Katakana}\u30fc]/u.test(ch)) return 'ア';
  if (/\p{Script=Hangul}/u.test(ch)) return '가';
  const upper = ch !== ch.toLowerCase();
  if (/\p{Script=Cyrillic}/u.test(ch)) return upper ? 'Ж' : 'ж';
  if (/\p{Script=Greek}/u.test(ch)) return upper ? 'Ξ' : 'ξ';
  if (/\p{Script=Arabic}/u.test(ch)) return 'س';
  if (/\p{Script=Hebrew}/u.test(ch)) return 'ש';
  if (/\p{Script=Thai}/u.test(ch)) return 'ก';
  return upper ? 'X' : 'x';
}

/** A word token's placeholder: the same shape, none of the content. */
export function shapeOf(token: string, digits: FakeDigits): string {
  if (/^\p{N}+$/u.test(token)) return /^[0-9]+$/.test(token) ? digits.fake(token) : '0'.repeat([...token].length);
  return Array.from(token, placeholderOf).join('');
}

/** Replaces every word of a text by its shape (for URLs and attribute values with nothing to keep). */
export function shapeText(text: string, digits: FakeDigits): string {
  return tokensOf(text)
    .map((t) => (t.word ? shapeOf(t.text, digits) : t.text))
    .join('');
}

// ---- Dates, times and countdowns ----

/** Languages whose month and weekday names the pages we read may print (the marketplaces' and buyers' languages). */
const NAME_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'tr', 'ru'];
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Month and weekday names, long and short, from the browser's own locale data (never a hand-kept list). */
function calendarNames(): { months: string; weekdays: string } {
  const months = new Set<string>();
  const weekdays = new Set<string>();
  for (const lang of NAME_LANGUAGES) {
    for (const width of ['long', 'short'] as const) {
      const month = new Intl.DateTimeFormat(lang, { month: width, timeZone: 'UTC' });
      const monthInDate = new Intl.DateTimeFormat(lang, { month: width, day: 'numeric', timeZone: 'UTC' });
      for (let m = 0; m < 12; m += 1) {
        const day = new Date(Date.UTC(2024, m, 15));
        months.add(month.format(day));
        // The form a date uses (genitive in Russian and Polish: "5 декабря").
        for (const part of monthInDate.formatToParts(day)) if (part.type === 'month') months.add(part.value);
      }
      const weekday = new Intl.DateTimeFormat(lang, { weekday: width, timeZone: 'UTC' });
      for (let d = 0; d < 7; d += 1) weekdays.add(weekday.format(new Date(Date.UTC(2024, 0, 1 + d))));
    }
  }
  const alternation = (names: Set<string>) =>
    [...names]
      .map((n) => n.replace(/\.$/u, ''))
      .filter((n) => /^\p{L}{2,}$/u.test(n))
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|');
  return { months: alternation(months), weekdays: alternation(weekdays) };
}

let dateRegExp: RegExp | null = null;

/** Dates ("Dec 4, 2026", "4. Dezember 2026", "2026-12-04", "2026年12月4日"), times ("10:22:05 pm") and countdowns ("2天18小时"). */
function datesAndTimes(): RegExp {
  if (dateRegExp) return dateRegExp;
  const { months, weekdays } = calendarNames();
  const notLetter = '(?![\\p{L}\\p{N}])';
  const day = '(?:0?[1-9]|[12]\\d|3[01])';
  const year = '(?:19|20)\\d{2}';
  const weekday = `(?:(?:${weekdays})\\.?,?\\s+)?`;
  const time = `(?<![\\p{N}])(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?(?:\\s*(?:[ap]\\.?\\s?m\\.?|Uhr|h))?${notLetter}`;
  const unit = '(?:天|小时|時間|时|分钟|分|秒|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|[dhms])';
  const parts = [
    // 2026-12-04, 2026/12/04, 2026.12.04, 2026年12月4日
    `(?<![\\p{N}])${year}\\s*[-/.年]\\s*(?:0?[1-9]|1[0-2])\\s*[-/.月]\\s*${day}日?(?![\\p{N}])`,
    // 04.12.2026, 4/12/26
    `(?<![\\p{N}])${day}[./](?:0?[1-9]|1[0-2])[./](?:${year}|\\d{2})(?![\\p{N}])`,
    // 12月4日
    `(?<![\\p{N}])(?:0?[1-9]|1[0-2])月${day}日`,
    // Dec 4, 2026 · Wednesday, December 4 2026
    `${weekday}(?:${months})\\.?\\s+${day}(?:st|nd|rd|th)?(?:,?\\s+${year})?${notLetter}`,
    // 4 Dec 2026 · 4. Dezember 2026 · 4 de diciembre de 2026
    `${weekday}(?<![\\p{N}])${day}\\.?\\s+(?:de\\s+)?(?:${months})\\.?(?:,?\\s+(?:de\\s+)?${year})?${notLetter}`,
    time,
    `(?<![\\p{L}\\p{N}])(?:\\d{1,3}\\s*${unit}\\s*){1,4}(?![\\p{L}\\p{N}])`,
  ];
  dateRegExp = new RegExp(parts.join('|'), 'giu');
  return dateRegExp;
}

// ---- Text ----

const NOTHING_TO_HIDE = /^[\p{P}\p{S}\p{Z}\s]*$/u;

/**
 * A text as a page sample shows it: the allowed words, dates and punctuation as written, every other word replaced
 * by its shape.
 */
export function redactText(text: string, allowed: Allowed, digits: FakeDigits): string {
  if (NOTHING_TO_HIDE.test(text) || allowed.words.has(matchKey(text))) return text;
  const tokens = tokensOf(text);
  const kept = new Array<boolean>(tokens.length).fill(false);
  keepPhrases(tokens, kept, allowed);
  keepPatterns(tokens, kept, allowed.patterns);
  keepRanges(tokens, kept, text.matchAll(datesAndTimes()));
  return tokens.map((t, i) => (!t.word || kept[i] ? t.text : redactRun(t.text, allowed, digits))).join('');
}

/**
 * The match key a run of tokens folds to, as `matchKey` writes it: tokens the page wrote apart (a space or
 * punctuation between) are joined by a space, tokens written together ("订单处于风控" "24" "小时中") by nothing.
 */
function keyOf(tokens: readonly Token[], from: number, to: number): string | null {
  let key = '';
  for (let i = from; i < to; i += 1) {
    const token = tokens[i]!;
    if (token.word) key += matchKey(token.text);
    else if (/[\p{S}]/u.test(token.text)) return null;
    else if (i > from && i < to - 1) key += ' ';
  }
  return key;
}

/** Allowed phrases made of whole tokens, longest first from each word. */
function keepPhrases(tokens: readonly Token[], kept: boolean[], allowed: Allowed): void {
  for (let i = 0; i < tokens.length; i += 1) {
    if (!tokens[i]!.word) continue;
    let words = 0;
    let end = i;
    const ends: number[] = [];
    while (end < tokens.length && words < allowed.longest) {
      if (tokens[end]!.word) {
        words += 1;
        ends.push(end + 1);
      }
      end += 1;
    }
    for (let e = ends.length - 1; e >= 0; e -= 1) {
      const key = keyOf(tokens, i, ends[e]!);
      if (key === null || !allowed.words.has(key)) continue;
      for (let k = i; k < ends[e]!; k += 1) kept[k] = true;
      i = ends[e]! - 1;
      break;
    }
  }
}

/** Sentences a reader knows by pattern: the tokens a match covers are kept. */
function keepPatterns(tokens: readonly Token[], kept: boolean[], patterns: readonly RegExp[]): void {
  if (patterns.length === 0) return;
  // The whole text's key, with where each word token's key starts in it.
  let key = '';
  const at: Array<{ from: number; to: number; index: number }> = [];
  tokens.forEach((token, index) => {
    if (!token.word) {
      if (key !== '' && !key.endsWith(' ')) key += ' ';
      return;
    }
    const part = matchKey(token.text);
    at.push({ from: key.length, to: key.length + part.length, index });
    key += part;
  });
  for (const pattern of patterns) {
    for (const match of key.matchAll(globalCopy(pattern))) {
      const from = match.index ?? 0;
      const to = from + match[0].length;
      for (const word of at) if (word.from >= from && word.to <= to) kept[word.index] = true;
    }
  }
}

/** A pattern's global copy (what `matchAll` needs), made once per pattern: a sample walks every text node of the page. */
const GLOBAL_COPIES = new WeakMap<RegExp, RegExp>();
function globalCopy(pattern: RegExp): RegExp {
  if (pattern.global) return pattern;
  let copy = GLOBAL_COPIES.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, `${pattern.flags}g`);
    GLOBAL_COPIES.set(pattern, copy);
  }
  return copy;
}

/** Tokens wholly inside one of the ranges (dates, times) are kept. */
function keepRanges(tokens: readonly Token[], kept: boolean[], matches: Iterable<RegExpMatchArray>): void {
  for (const match of matches) {
    const from = match.index ?? 0;
    const to = from + match[0].length;
    tokens.forEach((token, i) => {
      if (token.start >= from && token.start + token.text.length <= to) kept[i] = true;
    });
  }
}

/** A word token nothing kept: Chinese or Japanese runs may still hold allowed words ("北京…等待发货…"), kept as written. */
function redactRun(run: string, allowed: Allowed, digits: FakeDigits): string {
  if (!CJK_ONLY.test(run) || allowed.cjk.length === 0) return shapeOf(run, digits);
  let out = '';
  let i = 0;
  while (i < run.length) {
    const word = allowed.cjk.find((w) => run.startsWith(w, i));
    if (word) {
      out += word;
      i += word.length;
    } else {
      out += shapeOf(run[i]!, digits);
      i += 1;
    }
  }
  return out;
}
