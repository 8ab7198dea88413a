/** One row at a time and all at once are the same reading (PageReader.readRows). */
import type { ReadEnd, ReadOrder, ReadResult } from './types';

/** `read` from `readRows`: every row, and the end. */
export function readAllRows(rows: Generator<ReadOrder, ReadEnd, void>): ReadResult {
  const orders: ReadOrder[] = [];
  for (;;) {
    const step = rows.next();
    if (!step.done) {
      orders.push(step.value);
      continue;
    }
    // A reading that yielded orders read the page, whatever its end says.
    return step.value.status === 'read' || orders.length > 0 ? { status: 'read', orders } : step.value;
  }
}
