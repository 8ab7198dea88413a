// Shopify admin content script; the manifest entry is built from the registry (vite.config.ts).
import { startContentScript } from '../../content/start';
import { shopify } from './platform';
import { shopifyReaders } from './readers';

startContentScript(shopify, shopifyReaders);
