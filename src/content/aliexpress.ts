// Content script for aliexpress seller pages (manifest: content_scripts, matches from src/platforms/hosts.ts).
import { aliexpressReaders } from '../platforms/aliexpress/index';
import { startContentScript } from './start';

startContentScript(aliexpressReaders);
