/**
 * 1688: everything the rest of the extension knows about the platform (see PlatformDefinition).
 * Light data only: the worker and the popup read it through the registry, so no reader code is imported here.
 */
import type { PlatformDefinition } from '../types';

/**
 * trade.1688.com (buyer and seller order lists, legacy order detail), air.1688.com (the current order-detail app)
 * and work.1688.com (the seller workbench). The readers' `matches()` pick the order pages by path.
 */
const HOSTS = ['trade.1688.com', 'air.1688.com', 'work.1688.com'] as const;

export const alibaba1688: PlatformDefinition = {
  id: '1688',
  name: { en: '1688', zh: '1688' },
  matchPatterns: HOSTS.map((h) => `https://${h}/*`),
  contentEntry: 'src/platforms/1688/content.ts',
  perspectives: { seller: { writesTo: 'buyer' }, buyer: { writesTo: 'supplier', dropshipping: true } },
  // The Wangwang (阿里旺旺) chat input.
  messageBoxWords: /消息|留言|回复|输入|发送给|\bmessage/i,
  // Chinese first, with an English version for sellers who do not read Chinese.
  templateLanguages: { buyer: ['zh', 'en'], supplier: ['zh', 'en'] },
  picker: {},
};
