// Content script for amazon seller pages (manifest: content_scripts, matches from src/platforms/hosts.ts).
import { amazonReaders } from '../platforms/amazon/index';
import { startContentScript } from './start';

startContentScript(amazonReaders);
