/**
 * What 1688's content script needs of the platform's definition on a seller page (PagePlatform): the rest of
 * it (hosts, picker facts, template languages) is for the worker and the extension pages, and stays out of the
 * script every seller page loads. platform.ts spreads this into the whole definition.
 */
import type { PagePlatform } from '../types';

export const alibaba1688OnPage: PagePlatform = {
  id: '1688',
  name: { en: '1688', zh: '1688' },
  // The Wangwang (阿里旺旺) chat input.
  messageBoxWords: /消息|留言|回复|输入|发送给|\bmessage/i,
};
