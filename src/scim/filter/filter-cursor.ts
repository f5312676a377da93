/**
 * The scanner under `parseFilter` (RFC 7644 section 3.4.2.2, Figure 1): a position in the filter
 * text plus the lexical rules, so every failure can say where it happened and what was expected.
 * It throws nothing but ScimError.invalidFilter.
 */
import { ScimError } from '../errors.ts';

/** A run of attribute-path characters: names, `.`, and the `:`s of a schema URN (`2.0` has dots). */
const WORD = /[A-Za-z0-9_$.:-]+/y;
/** Characters of an unquoted value (see `readBareValue`). */
const BARE_VALUE = /[^\s()[\]"']+/y;
const SPACE = /[ \t\r\n]*/y;
/** A quoted string, closed or not, for quoting the offending token in an error. */
const QUOTED = /"(?:[^"\\]|\\.)*"?/y;
const HEX4 = /^[0-9A-Fa-f]{4}$/;
const SIMPLE_ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

export class FilterCursor {
  position = 0;

  constructor(readonly text: string) {}

  /** Throws invalidFilter naming the 1-based position, what was expected and what was found. */
  fail(expected: string, at: number = this.position): never {
    throw ScimError.invalidFilter(`Invalid filter at position ${at + 1}: expected ${expected}, found ${this.describe(at)}`);
  }

  /** Throws invalidFilter with a detail that is not of the "expected X" kind. */
  reject(problem: string, at: number = this.position): never {
    throw ScimError.invalidFilter(`Invalid filter at position ${at + 1}: ${problem}`);
  }

  skipSpace(): void {
    SPACE.lastIndex = this.position;
    SPACE.exec(this.text);
    this.position = SPACE.lastIndex;
  }

  atEnd(): boolean {
    return this.position >= this.text.length;
  }

  peekChar(): string | undefined {
    return this.text[this.position];
  }

  /** Consumes `char` if it is next (no whitespace skipped). */
  takeChar(char: string): boolean {
    if (this.text[this.position] !== char) return false;
    this.position += 1;
    return true;
  }

  peekWord(): string | undefined {
    return this.match(WORD);
  }

  readWord(): string | undefined {
    const word = this.match(WORD);
    if (word !== undefined) this.position += word.length;
    return word;
  }

  peekBareValue(): string | undefined {
    return this.match(BARE_VALUE);
  }

  advance(length: number): void {
    this.position += length;
  }

  /**
   * A JSON string (RFC 8259 section 7), decoded exactly: `"CONTOSO\\jdoe"` is `CONTOSO\jdoe`.
   * Escapes and raw control characters are checked here so the error names the position;
   * JSON.parse then decodes a string already known to be valid.
   */
  readString(): string {
    const start = this.position;
    let index = start + 1;
    for (;;) {
      const char = this.text[index];
      if (char === undefined) this.reject(`the string starting here has no closing quote`, start);
      if (char === '"') break;
      if (char === '\\') {
        const escape = this.text[index + 1];
        if (escape === 'u' && HEX4.test(this.text.slice(index + 2, index + 6))) index += 6;
        else if (escape !== undefined && SIMPLE_ESCAPES.has(escape)) index += 2;
        else this.reject(`invalid escape in string; JSON escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX`, index);
        continue;
      }
      if (char.charCodeAt(0) < 0x20) this.reject('control character in string; write it as a \\u escape', index);
      index += 1;
    }
    this.position = index + 1;
    try {
      return JSON.parse(this.text.slice(start, this.position)) as string;
    } catch (cause) {
      throw ScimError.invalidFilter(`Invalid filter at position ${start + 1}: malformed string`, cause);
    }
  }

  private match(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.position;
    return pattern.exec(this.text)?.[0];
  }

  private describe(at: number): string {
    if (at >= this.text.length) return 'the end of the filter';
    const pattern = this.text[at] === '"' ? QUOTED : BARE_VALUE;
    pattern.lastIndex = at;
    const token = pattern.exec(this.text)?.[0] ?? this.text.charAt(at);
    return JSON.stringify(token.length > 24 ? `${token.slice(0, 24)}...` : token);
  }
}
