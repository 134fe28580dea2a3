/**
 * Pan and zoom with real input through Playwright, and the frame times the probe records meanwhile. The
 * results JSON and RESULTS.md describe the gestures with gestureDescription.
 */
import type { Page } from 'playwright-core';
import { gestureStats } from './stats.js';
import { sleep, StepTimeout, within } from './timeouts.js';
import type { Frames, GestureFailure, GestureResult } from './types.js';

/**
 * Full runs: 30 mouse moves of 20 px (600 px) each way; 20 wheel ticks of deltaY 15 each way. Smoke runs
 * cover the same distance and depth in a fifth of the steps.
 */
const PAN = { steps: 30, stepPx: 20 };
const ZOOM = { ticks: 20, deltaY: 15 };
export const SMOKE_GESTURE_SHARE = 5;

const signature = (page: Page) => page.evaluate('window.__bench.signature()') as Promise<string>;
const nextFrame = (page: Page) => page.evaluate('window.__bench.nextFrame()');

/** Waits (up to 3 s) until the visible events stop moving: momentum and transitions of the last gesture. */
async function stable(page: Page): Promise<string> {
  let last = await signature(page);
  for (let i = 0; i < 20; i++) {
    await sleep(150);
    const now = await signature(page);
    if (now === last) return now;
    last = now;
  }
  return last;
}

/**
 * Real input, one input event per animation frame (the next waits for the page to draw a frame), with the
 * frame times recorded in the page meanwhile. `first` is the half that tells whether the view responded.
 */
async function drive(page: Page, first: () => Promise<void>, second?: () => Promise<void>): Promise<Frames> {
  const before = await stable(page);
  const started = performance.now();
  await page.evaluate('window.__bench.frames.start()');
  await first();
  const middle = await signature(page);
  if (second) await second();
  await nextFrame(page);
  const deltas = (await page.evaluate('window.__bench.frames.stop()')) as number[];
  return { deltas, responded: middle !== before, durationMs: performance.now() - started };
}

async function zoomTicks(page: Page, ticks: number, deltaY: number) {
  await page.keyboard.down('Control');
  // Chromium acknowledges an input event once the page has handled it, and Playwright waits for that:
  // a page that is slow to handle input gets its next event later, as it would from a real mouse.
  for (let i = 0; i < ticks; i++) await page.mouse.wheel(0, deltaY);
  await page.keyboard.up('Control');
}

/**
 * Zoom in (ctrl+wheel), pan there (drag left and back), zoom out again: a reader's way into a dense stretch.
 * Panning comes after zooming in because at the first view some contenders show everything and have
 * nothing to pan to. The zoom figures are the frames of both zoom halves together.
 *
 * A gesture that times out ends the run (the page is still busy with it); what was measured before stays.
 * `skip` names gestures that timed out in the two runs before: they are not tried again.
 */
export async function gestures(
  page: Page,
  seconds: number,
  share: number,
  skip: Set<'pan' | 'zoom'>
): Promise<{ zoom: GestureResult; pan: GestureResult }> {
  const steps = Math.round(PAN.steps / share);
  const stepPx = PAN.stepPx * share;
  const ticks = Math.round(ZOOM.ticks / share);
  const deltaY = ZOOM.deltaY * share;
  const skipped = { error: 'skipped: it timed out in the two runs before' };
  if (skip.has('zoom')) return { zoom: skipped, pan: skipped };
  const target = (await page.evaluate('window.__bench.target()')) as { x: number; y: number } | null;
  if (!target) {
    const error = { error: 'no element to pan or zoom was found on the page' };
    return { zoom: error, pan: error };
  }
  const { x, y } = target;
  const timedOut = (error: unknown): GestureFailure => {
    if (error instanceof StepTimeout) return { error: `timeout after ${error.seconds} s`, timedOut: true };
    throw error;
  };

  await page.mouse.move(x, y);
  let zoomIn: Frames;
  try {
    zoomIn = await within(
      'zoom',
      seconds,
      drive(page, () => zoomTicks(page, ticks, -deltaY))
    );
  } catch (error) {
    return { zoom: timedOut(error), pan: { error: 'not measured: the zoom before it timed out' } };
  }

  let pan: GestureResult = skipped;
  if (!skip.has('pan')) {
    try {
      pan = gestureStats([
        await within(
          'pan',
          seconds,
          drive(
            page,
            async () => {
              await page.mouse.move(x, y);
              await page.mouse.down();
              for (let i = 1; i <= steps; i++) await page.mouse.move(x - i * stepPx, y);
            },
            async () => {
              for (let i = steps - 1; i >= 0; i--) await page.mouse.move(x - i * stepPx, y);
              await page.mouse.up();
            }
          )
        )
      ]);
    } catch (error) {
      return {
        zoom: { ...gestureStats([zoomIn]), partial: 'zoom in only: the pan after it timed out' },
        pan: timedOut(error)
      };
    }
  }

  await page.mouse.move(x, y);
  try {
    const zoomOut = await within(
      'zoom',
      seconds,
      drive(page, () => zoomTicks(page, ticks, deltaY))
    );
    return { zoom: gestureStats([zoomIn, zoomOut]), pan };
  } catch (error) {
    return { zoom: timedOut(error), pan };
  }
}

/** The gestures in words, for the results JSON and RESULTS.md. */
export function gestureDescription(share: number) {
  const steps = Math.round(PAN.steps / share);
  const ticks = Math.round(ZOOM.ticks / share);
  return {
    zoom:
      `ctrl+wheel at the centre of the timeline: ${ticks} ticks of deltaY -${ZOOM.deltaY * share} (in), ` +
      `and after the pan ${ticks} of +${ZOOM.deltaY * share} (out)`,
    pan:
      `after zooming in, a drag from the centre: ${steps} mouse moves of ${PAN.stepPx * share} px to the left ` +
      `with the button down, then ${steps} back`,
    pacing: 'each input event is sent when Chromium has acknowledged that the page handled the previous one'
  };
}
