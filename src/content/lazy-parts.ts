/**
 * The parts of the content script that load later, each a self-contained classic script the worker
 * injects into the asking page's isolated world (src/background/inject-part.ts). Not web-accessible:
 * a page cannot fetch them, so it cannot tell the extension is there (see vite.config.ts).
 * Light data only: the message schema, the worker, the build and the content script all read it.
 */
export const CONTENT_PARTS = [
  /** The unfolded hint (Preact: steps, consequences, deadlines, messages), on the first unfold. */
  'hint-ui',
  /** A list page's summary, with the page's first row verdict. */
  'page-summary',
  /** A page sample (a redacted copy of the order area, src/content/page-sample), when an unknown hint's button is clicked. */
  'page-sample',
] as const;

export type ContentPart = (typeof CONTENT_PARTS)[number];

/** Where a part's script is in the built extension. */
export const partFile = (part: ContentPart): string => `content/${part}.js`;

/** Where a platform's content script is in the built extension. */
export const contentScriptFile = (platform: string): string => `content/${platform}.js`;
