/**
 * A blog post whose theme sets every inherited text style a WordPress theme might (capitals, letter and word
 * spacing, a first-line indent, a light italic serif, tall lines, justified text kept as written, a 62.5%
 * root and a right-to-left page): the shadow root keeps the theme's selectors out, but inherited
 * properties cross it. The reader still sees the labels as the data writes them, at their designed size,
 * side by side without overlap, left to right, in the page's font — or in the one `--nt-font` names.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { eventById, eventsGroup, settle, toolbarButton } from './helpers';

const blog = (name: string) => readFileSync(fileURLToPath(new URL(`blog/${name}`, import.meta.url)), 'utf8');

/** The sizes the timeline is designed at (GEOMETRY in src/lib/core/layout/geometry.ts): labels, small text. */
const LABEL_TEXT = '14px';
const SMALLEST_TEXT = 10;
/** A label's padding each side (GEOMETRY.labelPad): where its text begins. */
const LABEL_PAD = 4;

/**
 * Serves the themed post at /blog/, its element given its own font through `--nt-font` when asked, or the
 * same post as a plain page (no stylesheet, left to right) to compare with.
 */
async function openThemedPost(page: Page, { ownFont = false, theme = true } = {}): Promise<Locator> {
  await page.route('**/blog/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').at(-1)!;
    const html = name.endsWith('.html');
    let body = blog(name);
    if (html && ownFont) body = body.replace('<news-timeline ', '<news-timeline class="own-font" ');
    if (html && !theme) body = body.replace(/<link rel="stylesheet"[^>]*>/, '').replace(' dir="rtl"', '');
    return route.fulfill({
      body,
      contentType: html ? 'text/html; charset=utf-8' : 'text/css; charset=utf-8'
    });
  });
  await page.goto('/blog/post-theme.html');
  const element = page.locator('news-timeline');
  // The events: a group of marks across the timeline, or on a phone a list read top to bottom.
  await expect(element.getByLabel('Events', { exact: true }).getByRole('button').first()).toBeVisible();
  if (await eventsGroup(page).isVisible()) await settle(page);
  return element;
}

/**
 * Opens an event through the element's API, and waits for the first sentence of its summary (in the
 * drawer, or on a phone in its card): the longest texts of the embed.
 */
async function openEvent(element: Locator, id: string): Promise<void> {
  const event = eventById(id);
  await element.evaluate((e: HTMLElementTagNameMap['news-timeline'], id) => e.select(id), id);
  await expect(element.getByText(event.claims[0]!.en, { exact: true })).toBeVisible();
}

interface SeenLabel {
  name: string;
  /** The text as the data gives it, and as the reader sees it (innerText applies text-transform). */
  text: string;
  shown: string;
  /** Whether the text fits the width the layout measured for it, or CSS cuts it short. */
  fits: boolean;
  box: { left: number; right: number; top: number; bottom: number };
  style: Record<'fontSize' | 'fontFamily' | 'fontWeight' | 'fontStyle' | 'fontVariant', string>;
}

/** Every label a reader sees in the window of marks, with its mark's accessible name. */
async function seenLabels(page: Page): Promise<SeenLabel[]> {
  return eventsGroup(page).evaluate((group) => {
    const view = group.getBoundingClientRect();
    return [...group.querySelectorAll<HTMLElement>('button.mark')].flatMap((button) => {
      const label = button.querySelector<HTMLElement>('.label');
      const box = label?.getBoundingClientRect();
      if (!label || !box || box.width === 0 || box.right <= view.left || box.left >= view.right) return [];
      const s = getComputedStyle(label);
      return [
        {
          name: button.getAttribute('aria-label') ?? '',
          text: label.textContent ?? '',
          shown: label.innerText,
          fits: label.scrollWidth <= label.clientWidth,
          box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
          style: {
            fontSize: s.fontSize,
            fontFamily: s.fontFamily,
            fontWeight: s.fontWeight,
            fontStyle: s.fontStyle,
            fontVariant: s.fontVariant
          }
        }
      ];
    });
  });
}

/** The inherited text styles that change how text is laid out, as the page computes them. */
const LAYOUT_STYLES = [
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-caps',
  'font-stretch',
  'line-height',
  'text-transform',
  'letter-spacing',
  'word-spacing',
  'text-indent',
  'text-align',
  'text-shadow',
  'white-space',
  'word-break',
  'hyphens',
  'direction'
];

/**
 * Every text the embed shows (its first element by kind and text), with its layout styles; text only a
 * screen reader hears is clipped to a pixel and left out, as no eye sees its size or spacing.
 */
async function shownTexts(element: Locator): Promise<Map<string, Record<string, string>>> {
  const texts = await element.evaluate((host, properties) => {
    const found: [string, Record<string, string>][] = [];
    for (const el of host.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      const box = el.getBoundingClientRect();
      if (!own || box.width <= 1 || box.height <= 1) continue;
      const s = getComputedStyle(el);
      // The same words may be two things (a year on the axis and on the overview): told apart by class.
      found.push([
        `${el.localName}.${[...el.classList].join('.')} "${el.textContent!.trim().slice(0, 50)}"`,
        Object.fromEntries(properties.map((p) => [p, s.getPropertyValue(p)]))
      ]);
    }
    return found;
  }, LAYOUT_STYLES);
  return new Map(texts.reverse());
}

const overlap = (a: SeenLabel['box'], b: SeenLabel['box']) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

