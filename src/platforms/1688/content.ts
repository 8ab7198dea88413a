// 1688 content script (buyer and seller order pages); the manifest entry is built from the registry (vite.config.ts).
import { startContentScript } from '../../content/start';
import { alibaba1688OnPage } from './on-page';
import { alibaba1688Readers } from './readers';
import { unknownStatusWords } from './status';

startContentScript(alibaba1688OnPage, alibaba1688Readers, { unknownStatusWords });
