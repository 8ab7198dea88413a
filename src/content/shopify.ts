// Content script for shopify seller pages (manifest: content_scripts, matches from src/platforms/hosts.ts).
import { shopifyReaders } from '../platforms/shopify/index';
import { startContentScript } from './start';

startContentScript(shopifyReaders);
