/** `messages.json?hint`: the catalogue subset the in-page hint needs (scripts/vite/locale-subset.ts). */
declare module '*messages.json?hint' {
  const catalogue: Record<string, { message: string }>;
  export default catalogue;
}

/** `messages.json?card`: the strings only the unfolded hint shows, loaded with its code (scripts/vite/locale-subset.ts). */
declare module '*messages.json?card' {
  const catalogue: Record<string, { message: string }>;
  export default catalogue;
}

/** `messages.json?summary`: the strings only a list page's summary shows, loaded with its code (scripts/vite/locale-subset.ts). */
declare module '*messages.json?summary' {
  const catalogue: Record<string, { message: string }>;
  export default catalogue;
}

/** `messages.json?hint-first`: the hint's strings before any verdict, in every content script (scripts/vite/locale-subset.ts). */
declare module '*messages.json?hint-first' {
  const catalogue: Record<string, { message: string }>;
  export default catalogue;
}

/** `messages.json?hint-verdict`: the verdict bar's strings, which the worker sends with the first verdicts (scripts/vite/locale-subset.ts). */
declare module '*messages.json?hint-verdict' {
  const catalogue: Record<string, { message: string }>;
  export default catalogue;
}
