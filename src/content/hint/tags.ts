/**
 * Our elements' names. A module of their own: the list summary (a separate script, ./page-summary) needs its tag
 * without element.ts, whose bar styles it must not carry (the page has them parsed once already).
 */
export const HINT_TAG = 'cancel-or-close-hint';
/** A list page's summary of its rows (./page-summary); its UI sits on a box inside it, as a hint's does. */
export const SUMMARY_TAG = 'cancel-or-close-summary';
