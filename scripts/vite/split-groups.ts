/** What the build plugins that shape the popup's chunks share (./async-first-script.ts, ./first-load-chunks.ts). */
import type { Rolldown } from 'vite';

/** A path with forward slashes, as the bundler names modules (a Windows root comes with backslashes). */
export const normalPath = (path: string): string => path.replaceAll('\\', '/');

type CodeSplittingGroup = NonNullable<Exclude<Rolldown.OutputOptions['codeSplitting'], boolean | undefined>['groups']>[number];

/** The output options with `groups` added after the split groups they already have. */
export function withSplitGroups(options: Rolldown.OutputOptions, ...groups: CodeSplittingGroup[]): Rolldown.OutputOptions {
  const splitting = typeof options.codeSplitting === 'object' ? options.codeSplitting : {};
  return { ...options, codeSplitting: { ...splitting, groups: [...(splitting.groups ?? []), ...groups] } };
}
