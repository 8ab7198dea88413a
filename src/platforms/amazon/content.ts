// Amazon Seller Central content script; the manifest entry is built from the registry (vite.config.ts).
import { startContentScript } from '../../content/start';
import { amazonOnPage } from './on-page';
import { amazonReaders } from './readers';
import { unknownStatusWords } from './vocabulary';

startContentScript(amazonOnPage, amazonReaders, { unknownStatusWords });
