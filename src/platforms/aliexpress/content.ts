// AliExpress content script (seller centre and the buyer's My Orders); the manifest entry is built from the registry.
import { startContentScript } from '../../content/start';
import { aliexpressOnPage } from './on-page';
import { aliexpressReaders } from './readers';
import { unknownStatusWords } from './vocabulary';

startContentScript(aliexpressOnPage, aliexpressReaders, { unknownStatusWords });
