// The unfolded hint as a lazy part (see src/content/lazy-parts.ts): registers itself for the content script.
import * as hintUi from '../hint/hint-ui';
import { adoptServedPlatform } from '../page-platform';
import { providePart } from '../part-registry';

adoptServedPlatform();
providePart('hint-ui', hintUi);
