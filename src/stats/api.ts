/**
 * The statistics page's and the options page's door to the worker for history: one typed
 * request function that never throws, so pages and tests can swap in a fake. The real one is the
 * extension pages' shared sender (src/ui/send.ts).
 */
import type { AnswerOf, Result, WorkerRequest } from '../messages/protocol';
import { askWorker as sendToWorker } from '../ui/send';

export type Ask = <R extends WorkerRequest>(request: R) => Promise<Result<AnswerOf[R['kind']]>>;

export const askWorker: Ask = sendToWorker;
