/**
 * An event's media: checked by the validator (something named, an http(s) address), carried over from
 * TimelineJS slides, and shown as an image only where the host page allows it (`media="remote"`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { remoteMedia } from '../../src/embed/attributes';
import { formatIssue } from '../../src/lib/core/data/issue';
import { validateDataset } from '../../src/lib/core/data/validate';
import { readDataset } from '../../src/lib/data/read';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/formats/${name}`, import.meta.url)), 'utf8');

const source = { id: 's', outlet: 'Post', title: 'Post', language: 'en' };
const withMedia = (media: unknown) => ({
  id: 'big-bang',
  start: '-13800000000',
  title: { en: 'The Big Bang' },
  summary: { en: 'The universe begins to expand.' },
  category: 'report',
  sources: [{ source: 's', quote: 'q', translation: 'q' }],
  media
});
const validate = (media: unknown) =>
  validateDataset({
    file: 'events.json',
    data: { sources: [source], events: [withMedia(media)] },
    texts: {}
  });

describe("an event's media", () => {
  it('is kept with its url, credit, caption and alt text', () => {
    const media = {
      url: 'https://images.example.org/cmb.png',
      credit: 'ESA',
      caption: 'The cosmic microwave background',
      alt: 'A map of the sky'
    };
    const { dataset, issues } = validate(media);
    expect(issues).toEqual([]);
    expect(dataset.events[0]!.media).toEqual(media);
  });

  it('may be a credit alone, with no address to fetch', () => {
    const { dataset, issues } = validate({ credit: 'ESA' });
    expect(issues).toEqual([]);
    expect(dataset.events[0]!.media).toEqual({ credit: 'ESA' });
  });

  it.each([
    [{}, 'events.json: event "big-bang": media needs at least one of url, credit, caption or alt'],
    [
      { url: 'javascript:alert(1)', credit: 'x' },
      'events.json: event "big-bang": media.url "javascript:alert(1)" is not an http(s) address'
    ],
    [
      { url: 'data:image/png;base64,AAAA' },
      'events.json: event "big-bang": media.url "data:image/png;base64,AAAA" is not an http(s) address'
    ],
    [{ url: 'cmb.png' }, 'events.json: event "big-bang": media.url the media url must be an absolute URL'],
    [{ credit: ' ' }, 'events.json: event "big-bang": media.credit the media credit must not be empty'],
    [{ link: 'https://example.org' }, 'events.json: event "big-bang": media.link is not a known field']
  ])('refuses %j, naming the event and the field', (media, message) => {
    const { dataset, issues } = validate(media);
    expect(issues.map(formatIssue)).toEqual([message]);
    expect(dataset.events).toEqual([]);
  });
});

describe("a TimelineJS slide's media", () => {
  it("becomes the event's media, while its credit still names the source", async () => {
    const result = await readDataset(fixture('cosmo.json'), { name: 'cosmo.json' });
    const bigBang = result.dataset.events.find((e) => e.id === 'the-big-bang')!;
    expect(bigBang.media).toEqual({
      url: 'https://images.example.org/cmb.png',
      credit: 'ESA and the Planck Collaboration',
      caption: 'The cosmic microwave background',
      alt: 'An oval map of the sky in blue and orange speckles'
    });
    expect(bigBang.sources[0]!.source).toBe('esa-and-the-planck-collaboration');
    expect(result.dataset.events.find((e) => e.id === 'the-sun-forms')!.media).toBeUndefined();
  });

  it('keeps a credit whose address is no http(s) one, without the address', async () => {
    const result = await readDataset(fixture('timelinejs.json'), { name: 'timelinejs.json' });
    expect(result.dataset.events.find((e) => e.id === 'second-visit')!.media).toEqual({ credit: 'KCNA' });
  });
});

describe('the media attribute', () => {
  it.each([
    ['remote', true],
    [' Remote ', false],
    [null, false],
    ['', false],
    ['link', false],
    ['yes', false]
  ])('takes %j as %s', (value, remote) => {
    expect(remoteMedia(value)).toBe(remote);
  });
});
