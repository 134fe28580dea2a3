/**
 * A label is cut after a whole word. The quick path (a regular expression, for titles in Latin letters)
 * must find exactly the word ends `Intl.Segmenter` finds: checked on every title of the curated dataset
 * and the benchmark's, in both languages, and on the cases where the rules differ by punctuation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateEvents } from '../../bench/datasets.js';
import { wordEnds } from '../../src/lib/core/layout/words.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
const segmenterEnds = (text: string) =>
  Array.from(segmenter.segment(text))
    .filter((segment) => segment.isWordLike)
    .map((segment) => segment.index + segment.segment.length);

const curated = JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8'));
const TRICKY = [
  "Kim's train due in Vladivostok at 18:00",
  'U.S. and R.O.K. talks',
  '1,000 troops; 3.5% and 10.000 more',
  "rock 'n' roll, O’Brien’s ‘quote’ and “another”",
  'e-mail — Putin–Kim (2019) / 12-15 April!',
  'a.b.c 1.2.3 x1.5 end. ...start 1;2 3,b',
  'Hello...world',
  'Jalan-jalan ke Vladivostok: kereta lapis baja',
  'naïve café, São Paulo, Đà Nẵng',
  'Pyeongyang’s “Vostochny” cosmodrome',
  'e\u0301le\u0300ve',
  '  leading and trailing  '
];

describe('the ends of the words of a title', () => {
  it('are where Intl.Segmenter puts them, for every curated and benchmark title in both languages', () => {
    const titles: string[] = [...TRICKY];
    for (const event of curated.events) titles.push(event.title.en, event.title.id ?? '');
    for (const event of generateEvents(500)) titles.push(event.titleEn, event.titleId);
    for (const title of titles) expect(wordEnds(title), title).toEqual(segmenterEnds(title));
  });

  it('come from the Segmenter for scripts and joins the quick path leaves to it', () => {
    for (const title of ['金正恩访问俄罗斯', 'Ким Чен Ын в Москве', 'ratio a:b and x·y', 'snake_case word']) {
      expect(wordEnds(title), title).toEqual(segmenterEnds(title));
    }
  });
});
