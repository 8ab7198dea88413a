// Shopify admin content script; the manifest entry is built from the registry (vite.config.ts).
import { startContentScript } from '../../content/start';
import { shopifyOnPage } from './on-page';
import { shopifyReaders } from './readers';

startContentScript(shopifyOnPage, shopifyReaders);
