/**
 * What an event's share image says and how it is laid out, as a tree of plain objects in the shape
 * satori reads (`{ type, props: { style, children } }`), so the words and their cuts are tested here
 * without a renderer. Every text is cut at a word to a length that fits its box at its size: satori
 * has no line clamp, and a preview that spills off the card or stops mid-word reads as broken.
 */
import { SHARE_IMAGE, cutAtWord } from './share.js';

export interface ShareImageText {
  /** The site's name, small, at the top. */
  site: string;
  /** The event's date as the page shows it. */
  date: string;
  title: string;
  /** The first quote, in the image's language (the original in Indonesian, the translation in English). */
  quote: string | null;
  /** Who said it: the outlet, and when it published. */
  attribution: string | null;
}

/** The room for text: the card less its margins. */
const PADDING = { x: 72, y: 44 };
const WIDTH = SHARE_IMAGE.width - 2 * PADDING.x;

/**
 * The longest texts that fit, in characters, at the sizes below on 1056 px: a line holds about 32
 * characters of the 52 px bold title and 60 of the 30 px quote, counting what wrapping at words loses.
 * The title takes up to three lines; the quote takes the room the title leaves, four lines at most.
 */
export const LIMITS = { title: 90, titleLine: 32, quoteLine: 60, site: 70, attribution: 80 } as const;

/** How many lines the quote may take beside a title of this length: 4 beside one or two lines, else 3. */
export function quoteLines(title: string): number {
  const titleLines = Math.max(1, Math.ceil(title.length / LIMITS.titleLine));
  return Math.min(4, 6 - titleLines);
}

export interface ShareImageInput {
  site: string;
  date: string;
  title: string;
  quote?: string;
  outlet?: string;
  published?: string;
  /**
   * Said after the outlet when the quote is the editors' translation, not the outlet's own words (an
   * English card): "translated from Indonesian".
   */
  translated?: string;
}

/**
 * A quote's own quotation marks as single ones, as inside any quotation, so the card's marks around it
 * never stand doubled (“”In the last…).
 *
 * nested('“Stable,” he said.') → "‘Stable,’ he said."
 */
export function nested(quote: string): string {
  return quote.replace(/“|"(?=\w)/g, '‘').replace(/”|"/g, '’');
}

/**
 * The image's texts, each cut at a word to what fits.
 *
 * shareImageText({ site: 'S', date: '25 April 2019', title: 'Summit', quote: 'Q', outlet: 'Kompas' }).attribution → "— Kompas"
 */
export function shareImageText(input: ShareImageInput): ShareImageText {
  const attribution = input.outlet
    ? cutAtWord(
        `— ${input.outlet}${input.published ? `, ${input.published}` : ''}${input.translated ? ` (${input.translated})` : ''}`,
        LIMITS.attribution
      )
    : null;
  const title = cutAtWord(input.title, LIMITS.title);
  const quote = input.quote && cutAtWord(input.quote, quoteLines(title) * LIMITS.quoteLine);
  return {
    site: cutAtWord(input.site, LIMITS.site),
    date: input.date,
    title,
    quote: quote ? `“${nested(quote)}”` : null,
    attribution
  };
}

/** A node as satori reads it. */
export interface ImageNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | ImageNode | ImageNode[] };
}

function box(style: ImageNode['props']['style'], children?: ImageNode['props']['children']): ImageNode {
  return { type: 'div', props: children === undefined ? { style } : { style, children } };
}

/** The site's light palette (src/lib/theme.css), for a card that reads on any chat's background. */
const COLOURS = {
  bg: '#fbfaf7',
  text: '#1c1e21',
  muted: '#5b6068',
  accent: '#1f5aa6',
  headline: '#1b2f4d',
  rule: '#d5d2ca'
};

/** The image as a tree: the site's name and the date, the title, the quote with its outlet. */
export function shareImageTree(text: ShareImageText, fontFamily: string): ImageNode {
  const quote: ImageNode[] = text.quote
    ? [
        box(
          {
            display: 'flex',
            flexDirection: 'column',
            width: WIDTH,
            marginTop: 32,
            paddingLeft: 28,
            borderLeft: `6px solid ${COLOURS.accent}`
          },
          [
            box({ fontSize: 30, lineHeight: 1.35, color: COLOURS.text }, text.quote),
            ...(text.attribution
              ? [box({ marginTop: 12, fontSize: 24, color: COLOURS.muted }, text.attribution)]
              : [])
          ]
        )
      ]
    : [];
  return box(
    {
      width: SHARE_IMAGE.width,
      height: SHARE_IMAGE.height,
      display: 'flex',
      flexDirection: 'column',
      padding: `${PADDING.y}px ${PADDING.x}px`,
      background: COLOURS.bg,
      fontFamily,
      borderTop: `14px solid ${COLOURS.headline}`
    },
    [
      box(
        {
          display: 'flex',
          justifyContent: 'space-between',
          width: WIDTH,
          paddingBottom: 16,
          borderBottom: `2px solid ${COLOURS.rule}`,
          fontSize: 22,
          color: COLOURS.muted
        },
        [box({}, text.site)]
      ),
      box({ marginTop: 28, fontSize: 28, fontWeight: 700, color: COLOURS.accent }, text.date),
      box(
        {
          width: WIDTH,
          marginTop: 6,
          fontSize: 52,
          fontWeight: 700,
          lineHeight: 1.15,
          color: COLOURS.headline
        },
        text.title
      ),
      ...quote
    ]
  );
}
