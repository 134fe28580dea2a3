/**
 * The authoring page's draft: kept in this browser's storage, back after a reload, gone with "Clear";
 * storage that is off or full is said, never thrown.
 */
import { describe, expect, it } from 'vitest';
import { clearDraft, loadDraft, saveDraft } from '../../src/routes/make/draft';

/** A Storage in memory; `quota` makes setItem throw beyond that many characters, as browsers do. */
function memoryStorage(quota = Infinity): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => {
      if (value.length > quota) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    }
  };
}

describe('the draft', () => {
  it('comes back as it was kept, and is gone after clearing', () => {
    const storage = memoryStorage();
    expect(loadDraft(storage)).toBeNull();
    expect(saveDraft({ text: 'id,start\n', name: 'a.csv' }, storage)).toBe(true);
    expect(loadDraft(storage)).toEqual({ text: 'id,start\n', name: 'a.csv' });
    clearDraft(storage);
    expect(loadDraft(storage)).toBeNull();
    expect(storage.length).toBe(0);
  });

  it('an empty text removes it', () => {
    const storage = memoryStorage();
    saveDraft({ text: 'x', name: 'dataset' }, storage);
    saveDraft({ text: '', name: 'dataset' }, storage);
    expect(storage.length).toBe(0);
  });

  it('says when it cannot be kept, and reads nothing from storage that is off or holds something else', () => {
    expect(saveDraft({ text: 'x'.repeat(100), name: 'big.json' }, memoryStorage(50))).toBe(false);
    expect(saveDraft({ text: 'x', name: 'a' }, undefined)).toBe(false);
    expect(loadDraft(undefined)).toBeNull();
    const storage = memoryStorage();
    storage.setItem('news-timeline:make:draft', '{"text": 1}');
    expect(loadDraft(storage)).toBeNull();
    storage.setItem('news-timeline:make:draft', 'not json');
    expect(loadDraft(storage)).toBeNull();
  });
});
