import { QuoteFinder } from '../ingest/quotes.js';

/**
 * An article being written: its text, built block by block, and marks on the
 * words that support each statement. A mark knows where its words are, so the
 * extraction quotes exactly them; where the same words occur earlier in the
 * text, the quote carries its `start` (as a person would write it), so every
 * piece of evidence points at the sentence that states it.
 */

class Block {
  text = '';
  /** Offset of the block in the article, known once the article is assembled. */
  start = -1;
}

/** Words of the article: a range of one block. */
export class Mark {
  constructor(
    readonly block: Block,
    readonly from: number,
    readonly to: number,
  ) {}
}

/** Characters written as the typographer set them, and how a person types them in a quote. */
const TYPED: Record<string, string> = { '\u00a0': ' ', '\u202f': ' ', '\u2019': "'" };
const typed = (text: string) => text.replace(/[\u00a0\u202f\u2019]/g, (c) => TYPED[c] ?? c);

/** A paragraph, a heading or any other block being written. */
export class Paragraph {
  constructor(
    private readonly block: Block,
    /** Whether apostrophes are set curly (’), as some sites do. */
    private readonly curly: boolean,
  ) {}

  /** Appends text. */
  add(text: string): this {
    this.block.text += this.curly ? text.replace(/'/g, '\u2019') : text;
    return this;
  }

  /** Appends text and returns a mark on it. */
  mark(text: string): Mark {
    const from = this.begin();
    this.add(text);
    return this.end(from);
  }

  endsWith(suffix: string): boolean {
    return this.block.text.endsWith(suffix);
  }

  /** Starts a sentence: a space after what the paragraph already holds. */
  sentence(): this {
    if (this.block.text.length > 0 && !this.block.text.endsWith(' ')) this.block.text += ' ';
    return this;
  }

  /** A mark on the paragraph's text between two offsets. */
  range(from: number, to: number): Mark {
    return new Mark(this.block, from, to);
  }

  /** Where the next text will start; `end` turns it into a mark on what was added since. */
  begin(): number {
    return this.block.text.length;
  }

  end(from: number): Mark {
    return new Mark(this.block, from, this.block.text.length);
  }
}

export type Evidence = string | { quote: string; start: number };

/** The blocks of an article body, and the conversion of marks into quotes. */
export class Draft {
  private readonly blocks: Block[] = [];
  private finder: QuoteFinder | undefined;
  private text: string | undefined;

  constructor(readonly curly: boolean) {}

  /** Starts a new block (paragraph or intertitle). */
  paragraph(): Paragraph {
    const block = new Block();
    this.blocks.push(block);
    return new Paragraph(block, this.curly);
  }

  /** Assembles the article: head lines, then the blocks, then the tail, separated by blank lines. */
  assemble(head: string[], separators: (index: number) => string, tail: string[]): string {
    let text = head.map((line) => `${line}\n\n`).join('');
    this.blocks.forEach((block, i) => {
      if (i > 0) text += separators(i);
      block.start = text.length;
      text += block.text;
    });
    text += tail.map((line) => `\n\n${line}`).join('');
    text += '\n';
    if (/[\ud800-\udfff]/.test(text))
      throw new Error('generated text must stay in the Basic Multilingual Plane');
    this.text = text;
    this.finder = new QuoteFinder(text);
    return text;
  }

  /** The evidence for a mark: its words as typed, with `start` when they occur earlier too. */
  evidence(mark: Mark): Evidence {
    if (!this.finder || !this.text || mark.block.start < 0)
      throw new Error('Draft.evidence: assemble the article first');
    const start = mark.block.start + mark.from;
    const quote = typed(this.text.slice(start, mark.block.start + mark.to));
    const first = this.finder.occurrences(quote)[0];
    if (first === undefined) throw new Error(`generated quote not found: "${quote}"`);
    return first === start ? quote : { quote, start };
  }

  /** A copy of `value` with every mark replaced by its evidence. */
  resolve(value: unknown): unknown {
    if (value instanceof Mark) return this.evidence(value);
    if (Array.isArray(value)) return value.map((v) => this.resolve(v));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        // Absent and empty sections are left out, as a person writing the file would.
        if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
        out[k] = this.resolve(v);
      }
      return out;
    }
    return value;
  }
}
