/**
 * The authoring page's draft: the text a blogger pasted or dropped, kept in this browser's localStorage
 * so that a reload or an accidental close loses nothing. It never leaves the reader's device (nothing
 * is sent anywhere), and "Clear" removes it. Storage may be off (private windows, a policy) or full
 * (a large file): each function says so rather than throwing.
 */

const KEY = 'news-timeline:make:draft';

export interface Draft {
  text: string;
  /** The file name it came with, or `dataset` for pasted text. */
  name: string;
}

/** The stored draft, or null when there is none or storage cannot be read. */
export function loadDraft(storage: Storage | undefined = globalThis.localStorage): Draft | null {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return null;
    const draft: unknown = JSON.parse(raw);
    const text = (draft as { text?: unknown } | null)?.text;
    const name = (draft as { name?: unknown } | null)?.name;
    return typeof text === 'string' && typeof name === 'string' ? { text, name } : null;
  } catch {
    return null;
  }
}

/** Keeps the draft (an empty text removes it); false when it could not be kept. */
export function saveDraft(draft: Draft, storage: Storage | undefined = globalThis.localStorage): boolean {
  try {
    if (draft.text === '') storage?.removeItem(KEY);
    else storage?.setItem(KEY, JSON.stringify(draft));
    return storage !== undefined;
  } catch {
    // Full (a file of several megabytes) or refused.
    return false;
  }
}

/** Removes the draft from this device. */
export function clearDraft(storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.removeItem(KEY);
  } catch {
    // Storage that cannot be read holds nothing of ours.
  }
}
