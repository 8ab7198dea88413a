// Amazon Seller Central content script; the manifest entry is built from the registry (vite.config.ts).
import { startContentScript } from '../../content/start';
import { amazon } from './platform';
import { amazonReaders } from './readers';
import { unknownStatusWords } from './vocabulary';

startContentScript(amazon, amazonReaders, { unknownStatusWords });
