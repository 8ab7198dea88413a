/**
 * Everything the popup shows besides the verdict cards, loaded as one chunk once the first verdict is
 * painted (or the page turned out to have none): the order table of list pages, the by-hand picker,
 * each order's timeline and links, the quick statistics and the order search. Parsing and running
 * them before the verdict cost the popup's start time the seller waits through.
 */
export { LinkPicker } from './LinkPicker';
export { ManualPicker } from './ManualPicker';
export { OrderTable } from './OrderTable';
export { QuickStats } from './QuickStats';
export { Timeline } from './Timeline';
export { OrderSearch } from '../ui/OrderSearch';
