/**
 * The taxonomy of failures: every kind is worded in both languages, naming the file and saying what to
 * do; a retry is offered only where one can help; bytes are decoded or refused by name.
 */
import { describe, expect, it } from 'vitest';
import { failuresEn } from '../../src/lib/core/i18n/failures-en';
import { failuresId } from '../../src/lib/core/i18n/failures-id';
import { decodeBytes } from '../../src/lib/data/decode';
import {
  canRetry,
  describeFailure,
  failureOf,
  LoadError,
  summarize,
  type Failure
} from '../../src/lib/data/failure';
import { placeOf } from '../../src/lib/data/failure-text';

const NAME = 'https://blog.example/data/timeline.json';

/** One failure of every kind, as the loaders make them. */
const EVERY: Failure[] = [
  { kind: 'network', name: NAME },
  { kind: 'cors', name: NAME },
  { kind: 'status', name: NAME, status: 404 },
  { kind: 'status', name: NAME, status: 503 },
  { kind: 'html', name: NAME },
  { kind: 'binary', name: NAME },
  { kind: 'encoding', name: NAME, encoding: 'UTF-32 (little-endian)' },
  { kind: 'too-large', name: NAME, bytes: 70 * 1048576, limit: 64 * 1048576 },
  { kind: 'too-deep', name: NAME, line: 1, column: 513, limit: 512 },
  { kind: 'empty', name: NAME },
  { kind: 'json', name: NAME, line: 3, column: 18, expected: 'name', found: '"}"' },
  { kind: 'csv', name: NAME, line: 1, found: '"hello"' },
  { kind: 'address', name: NAME },
  { kind: 'missing', name: NAME },
  { kind: 'folder', name: NAME },
  { kind: 'unreadable', name: NAME },
  { kind: 'unexpected', name: NAME }
];

describe('every failure', () => {
  it.each(EVERY.map((failure) => [failure.kind, failure] as const))(
    '%s is one sentence in English and in Indonesian, naming the file',
    (_, failure) => {
      for (const words of [failuresEn, failuresId]) {
        const text = describeFailure(failure, words);
        expect(text).toContain(NAME);
        expect(text).not.toMatch(/undefined|NaN|\[object/);
        expect(text).not.toContain('\n');
      }
      expect(describeFailure(failure, failuresEn)).not.toBe(describeFailure(failure, failuresId));
    }
  );

  it('says where, for the kinds that have a place', () => {
    expect(describeFailure(EVERY[10]!, failuresEn)).toBe(
      `${NAME}: line 3, column 18: invalid JSON: expected a property name in double quotes, found "}"`
    );
    expect(describeFailure(EVERY[10]!, failuresId)).toBe(
      `${NAME}: baris 3, kolom 18: JSON tidak sah: seharusnya nama properti dalam tanda kutip ganda, ditemukan "}"`
    );
    expect(describeFailure(EVERY[8]!, failuresEn)).toMatch(/line 1, column 513: nested more than 512/);
  });

  it('names the status and whose fault it is', () => {
    expect(describeFailure(EVERY[2]!, failuresEn)).toContain('answered 404 (not found). Check the address');
    expect(describeFailure(EVERY[3]!, failuresEn)).toContain('answered 503. The fault is on the server');
    expect(describeFailure(EVERY[1]!, failuresEn)).toContain('does not allow other sites to read it (CORS)');
    expect(describeFailure(EVERY[7]!, failuresEn)).toContain('70 MB, over the limit of 64 MB');
  });
});

describe('a retry', () => {
  it('is offered where it can help: the network, CORS, a server error, a timeout, a rate limit', () => {
    const retried = EVERY.filter(canRetry).map((f) => (f.kind === 'status' ? `${f.status}` : f.kind));
    expect(retried).toEqual(['network', 'cors', '503']);
    expect(canRetry({ kind: 'status', name: NAME, status: 408 })).toBe(true);
    expect(canRetry({ kind: 'status', name: NAME, status: 429 })).toBe(true);
    expect(canRetry({ kind: 'status', name: NAME, status: 403 })).toBe(false);
  });
});

describe('LoadError', () => {
  it('carries its failure, and a terse summary for developers', () => {
    const error = new LoadError(EVERY[10]!);
    expect(error.kind).toBe('json');
    expect(error.failure).toBe(EVERY[10]);
    expect(error.message).toBe(`${NAME}: line 3, column 18: json`);
    expect(summarize(EVERY[3]!)).toBe(`${NAME}: status 503`);
  });

  it('stands in for any other error as a fault of ours, never under its engine name', () => {
    expect(failureOf(new RangeError('Maximum call stack size exceeded'), 'a.json')).toEqual({
      kind: 'unexpected',
      name: 'a.json'
    });
    expect(failureOf(new LoadError(EVERY[0]!), 'a.json')).toBe(EVERY[0]);
  });

  it('places an offset at a line and column, as editors count', () => {
    expect(placeOf('ab\ncd\nef', 7)).toEqual({ line: 3, column: 2 });
    expect(placeOf('abc', 0)).toEqual({ line: 1, column: 1 });
  });
});

describe('decodeBytes', () => {
  const bytes = (...values: number[]) => new Uint8Array(values);
  const kind = (input: Uint8Array) => {
    try {
      decodeBytes(input, 'f');
      return 'text';
    } catch (error) {
      return (error as LoadError).failure;
    }
  };

  it('reads UTF-8, with or without its mark, and UTF-16 with its mark, either way round', () => {
    expect(decodeBytes(new TextEncoder().encode('{"a":"é"}'), 'f')).toBe('{"a":"é"}');
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x5b, 0x5d), 'f')).toBe('[]');
    expect(decodeBytes(bytes(0xff, 0xfe, 0x5b, 0x00, 0xe9, 0x00, 0x5d, 0x00), 'f')).toBe('[é]');
    expect(decodeBytes(bytes(0xfe, 0xff, 0x00, 0x5b, 0x00, 0x5d), 'f')).toBe('[]');
  });

  it('says which encoding it does not read', () => {
    expect(kind(bytes(0xff, 0xfe, 0x00, 0x00, 0x5b, 0x00, 0x00, 0x00))).toEqual({
      kind: 'encoding',
      name: 'f',
      encoding: 'UTF-32 (little-endian)'
    });
    expect(kind(bytes(0x00, 0x00, 0xfe, 0xff))).toMatchObject({ encoding: 'UTF-32 (big-endian)' });
    expect(kind(bytes(0x5b, 0x00, 0x5d, 0x00))).toMatchObject({
      encoding: 'UTF-16 without a byte-order mark'
    });
  });

  it('calls bytes that are not text binary: invalid UTF-8, NUL', () => {
    expect(kind(bytes(0xc3, 0x28, 0x41))).toEqual({ kind: 'binary', name: 'f' });
    expect(kind(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00))).toEqual({ kind: 'binary', name: 'f' });
  });
});
