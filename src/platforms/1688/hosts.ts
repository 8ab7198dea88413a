/**
 * The 1688 hosts we read: trade.1688.com (buyer and seller order lists, legacy order detail),
 * air.1688.com (the current order-detail app) and work.1688.com (the seller workbench).
 * The manifest's match patterns come from this list, so a host is added in one place; the
 * readers' `matches()` then pick the order pages by path.
 */
export const ALIBABA_1688_HOSTS = ['trade.1688.com', 'air.1688.com', 'work.1688.com'] as const;

export const alibaba1688MatchPatterns = (): string[] => ALIBABA_1688_HOSTS.map((h) => `https://${h}/*`);
