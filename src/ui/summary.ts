/**
 * What the compact bar shows out of a whole verdict: the one consequence that matters most and
 * the next deadline.
 */
import type { Consequence, Deadline, Verdict } from '../rules/types';
import { pick, type UiLang } from './i18n';

/** A cost first (metrics, money), then reassurance, then anything else. */
function mainConsequence(verdict: Verdict): Consequence | null {
  const { consequences } = verdict;
  return consequences.find((c) => c.tone === 'bad') ?? consequences.find((c) => c.tone === 'good') ?? consequences[0] ?? null;
}

/** The earliest deadline still ahead; when all have passed, the most recent one (it still explains the state). */
export function nextDeadline(verdict: Verdict, now: Date): Deadline | null {
  const dated = verdict.deadlines
    .map((d) => ({ d, time: Date.parse(d.at) }))
    .filter((x) => !Number.isNaN(x.time))
    .sort((a, b) => a.time - b.time);
  const ahead = dated.find((x) => x.time >= now.getTime());
  return (ahead ?? dated[dated.length - 1])?.d ?? null;
}

const plain = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\s.,;:!?。，；：！？—–-]+/g, ' ')
    .trim();

/**
 * The compact bar's second line: the main consequence, unless the headline already says it (a
 * second line that repeats the first tells the person nothing).
 */
export function barConsequence(verdict: Verdict, lang: UiLang): { text: string; tone: Consequence['tone'] } | null {
  const consequence = mainConsequence(verdict);
  if (!consequence) return null;
  const text = pick(consequence.text, lang);
  const headline = plain(pick(verdict.headline, lang));
  const sub = plain(text);
  if (sub === '' || headline.includes(sub) || sub.includes(headline)) return null;
  return { text, tone: consequence.tone };
}
