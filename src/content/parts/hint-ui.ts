// The unfolded hint as a lazy part (see src/content/lazy-parts.ts): registers itself for the content script.
import * as hintUi from '../hint/hint-ui';
import { providePart } from '../part-registry';

providePart('hint-ui', hintUi);
