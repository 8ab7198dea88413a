// Content script for 1688 seller pages (manifest: content_scripts, matches from src/platforms/hosts.ts).
import { alibaba1688Readers } from '../platforms/1688/index';
import { startContentScript } from './start';

startContentScript(alibaba1688Readers);
