/**
 * An event's share image, rendered at build time: satori lays the tree of `core/share-image.ts` out as
 * SVG, resvg draws it as a 1200×630 PNG. Both run in Node, offline; the font is Noto Sans from its npm
 * package (the .woff files: satori reads no woff2), so the build fetches nothing.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { SHARE_IMAGE } from '../lib/core/share.js';
import { shareImageTree, type ShareImageText } from '../lib/core/share-image.js';

const FAMILY = 'Noto Sans';

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

/** The two weights the image uses, read once per build. */
function loadFonts() {
  if (fonts) return fonts;
  // The package exports only its CSS; its LICENSE is exported too, and the fonts sit beside it.
  const folder = join(
    dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/LICENSE')),
    'files'
  );
  const read = (weight: 400 | 700) => ({
    name: FAMILY,
    data: readFileSync(join(folder, `noto-sans-latin-${weight}-normal.woff`)),
    weight,
    style: 'normal' as const
  });
  fonts = [read(400), read(700)];
  return fonts;
}

/** The PNG of one event's image. */
export async function renderShareImage(text: ShareImageText): Promise<Uint8Array<ArrayBuffer>> {
  // satori types its input as React elements; the tree is that shape in plain objects.
  const tree = shareImageTree(text, FAMILY) as unknown as Parameters<typeof satori>[0];
  const svg = await satori(tree, { ...SHARE_IMAGE, fonts: loadFonts() });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE.width } }).render().asPng();
  return new Uint8Array(png);
}
