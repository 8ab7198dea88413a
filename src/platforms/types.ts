/**
 * The reader contract: one reader per page kind, a pure function of a DOM root and a URL.
 * Readers never touch the browser API, the clock (beyond `now` passed in), or the UI.
 * And the platform contract: what each src/platforms/<site>/platform.ts declares (PlatformDefinition).
 */
import type { LocalizedText, OrderSnapshot, Perspective, Platform, Stage } from '../rules/types';
import type { Audience, Language } from '../templates/types';

/** Where the content script hangs the `<cancel-or-close-hint>` for one order. */
export interface HintMount {
  anchor: Element;
  where: 'before' | 'after' | 'prepend' | 'append';
  /**
   * 'before'/'after' only: the anchor may sit in a row of flex items (a title beside its badges), where a box
   * placed next to it is squeezed into a narrow column; the hint then goes beside the nearest ancestor that
   * is not such a row. A style question the page answers at placement, so readers stay pure.
   */
  leaveFlexRow?: boolean;
}

export interface ReadOrder {
  snapshot: OrderSnapshot;
  /** null: the content script falls back to a floating hint. */
  mount: HintMount | null;
}

export type ReadResult =
  /** The page's order data has not rendered yet: the caller keeps waiting (bounded). */
  | { status: 'not-ready' }
  /** At least one order was read (its stage may still be 'unknown', with `source.missing`). */
  | { status: 'read'; orders: ReadOrder[] }
  /** This is an order page but no order can be read; say so plainly, never guess. */
  | { status: 'unreadable'; missing: string[]; note: LocalizedText; orderId?: string };

export interface PageReader {
  /** e.g. 'amazon/order-details'; also written to `snapshot.source.reader`. */
  id: string;
  platform: Platform;
  kind: 'detail' | 'list';
  /** Cheap URL test; no DOM access. */
  matches(url: URL): boolean;
  /**
   * The element whose subtree holds the order data once rendered (e.g. `#MYO-app`), so the
   * content script can observe that subtree only; null when the app root is not there yet.
   */
  root(doc: Document): Element | null;
  read(root: ParentNode, url: URL): ReadResult;
  /**
   * A list's orders one row at a time, for a list that can be long: the content script reads as many rows as one task
   * should hold, judges them, and goes on in the next task (src/content/session.ts), so a long list never makes a long
   * task. Reads exactly what `read` reads (`read` is this run to the end: `readAllRows`, src/platforms/read-rows.ts).
   * The end says how the list read: 'read' (also a list that shows no order: a filter matching nothing); otherwise
   * why not, when no row was yielded.
   */
  readRows?(root: ParentNode, url: URL): Generator<ReadOrder, ReadEnd, void>;
}

/** How a row-by-row reading ended: 'read' when the list was read (its orders were yielded); otherwise as `ReadResult` says. */
export type ReadEnd = { status: 'read' } | Exclude<ReadResult, { status: 'read' }>;

/**
 * The part of a platform's definition a content script needs on the seller's page (src/platforms/<site>/on-page.ts):
 * the hint names the platform and finds its message box. The rest of the definition (hosts, picker facts, template
 * languages …) is for the worker and the extension pages, so it does not ship in the script every seller page loads.
 */
export interface PagePlatform {
  id: Platform;
  /** Shown to the person (picker, "Amazon support"), in each interface language. */
  name: LocalizedText;
  /** Words that name the page's own message input (label, placeholder, aria text), in the languages its pages come in. */
  messageBoxWords: RegExp;
}

/**
 * Everything that is one platform's, as light data: the background worker, the popup and the build read every
 * platform's definition through src/platforms/registry.ts, so nothing here may import reader code. A content script
 * imports only its own platform's PagePlatform and readers (src/platforms/<site>/content.ts).
 */
export interface PlatformDefinition extends PagePlatform {
  /** Manifest match patterns of the pages we read; the worker accepts snapshots only from these. */
  matchPatterns: readonly string[];
  /** The content-script entry the manifest lists for `matchPatterns`, relative to the project root. */
  contentEntry: string;
  /** Whose pages the platform has, and whom the person on each side writes to. */
  perspectives: Readonly<Partial<Record<Perspective, Side>>>;
  /** Languages this platform's templates are written in, per audience, in fallback order (the first is the default). */
  templateLanguages: Readonly<Partial<Record<Audience, readonly Language[]>>>;
  /**
   * The language the other party reads, when the order says it (Amazon: the marketplace's; AliExpress:
   * the buyer's ship-to country or country site); undefined leaves the audience's first language.
   */
  messageLanguage?: (snapshot: Pick<OrderSnapshot, 'marketplace' | 'buyerCountry'>, audience: Audience) => Language | undefined;
  /** What the popup's by-hand picker offers beyond platform, side and stage. */
  picker: ManualPickerOptions;
}

interface Side {
  /** Whom a person on this side writes to. */
  writesTo: Audience;
  /** A dropshipper buying here also writes to their own store's customers (Shopify templates fit). */
  dropshipping?: true;
}

interface ManualPickerOptions {
  /** Marketplaces to choose from (e.g. 'amazon.de'); none: the platform has no marketplace choice. */
  marketplaces?: readonly string[];
  /** The platform can fulfil orders itself (Fulfilled by Amazon): the picker offers a toggle with this label. */
  platformFulfilment?: LocalizedText;
  /**
   * Facts a page may not show but the person knows (a pre-order, a payment only authorized, why an
   * order ended …): each a checkbox whose snapshot fields are set when ticked. Every fact a rule
   * reads has a producer: a reader, the worker's history, or one of these (a unit test checks).
   */
  facts?: readonly PickerFact[];
}

export interface PickerFact {
  /** Stable id, e.g. 'preorder'. */
  id: string;
  label: LocalizedText;
  /** Offered only on these sides and stages (absent: all). */
  perspectives?: readonly Perspective[];
  stages?: readonly Stage[];
  /** What ticking it says about the order. */
  set: PickerFactFields;
}

/** The snapshot fields a picker fact may set. */
export type PickerFactFields = Partial<
  Pick<
    OrderSnapshot,
    | 'programs'
    | 'pickupScheduled'
    | 'buyerAskedByMessage'
    | 'trackingNumberShown'
    | 'endReason'
    | 'paymentStatus'
    | 'refundInProgress'
    | 'refundRequestKind'
    | 'returnInProgress'
    | 'fulfillmentInProgress'
  >
>;
