/**
 * What the compact bar shows out of a whole verdict: the one consequence that matters most and
 * the next deadline.
 */
import type { Consequence, Deadline, Verdict } from '../rules/types';

/** A cost first (metrics, money), then reassurance, then anything else. */
export function mainConsequence(verdict: Verdict): Consequence | null {
  const { consequences } = verdict;
  return (
    consequences.find((c) => c.tone === 'bad') ?? consequences.find((c) => c.tone === 'good') ?? consequences[0] ?? null
  );
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
