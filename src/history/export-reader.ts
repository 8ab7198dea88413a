/**
 * Reads a JSON history export piece by piece, so a file of any size is read without ever holding
 * its whole text (a 150,000-order history is over 100 MB; one string of it, or one runtime message,
 * is past what a browser takes).
 *
 * The file is one JSON object (src/history/export.ts writes one record per line, but any JSON layout
 * of the same object reads the same, files written before included). The reader finds each
 * top-level field; a field whose value is a list hands over its items one by one, any other field
 * its whole value. Each value is cut out by counting brackets outside strings and given to
 * JSON.parse, so what is accepted is exactly JSON. Text arrives in chunks of any size; a value cut
 * between two chunks is completed by the next.
 */

/** One top-level field's value, or (for a list) one item of it with its position. */
export type ExportPiece = { field: string; value: unknown; item: number | null };

/** Larger than any record the schemas accept (the longest texts are a few thousand characters). */
const MAX_PIECE_CHARS = 1_000_000;

/** Why a whole file was refused, as a code the options page words in the person's language. */
export type ImportFailure = 'not-json' | 'not-export' | 'too-large' | 'version';

export class ExportFileError extends Error {
  constructor(
    message: string,
    readonly code: ImportFailure,
  ) {
    super(message);
  }
}

const NOT_JSON = 'The file is not a history export: it is not JSON.';
export const NOT_EXPORT = 'The file is not a Cancel or Close history export.';

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** Where the reader is in the object: `key` and `item` follow a comma, so a value must come. */
type Where = 'start' | 'key-or-end' | 'key' | 'colon' | 'value' | 'item-or-end' | 'item' | 'after-item' | 'after-field' | 'done';

export class ExportReader {
  private buf = '';
  private pos = 0;
  private where: Where = 'start';
  private field = '';
  private item = 0;
  /** The value being cut out: where it starts, and how far it has been scanned. */
  private start = -1;
  private scan = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;

  constructor(private readonly take: (piece: ExportPiece) => void) {}

  /** Reads a chunk; throws ExportFileError when the text cannot be a history export. */
  push(chunk: string): void {
    this.buf += chunk;
    this.run(false);
    // Drop what was read, so memory holds one value at most.
    const keep = this.start >= 0 ? this.start : this.pos;
    if (keep > 65_536) {
      this.buf = this.buf.slice(keep);
      this.pos -= keep;
      if (this.start >= 0) {
        this.scan -= keep;
        this.start = 0;
      }
    }
  }

  /** The end of the file: throws unless the object was complete. */
  end(): void {
    this.run(true);
    if (this.where !== 'done') throw new ExportFileError(NOT_JSON, 'not-json');
    for (let i = this.pos; i < this.buf.length; i++) if (!isSpace(this.buf.charCodeAt(i))) throw new ExportFileError(NOT_JSON, 'not-json');
  }

  private run(final: boolean): void {
    for (;;) {
      if (this.start < 0) {
        while (this.pos < this.buf.length && isSpace(this.buf.charCodeAt(this.pos))) this.pos++;
        if (this.pos >= this.buf.length || this.where === 'done') return;
      }
      const c = this.buf[this.pos]!;
      switch (this.where) {
        case 'start':
          if (c !== '{') {
            // JSON, but not an object: some other file's data, not a broken export.
            if ('[{"-0123456789tfn'.includes(c)) throw new ExportFileError(NOT_EXPORT, 'not-export');
            throw new ExportFileError(NOT_JSON, 'not-json');
          }
          this.pos++;
          this.where = 'key-or-end';
          break;
        case 'key-or-end':
        case 'key': {
          if (c === '}' && this.where === 'key-or-end') {
            this.pos++;
            this.where = 'done';
            break;
          }
          if (c !== '"') throw new ExportFileError(NOT_JSON, 'not-json');
          const key = this.value(final);
          if (key === undefined) return;
          this.field = key as string;
          this.where = 'colon';
          break;
        }
        case 'colon':
          if (c !== ':') throw new ExportFileError(NOT_JSON, 'not-json');
          this.pos++;
          this.where = 'value';
          break;
        case 'value': {
          if (c === '[') {
            this.pos++;
            this.item = 0;
            this.where = 'item-or-end';
            break;
          }
          const whole = this.value(final);
          if (whole === undefined) return;
          this.take({ field: this.field, value: whole, item: null });
          this.where = 'after-field';
          break;
        }
        case 'item-or-end':
        case 'item': {
          if (c === ']' && this.where === 'item-or-end') {
            this.pos++;
            this.where = 'after-field';
            break;
          }
          const value = this.value(final);
          if (value === undefined) return;
          this.take({ field: this.field, value, item: this.item++ });
          this.where = 'after-item';
          break;
        }
        case 'after-item':
        case 'after-field': {
          const inList = this.where === 'after-item';
          if (c === ',') this.where = inList ? 'item' : 'key';
          else if (c === (inList ? ']' : '}')) this.where = inList ? 'after-field' : 'done';
          else throw new ExportFileError(NOT_JSON, 'not-json');
          this.pos++;
          break;
        }
        case 'done':
          return;
      }
    }
  }

  /**
   * Cuts out the JSON value starting at `pos` and parses it; undefined when its end has not arrived
   * yet (the scan resumes where it stopped on the next chunk).
   */
  private value(final: boolean): unknown {
    if (this.start < 0) {
      this.start = this.pos;
      this.scan = this.pos;
      this.depth = 0;
      this.inString = false;
      this.escaped = false;
    }
    const end = this.scanToEnd(final);
    if (end < 0) {
      if (this.buf.length - this.start > MAX_PIECE_CHARS)
        throw new ExportFileError('The file holds a record far larger than any export writes.', 'too-large');
      return undefined;
    }
    const text = this.buf.slice(this.start, end);
    this.start = -1;
    this.pos = end;
    try {
      return JSON.parse(text);
    } catch {
      throw new ExportFileError(NOT_JSON, 'not-json');
    }
  }

  /** The index just past the value, or -1 when the buffer ends first. */
  private scanToEnd(final: boolean): number {
    const buf = this.buf;
    const first = buf[this.start]!;
    const nested = first === '{' || first === '[';
    const quoted = first === '"';
    let i = this.scan;
    if (i === this.start) {
      // The opening character itself.
      if (quoted) this.inString = true;
      else if (nested) this.depth = 1;
      i++;
    }
    if (!nested && !quoted) {
      // A number, true, false or null: ends at the next delimiter.
      while (i < buf.length && !',]} \t\r\n'.includes(buf[i]!)) i++;
      this.scan = i;
      return i < buf.length || final ? i : -1;
    }
    // The scan state lives in locals while scanning (a 100,000-order file is tens of millions of
    // characters; field reads per character doubled the reading time) and is kept when the buffer ends.
    let { inString, escaped, depth } = this;
    const n = buf.length;
    for (; i < n; i++) {
      const c = buf.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 0x5c) escaped = true;
        else if (c === 0x22) {
          inString = false;
          if (quoted) return i + 1;
        }
      } else if (c === 0x22) inString = true;
      else if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) {
        if (--depth === 0) return i + 1;
      }
    }
    Object.assign(this, { inString, escaped, depth, scan: i });
    return -1;
  }
}

/** Reads a whole text (small files, tests) through the same reader. */
export function readExportText(text: string, take: (piece: ExportPiece) => void): void {
  const reader = new ExportReader(take);
  reader.push(text);
  reader.end();
}
