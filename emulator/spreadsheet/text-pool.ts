// One string for texts many cells repeat (a stage, an owner, a status): a big sheet's cells would
// otherwise each hold their own copy, twice (as written, and as the engine reads it).

/** Texts longer than this are rarely repeated: they are not pooled. */
const MAX_POOLED_LENGTH = 48;
/** The pool starts over when it holds this many texts, so unique texts cannot fill it for good. */
const MAX_POOLED = 20_000;

/** Maps each text to one shared string made from it (`make`), for short texts. */
export class TextPool {
  private readonly made = new Map<string, string>();

  constructor(private readonly make: (text: string) => string) {}

  get(text: string): string {
    if (text.length > MAX_POOLED_LENGTH) return this.make(text);
    let out = this.made.get(text);
    if (out === undefined) {
      if (this.made.size >= MAX_POOLED) this.made.clear();
      out = this.make(text);
      this.made.set(text, out);
    }
    return out;
  }
}