test.describe('a blog post under a theme that styles all of its text', () => {
  test('shows the labels as the data writes them, at their designed size, side by side without overlap', async ({
    page
  }) => {
    await openThemedPost(page);
    const labels = await seenLabels(page);
    expect(labels.length, 'labels in view').toBeGreaterThan(3);
    for (const label of labels) {
      // Read as written: no capitals the data does not have, and the label is the start of its mark's name
      // (a cluster's label ends in how many more events it holds: "+4").
      expect(label.shown, `the label of "${label.name}" as shown`).toBe(label.text);
      expect(
        label.name.startsWith(label.text.replace(/ \+\d+$/, '').replace(/…$/, '')),
        `"${label.text}" begins "${label.name}"`
      ).toBe(true);
      // Measured in the font it is drawn in: the canvas knows no spacing, capitals or small caps.
      expect(label.fits, `the label of "${label.name}" fits the width measured for it`).toBe(true);
      expect(label.style.fontSize, `the label of "${label.name}"`).toBe(LABEL_TEXT);
      expect(label.style.fontWeight, `the label of "${label.name}"`).toBe('400');
      expect(label.style.fontStyle, `the label of "${label.name}"`).toBe('normal');
      expect(label.style.fontVariant, `the label of "${label.name}"`).toBe('normal');
    }
    const covering = labels.flatMap((a, i) =>
      labels.slice(i + 1).flatMap((b) => (overlap(a.box, b.box) ? [`"${a.text}" covers "${b.text}"`] : []))
    );
    expect(covering).toEqual([]);
  });

  test('reads left to right on a right-to-left page', async ({ page }) => {
    const element = await openThemedPost(page);
    const zoomIn = (await toolbarButton(page, 'Zoom in').boundingBox())!;
    const zoomOut = (await toolbarButton(page, 'Zoom out').boundingBox())!;
    expect(zoomIn.x, 'Zoom in stands left of Zoom out').toBeLessThan(zoomOut.x);
    // Every line of text runs from left to right: its first character left of its last. In a right-to-left
    // flow a sentence's closing full stop, or a label's closing bracket, jumps to the left end.
    const backwards = await element.evaluate((host) => {
      const found: string[] = [];
      const walker = document.createTreeWalker(host.shadowRoot!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent!;
        const from = text.search(/\S/);
        const to = text.trimEnd().length - 1;
        if (from < 0 || to <= from) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        // Text out of sight (clipped for screen readers, or hidden) and text on several lines tell nothing
        // (one line may give several boxes: one per run of a direction).
        const box = range.getBoundingClientRect();
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size !== 1 || box.width < 2 || box.height < 2) continue;
        const at = (i: number) => {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          return range.getBoundingClientRect().left;
        };
        if (at(from) >= at(to)) found.push(text.trim().slice(0, 60));
      }
      return found;
    });
    expect(backwards).toEqual([]);
    // A label's text begins at its left end, after the padding: in a right-to-left flow it would hug the
    // right end of a label wider than its text.
    const starts = await eventsGroup(page).evaluate((group) =>
      [...group.querySelectorAll<HTMLElement>('button.mark .label')]
        .filter((label) => label.getBoundingClientRect().width > 0 && label.firstChild)
        .map((label) => {
          const first = document.createRange();
          first.setStart(label.firstChild!, 0);
          first.setEnd(label.firstChild!, 1);
          return {
            text: label.textContent,
            indent: first.getBoundingClientRect().left - label.getBoundingClientRect().left
          };
        })
    );
    expect(starts.length, 'labels in view').toBeGreaterThan(3);
    for (const { text, indent } of starts) expect(indent, `where "${text}" begins`).toBeCloseTo(LABEL_PAD, 0);
  });

  test('takes the page’s font family, unless --nt-font names another', async ({ page }) => {
    await openThemedPost(page);
    const pageFont = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(pageFont).toContain('serif');
    const inPageFont = await seenLabels(page);
    expect(inPageFont.length).toBeGreaterThan(0);
    for (const label of inPageFont) {
      expect(label.style.fontFamily, `the label of "${label.name}"`).toBe(pageFont);
    }

    await openThemedPost(page, { ownFont: true });
    const labels = await seenLabels(page);
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) {
      expect(label.style.fontFamily, `the label of "${label.name}"`).toBe('"DejaVu Sans Mono", monospace');
    }
  });
});

for (const [where, viewport] of [
  ['on a wide screen', { width: 1280, height: 800 }],
  // Too narrow for a timeline across: the events read top to bottom (story.css).
  ['on a phone', { width: 390, height: 844 }]
] as const) {
  test.describe(`a blog post under a theme that styles all of its text, ${where}`, () => {
    test.use({ viewport });

    test('lays out every text as on a plain page: no capitals, spacing, indent, shadow or size of the theme', async ({
      page
    }) => {
      const plain = await openThemedPost(page, { theme: false });
      await openEvent(plain, 'hanoi-summit-2019');
      const designed = await shownTexts(plain);

      const themed = await openThemedPost(page);
      await openEvent(themed, 'hanoi-summit-2019');
      const seen = await shownTexts(themed);
      const compared = [...seen.keys()].filter((text) => designed.has(text));
      expect(compared.length, 'texts shown on both pages').toBeGreaterThan(20);
      const changed = compared.flatMap((text) =>
        LAYOUT_STYLES.filter((p) => seen.get(text)![p] !== designed.get(text)![p]).map(
          (p) => `${text}: ${p} ${seen.get(text)![p]} (designed: ${designed.get(text)![p]})`
        )
      );
      expect(changed).toEqual([]);
      const sizes = [...seen].map(([text, style]) => ({ text, size: parseFloat(style['font-size']!) }));
      const smallest = sizes.reduce((a, b) => (b.size < a.size ? b : a));
      expect(smallest.size, `the smallest text, "${smallest.text}"`).toBeGreaterThanOrEqual(SMALLEST_TEXT);
    });
  });
}
