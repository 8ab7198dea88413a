/**
 * What AliExpress's content script needs of the platform's definition on a seller page (PagePlatform): the rest of
 * it (hosts, picker facts, template languages) is for the worker and the extension pages, and stays out of the
 * script every seller page loads. platform.ts spreads this into the whole definition.
 */
import type { PagePlatform } from '../types';

export const aliexpressOnPage: PagePlatform = {
  id: 'aliexpress',
  name: { en: 'AliExpress', zh: '速卖通' },
  messageBoxWords: /\b(?:message|reply|type here|chat)|mensaje|mensagem|сообщени|消息|留言|回复|输入/i,
};
