/**
 * The worker sends every message once per language it is written in (src/templates/render.ts,
 * `messagesFor`): the first render of an id is its default, the others follow. The interface
 * shows one render per id and a language switch; this groups the flat list for that.
 * Kept here, not in src/templates, so the content script never bundles the template library.
 */
import type { RenderedMessage } from '../messages/protocol';

export interface MessageGroup {
  id: string;
  /** The render in the buyer's (or supplier's) language: the one shown until the person switches. */
  primary: RenderedMessage;
  byLanguage: ReadonlyMap<string, RenderedMessage>;
}

export function groupMessages(messages: readonly RenderedMessage[]): MessageGroup[] {
  const groups = new Map<string, { primary: RenderedMessage; byLanguage: Map<string, RenderedMessage> }>();
  for (const m of messages) {
    const group = groups.get(m.id);
    if (!group) groups.set(m.id, { primary: m, byLanguage: new Map([[m.language, m]]) });
    else if (!group.byLanguage.has(m.language)) group.byLanguage.set(m.language, m);
  }
  return [...groups].map(([id, g]) => ({ id, ...g }));
}

/** Languages the switch offers: the default languages first, then the others, each once. */
export function languagesOf(groups: readonly MessageGroup[]): string[] {
  const languages = new Set<string>(groups.map((g) => g.primary.language));
  for (const g of groups) for (const language of g.byLanguage.keys()) languages.add(language);
  return [...languages];
}

/** The render in `language`, or the default when this message is not written in it. */
export const renderIn = (group: MessageGroup, language: string | null): RenderedMessage =>
  (language !== null ? group.byLanguage.get(language) : undefined) ?? group.primary;
