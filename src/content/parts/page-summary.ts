// A list page's summary as a lazy part (see src/content/lazy-parts.ts): registers itself for the content script.
import * as pageSummary from '../hint/page-summary';
import { adoptServedPlatform } from '../page-platform';
import { providePart } from '../part-registry';

adoptServedPlatform();
providePart('page-summary', pageSummary);
