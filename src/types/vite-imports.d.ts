/** `messages.json?hint`: the catalogue subset the in-page hint needs (scripts/vite/locale-subset.ts). */
declare module '*messages.json?hint' {
  const catalogue: Record<string, { message: string }>;
  export default catalogue;
}

