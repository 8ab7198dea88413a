/**
 * Everything the popup shows besides the verdict cards, loaded as one chunk once the first verdict is
 * painted (or the page turned out to have none): the order table of list pages, the by-hand picker,
 * each order's timeline and links, the quick statistics and the order search. Parsing and running
 * them before the verdict cost the popup's start time the seller waits through.
 */
import { OrderSearch } from '../ui/OrderSearch';
import { LinkPicker } from './LinkPicker';
import { buildManualSnapshot, updateForm } from './manual';
import { ManualPicker } from './ManualPicker';
import { OrderTable } from './OrderTable';
import { QuickStats } from './QuickStats';
import { Timeline } from './Timeline';

export const later = {
  LinkPicker,
  ManualPicker,
  OrderTable,
  QuickStats,
  Timeline,
  OrderSearch,
  // The picker's form logic reads the platform registry, which only the picker needs.
  buildManualSnapshot,
  updateForm,
};
