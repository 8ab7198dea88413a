/**
 * The hint's styles as strings, for stylesheets inside a shadow root: the compact bar's (and the
 * colour tokens) for every hint, the verdict card's only once a hint unfolds.
 */
export { default as barCss } from './bar.css?inline';
export { default as cardCss } from './card.css?inline';
