/**
 * The typed message protocol between the content script, the background worker and the
 * extension pages. Every message is a plain object with a `kind`; every answer is a `Result`
 * envelope, so errors travel back as values (never as thrown exceptions across contexts).
 * The shapes are described once, as schemas (./schemas.ts); the types here are derived from them.
 *
 * Who sends what:
 * | kind            | from                  | to        | answer            |
 * |-----------------|-----------------------|-----------|-------------------|
 * | evaluate        | content, popup        | worker    | EvaluateAnswer    |
 * | evaluate-many   | content               | worker    | EvaluateManyAnswer|
 * | history/*       | popup, options, stats | worker    | see AnswerOf      |
 * | settings/*      | pages (get: content)  | worker    | UserSettings      |
 * | templates/*     | options               | worker    | CustomTemplate(s) |
 * | page/orders     | popup (tabs.sendMessage) | content | PageOrders      |
 * | words/*         | content (teach, forget), pages | worker | taught words |
 * | diagnostics     | extension pages (tests) | worker  | Diagnostics     |
 * | content/part    | content               | worker    | { injected }      |
 */
import type * as v from 'valibot';
import type * as S from './schemas';
// Types only: a content script importing `ok` or `Result` must not carry the schemas.

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: string): Result<T> => ({ ok: false, error });

type Out<T extends v.GenericSchema> = v.InferOutput<T>;

// Requests (the others by kind: Extract<WorkerMessage, { kind: 'history/order' }>)
export type EvaluateRequest = Out<typeof S.EvaluateRequestSchema>;
export type EvaluateManyRequest = Out<typeof S.EvaluateManyRequestSchema>;
export type HistoryActionRequest = Out<typeof S.HistoryActionRequestSchema>;
type DiagnosticsRequest = Out<typeof S.DiagnosticsRequestSchema>;
type ContentPartRequest = Out<typeof S.ContentPartRequestSchema>;
export type PageOrdersRequest = Out<typeof S.PageOrdersRequestSchema>;

/** Everything the worker accepts: the routed requests, and diagnostics and content parts, which it answers itself. */
export type WorkerMessage = Out<typeof S.WorkerMessageSchema>;
export type WorkerRequest = Exclude<WorkerMessage, DiagnosticsRequest | ContentPartRequest>;
export type ContentRequest = PageOrdersRequest;

// Answers
export type RenderedMessage = Out<typeof S.RenderedMessageSchema>;
export type FromHistory = Out<typeof S.FromHistorySchema>;
export type EvaluateAnswer = Out<typeof S.EvaluateAnswerSchema>;
export type EvaluateManyAnswer = Out<typeof S.EvaluateManyAnswerSchema>;
export type BarLook = Out<typeof S.BarLookSchema>;
export type OrderHistory = Out<typeof S.OrderHistorySchema>;
export type PageOrder = Out<typeof S.PageOrderSchema>;
export type PageOrders = Out<typeof S.PageOrdersSchema>;
export type HistoryStats = Out<typeof S.HistoryStatsSchema>;
export type HistoryExport = Out<typeof S.HistoryExportSchema>;
export type ImportReport = Out<typeof S.ImportReportSchema>;
export type Diagnostics = Out<typeof S.DiagnosticsSchema>;

// Records (stored, exported, imported)
export type UserSettings = Out<typeof S.UserSettingsSchema>;
export type CustomTemplate = Out<typeof S.CustomTemplateSchema>;
export type StoredTemplate = Out<typeof S.StoredTemplateSchema>;
export type OrderRecord = Out<typeof S.OrderRecordSchema>;
export type OrderSearch = Out<typeof S.OrderSearchSchema>;
export type LinkRecord = Out<typeof S.LinkRecordSchema>;
export type ObservationRecord = Out<typeof S.ObservationRecordSchema>;
export type StoredObservation = Out<typeof S.StoredObservationSchema>;
export type OrderActionRecord = Out<typeof S.OrderActionRecordSchema>;
export type FollowUpRecord = Out<typeof S.FollowUpRecordSchema>;
export type HistoryFile = Out<typeof S.HistoryFileSchema>;
export type TaughtWordEntry = Out<typeof S.TaughtWordSchema>;
export type TaughtWordRecord = Out<typeof S.TaughtWordRecordSchema>;

/** Maps each request kind to its answer type, for typed senders. */
export type AnswerOf = { [K in keyof typeof S.ANSWER_SCHEMAS]: Out<(typeof S.ANSWER_SCHEMAS)[K]> };
