// A list page's summary as a lazy part (see src/content/lazy-parts.ts): registers itself for the content script.
import * as pageSummary from '../hint/page-summary';
import { providePart } from '../part-registry';

providePart('page-summary', pageSummary);
