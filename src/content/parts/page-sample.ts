// A page sample as a lazy part (see src/content/lazy-parts.ts): registers itself for the content script.
import * as pageSample from '../page-sample/save';
import { adoptServedPlatform } from '../page-platform';
import { providePart } from '../part-registry';

adoptServedPlatform();
providePart('page-sample', pageSample);
