/**
 * Label widths and label texts, cut only after a whole word. The layout asks how wide a label can be in
 * a given room (`fit`); the frame asks for the text of that width (`text`); both read the same measured
 * prefixes, so the text drawn is exactly the width laid out. Words are Unicode's (`words.ts`), so a
 * title in a script written without spaces is cut between its words too.
 */
import type { Measure } from './measure.js';
import { wordEnds } from './words.js';

const ELLIPSIS = '…';

export class Labels {
  readonly #titles: readonly string[];
  readonly #measure: Measure;
  readonly #pad: number;
  readonly #max: (index: number) => number;
  /** Each label's whole width, padding included, capped. */
  readonly widths: Float64Array;
  /** Per title, cut lazily: the texts of its word prefixes with an ellipsis, and their widths. */
  readonly #cuts = new Map<number, { texts: string[]; widths: number[] }>();
  readonly #locale: string;

  /**
   * `pad` is the label's horizontal padding, both sides; `max` the widest label `index` may be.
   *
   * new Labels(['Hanoi summit ends without a deal'], measure, 8, () => 260).fit(0, 120) → the width of "Hanoi summit…"
   */
  constructor(
    titles: readonly string[],
    measure: Measure,
    pad: number,
    max: (index: number) => number,
    locale = 'en'
  ) {
    this.#titles = titles;
    this.#measure = measure;
    this.#pad = pad;
    this.#max = max;
    this.widths = Float64Array.from(titles, (title, i) => Math.min(max(i), this.#width(title)));
    this.#locale = locale;
  }

  #width(text: string): number {
    return Math.ceil(this.#measure(text)) + this.#pad;
  }

  #cut(index: number) {
    let cut = this.#cuts.get(index);
    if (!cut) {
      const title = this.#titles[index]!;
      const texts: string[] = [];
      const widths: number[] = [];
      // A cut after each word, before the space or punctuation that follows it.
      for (const end of wordEnds(title, this.#locale)) {
        const text = `${title.slice(0, end).trimEnd()}${ELLIPSIS}`;
        if (text.length > title.length) break;
        const width = this.#width(text);
        if (width > this.#max(index)) break;
        texts.push(text);
        widths.push(width);
      }
      cut = { texts, widths };
      this.#cuts.set(index, cut);
    }
    return cut;
  }

  /** The widest label of title `index` within `room`: whole, or cut after a word; 0 when none fits. */
  fit(index: number, room: number): number {
    if (this.widths[index]! <= room && this.widths[index]! < this.#max(index)) return this.widths[index]!;
    const { widths } = this.#cut(index);
    let best = 0;
    for (const width of widths) {
      if (width > room) break;
      best = width;
    }
    return best;
  }

  /** The text drawn in `width`: the whole title, or the longest cut that fits. */
  text(index: number, width: number): string {
    const title = this.#titles[index]!;
    if (width >= this.widths[index]! && this.widths[index]! < this.#max(index)) return title;
    const { texts, widths } = this.#cut(index);
    let text = '';
    for (let i = 0; i < widths.length && widths[i]! <= width; i++) text = texts[i]!;
    return text;
  }
}
