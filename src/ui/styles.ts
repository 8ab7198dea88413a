/** The card and hint styles as a string, for a <style> inside a shadow root. */
export { default as cardCss } from './styles.css?inline';
