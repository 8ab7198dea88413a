/**
 * The words American and British English spell differently, as the texts here can use them: the one table both
 * spellings are made from (src/rules/wording.ts respells a verdict's texts, src/templates/render.ts a message's body,
 * by the marketplace's spelling). A text may be written in either spelling; on a page it reads in the page's only.
 * Each pair is whole words, every form written out: a stem rule would also turn "laboratory" or "honorary" wrong.
 */
import type { Spelling } from './wording';

/** [American, British], lower case; a capital first letter is kept ("Cancelled", "Colour"). */
const PAIRS: ReadonlyArray<readonly [american: string, british: string]> = [
  // -l / -ll before an ending (Amazon UK: "Buyer Cancelled").
  ['canceled', 'cancelled'],
  ['canceling', 'cancelling'],
  ['labeled', 'labelled'],
  ['labeling', 'labelling'],
  ['modeled', 'modelled'],
  ['traveled', 'travelled'],
  ['traveling', 'travelling'],
  ['fulfill', 'fulfil'],
  ['fulfills', 'fulfils'],
  ['fulfillment', 'fulfilment'],
  ['fulfillments', 'fulfilments'],
  ['enroll', 'enrol'],
  ['enrollment', 'enrolment'],
  // -or / -our
  ['color', 'colour'],
  ['colors', 'colours'],
  ['colored', 'coloured'],
  ['colorful', 'colourful'],
  ['favor', 'favour'],
  ['favors', 'favours'],
  ['favorable', 'favourable'],
  ['favorite', 'favourite'],
  ['favorites', 'favourites'],
  ['behavior', 'behaviour'],
  ['behaviors', 'behaviours'],
  ['honor', 'honour'],
  ['honored', 'honoured'],
  ['neighbor', 'neighbour'],
  ['neighbors', 'neighbours'],
  // -er / -re
  ['center', 'centre'],
  ['centers', 'centres'],
  ['fiber', 'fibre'],
  ['liter', 'litre'],
  ['liters', 'litres'],
  // -ize / -ise, -yze / -yse
  ...[
    'apolog',
    'real',
    'organ',
    'recogn',
    'author',
    'priorit',
    'custom',
    'final',
    'minim',
    'summar',
    'categor',
    'emphas',
    'util',
    'optim',
  ].flatMap((stem) => ['e', 'ed', 'es', 'ing'].map((end) => [`${stem}iz${end}`, `${stem}is${end}`] as const)),
  ['organization', 'organisation'],
  ['organizations', 'organisations'],
  ['authorization', 'authorisation'],
  ['authorizations', 'authorisations'],
  ['customization', 'customisation'],
  ['analyze', 'analyse'],
  ['analyzed', 'analysed'],
  ['analyzing', 'analysing'],
  // -se / -ce, and single words
  ['defense', 'defence'],
  ['offense', 'offence'],
  ['gray', 'grey'],
];

const TO: Record<Spelling, ReadonlyMap<string, string>> = {
  american: new Map(PAIRS.map(([us, uk]) => [uk, us])),
  british: new Map(PAIRS.map(([us, uk]) => [us, uk])),
};

/** The words a text in the given spelling must not keep, as one pattern (whole words, any first-letter case). */
const OTHER: Record<Spelling, RegExp> = {
  american: wordsPattern(PAIRS.map(([, uk]) => uk)),
  british: wordsPattern(PAIRS.map(([us]) => us)),
};

function wordsPattern(words: readonly string[]): RegExp {
  const longestFirst = [...words].sort((a, b) => b.length - a.length);
  return new RegExp(`\\b(?:${longestFirst.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')})\\b`, 'g');
}

/** Whether an English text has a word of the other spelling (the cheap test before respelling). */
export function hasOtherSpelling(en: string, spelling: Spelling): boolean {
  const pattern = OTHER[spelling];
  pattern.lastIndex = 0;
  return pattern.test(en);
}

/** One English text in the given spelling. Words that are the same in both ("cancellation") are left alone. */
export function respell(en: string, spelling: Spelling): string {
  return en.replace(OTHER[spelling], (word) => {
    const lower = word.toLowerCase();
    const other = TO[spelling].get(lower) ?? lower;
    return word[0] === lower[0] ? other : other[0]!.toUpperCase() + other.slice(1);
  });
}
