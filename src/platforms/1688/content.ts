// 1688 content script (buyer and seller order pages); the manifest entry is built from the registry (vite.config.ts).
import { startContentScript } from '../../content/start';
import { alibaba1688 } from './platform';
import { alibaba1688Readers } from './readers';
import { unknownStatusWords } from './status';

startContentScript(alibaba1688, alibaba1688Readers, { unknownStatusWords });
