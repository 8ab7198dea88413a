/**
 * What Amazon Seller Central's content script needs of the platform's definition on a seller page (PagePlatform): the rest of
 * it (hosts, picker facts, template languages) is for the worker and the extension pages, and stays out of the
 * script every seller page loads. platform.ts spreads this into the whole definition.
 */
import type { PagePlatform } from '../types';

export const amazonOnPage: PagePlatform = {
  id: 'amazon',
  name: { en: 'Amazon', zh: '亚马逊' },
  messageBoxWords:
    /\b(?:message|reply|write to the buyer|contact buyer)|nachricht|antwort|r[ée]ponse|mensaje|respuesta|messaggio|risposta|メッセージ|返信|消息|留言|回复/i,
};
