/**
 * Offsets exposed by Accord count Unicode code points ("characters") into the
 * article's original text, start inclusive, end exclusive. JavaScript strings
 * index UTF-16 code units, so the two differ once a text holds characters
 * outside the Basic Multilingual Plane; this converts between them.
 */
export class TextOffsets {
  /** utf16ToCp[i] = number of code points before UTF-16 index i. */
  private readonly utf16ToCp: Uint32Array;

  constructor(readonly text: string) {
    this.utf16ToCp = new Uint32Array(text.length + 1);
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      this.utf16ToCp[i] = cp;
      const code = text.charCodeAt(i);
      const isHighSurrogate = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
      if (!isHighSurrogate) cp++;
    }
    this.utf16ToCp[text.length] = cp;
  }

  /** Code-point offset of a UTF-16 index. */
  toCodePoint(utf16Index: number): number {
    return this.utf16ToCp[utf16Index] ?? 0;
  }

  /** Length of the text in code points. */
  get length(): number {
    return this.toCodePoint(this.text.length);
  }
}

/** A stretch of the article: code-point offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}
