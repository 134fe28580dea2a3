/**
 * Keyboard focus in a timeline, moved by one protocol:
 *
 * 1. `toMark()` — a key moved the roving index (→, ←, Home, End, Esc back from the panel): DOM focus
 *    goes to the mark that holds it, as soon as that mark is drawn.
 * 2. While focus is among the marks, a redraw that removes the focused mark (a cluster splitting as the
 *    view zooms in) puts focus on the mark that now holds the roving index, so it is never lost.
 * 3. `toPanel()` — the reader (not a script, not a deep link) opened an event: the panel's title takes
 *    focus when the panel shows, so a screen reader starts reading there.
 *
 * Focus this module moves is flagged (`moving`) while it happens, so the marks can tell it from a
 * reader tabbing in: only the reader's own Tab onto a mark off screen brings that mark into view. (When
 * the module's focus also moved the view, it competed with the move a key had started: "End" could
 * stop half way, on a cluster.)
 */
import { tick } from 'svelte';
import type { Attachment } from 'svelte/attachments';

/** The focused element where `node` lives: inside a shadow root, `document.activeElement` is the host. */
function activeElement(node: Node): Element | null {
  return (node.getRootNode() as Document | ShadowRoot).activeElement;
}

/** Whether focus went nowhere: what happens when the focused element is removed from the page. */
function lost(node: Node): boolean {
  const active = activeElement(node);
  return active === null || active === node.ownerDocument?.body;
}

export class Focus {
  #wanted: 'mark' | 'panel' | null = $state(null);
  /** Whether focus belongs among the marks: from a focusin there until the reader moves it elsewhere. */
  #among = false;
  /** True while this module is moving focus. */
  moving = false;

  toMark(): void {
    this.#wanted = 'mark';
  }

  toPanel(): void {
    this.#wanted = 'panel';
  }

  /**
   * For the marks' container. `redraw` is read so that every redraw is looked at.
   *
   * <div {@attach focus.marks(() => frame.marks)}>
   */
  marks(redraw: () => unknown): Attachment<HTMLElement> {
    return (container) => {
      $effect(() => {
        void redraw();
        const asked = this.#wanted === 'mark';
        if (!asked && !(this.#among && lost(container))) return;
        if (asked) this.#wanted = null;
        // After this redraw reaches the DOM; focus the reader moved elsewhere meanwhile stays there.
        void tick().then(() => {
          const mark = container.querySelector<HTMLElement>('[tabindex="0"]');
          if (!mark || activeElement(container) === mark || !(asked || lost(container))) return;
          this.moving = true;
          try {
            mark.focus({ preventScroll: true });
          } finally {
            this.moving = false;
          }
        });
      });
      const onfocusin = () => (this.#among = true);
      const onfocusout = (event: FocusEvent) => {
        const target = event.target as Element;
        // A removed mark loses focus without the reader moving it: focus still belongs here then.
        queueMicrotask(() => {
          if (target.isConnected) this.#among = container.contains(activeElement(container));
        });
      };
      container.addEventListener('focusin', onfocusin);
      container.addEventListener('focusout', onfocusout);
      return () => {
        container.removeEventListener('focusin', onfocusin);
        container.removeEventListener('focusout', onfocusout);
      };
    };
  }

  /** For the open event's title: takes focus when the reader opened it. */
  readonly panel: Attachment<HTMLElement> = (heading) => {
    $effect(() => {
      if (this.#wanted !== 'panel') return;
      this.#wanted = null;
      heading.focus();
    });
  };
}
