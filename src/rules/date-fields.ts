/**
 * The snapshot's date fields (architecture.md §3.2) and the words a seller reads for each. One table: the list of
 * fields is made from it, so a field added to the list without its words does not compile, and
 * test/unit/rules/date-fields.test.ts fails when the snapshot schema has a date field this table lacks.
 * A seller never sees a field's name ("orderedAt"): a page they cannot act on names what they see on it.
 */
import type { LocalizedText } from './types';

const DATE_FIELD_WORDS = {
  orderedAt: { en: 'order date', zh: '下单时间' },
  shipBy: { en: 'ship-by date', zh: '最晚发货时间' },
  deliverBy: { en: 'deliver-by date', zh: '最晚送达时间' },
  autoCancelAt: { en: 'auto-cancel date', zh: '自动取消时间' },
  deadlineAt: { en: 'deadline of the order’s current step', zh: '当前状态的截止时间' },
  cancelRequestedAt: { en: 'time the cancellation was requested', zh: '申请取消的时间' },
  shippedAt: { en: 'shipping date', zh: '发货时间' },
  refundRequestedAt: { en: 'time the refund was requested', zh: '申请退款的时间' },
} as const satisfies Record<string, LocalizedText>;

export type DateField = keyof typeof DATE_FIELD_WORDS;

/** The date fields, in the order they are checked (the first unreadable one is named). */
export const DATE_FIELDS = Object.freeze(Object.keys(DATE_FIELD_WORDS)) as readonly DateField[];

/** What a seller reads for a date field, in each interface language. */
export const dateFieldLabel = (field: DateField): LocalizedText => DATE_FIELD_WORDS[field];
