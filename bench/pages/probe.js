// The benchmark's in-page probe. bench/run.ts installs it into every contender page before the page's
// own scripts run (Playwright's addInitScript), after a line setting `window.__benchConfig`:
//   { kind: 'embed' | 'site' | 'floor' | 'vis' | 'timelinejs', data: '/data/…json' }
// It is plain browser JavaScript on purpose: functions written in run.ts would be compiled by tsx, whose
// helpers do not exist in the page.
//
// What it gives the harness, as window.__bench:
//   ready      { t } once events are on screen: performance.now() (ms since navigation start) in the first
//              animation frame where an event element of the contender is visible in the viewport and the
//              benchmark's dataset (not a page's built-in one) is the one shown. Checked in every frame.
//   failure()  a message when the page shows or reports that it could not load the data.
//   settled()  ms since the last long task (> 50 ms of main-thread work) ended.
//   frames     start()/stop(): requestAnimationFrame timestamps between the calls, as frame times.
//   signature() where the visible event elements are, to tell whether a gesture changed the view.
//   target()   the centre of the element that pans and zooms, in viewport pixels.
//   domCount() elements in the document plus elements inside open shadow roots.
//   resources() Resource Timing of the document and everything it loaded.
(() => {
  const config = window.__benchConfig;
  const kind = config.kind;
  const dataUrl = new URL(config.data, location.href).href;
  // Resource Timing keeps 250 entries by default; a page that loads more would lose some.
  performance.setResourceTimingBufferSize(100000);

  const MARK = {
    embed: 'button.mark',
    site: 'button.mark',
    floor: 'circle.ev',
    vis: '.vis-item',
    timelinejs: '.tl-timemarker'
  }[kind];
  const TARGET = {
    embed: '.viewport',
    site: '.viewport',
    floor: 'svg',
    vis: '.vis-center',
    timelinejs: '.tl-timenav'
  }[kind];
  /** The whole drawn widget (events, axis, grid), for signature(). */
  const AREA = {
    embed: '.viewport',
    site: '.viewport',
    floor: 'svg',
    vis: '.vis-timeline',
    timelinejs: '.tl-timenav'
  }[kind];

  const bench = {
    kind,
    ready: null,
    errors: [],
    lastLongTaskEnd: 0,
    frames: {
      times: [],
      generation: 0,
      start() {
        this.times = [];
        // A loop left over from an earlier start() sees a newer generation and ends.
        const generation = ++this.generation;
        const loop = (time) => {
          if (generation !== this.generation) return;
          this.times.push(time);
          requestAnimationFrame(loop);
        };
        requestAnimationFrame(loop);
      },
      stop() {
        this.generation++;
        const deltas = [];
        for (let i = 1; i < this.times.length; i++) deltas.push(this.times[i] - this.times[i - 1]);
        return deltas;
      }
    }
  };
  window.__bench = bench;

  addEventListener('error', (event) => {
    bench.errors.push(String(event.error && event.error.stack ? event.error.stack : event.message));
  });
  addEventListener('unhandledrejection', (event) => {
    const reason = event.reason;
    bench.errors.push(`unhandled rejection: ${String(reason && reason.stack ? reason.stack : reason)}`);
  });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        bench.lastLongTaskEnd = Math.max(bench.lastLongTaskEnd, entry.startTime + entry.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: settled() then counts from navigation start.
  }

  /** Where the contender's elements live: our embed's open shadow root, or the document. */
  function scope() {
    if (kind !== 'embed') return document;
    const host = document.querySelector('news-timeline');
    return host ? host.shadowRoot : null;
  }

  function onScreen(element) {
    const rect = element.getBoundingClientRect();
    if (rect.width <= 0 || rect.height <= 0) return false;
    if (rect.right <= 0 || rect.bottom <= 0 || rect.left >= innerWidth || rect.top >= innerHeight)
      return false;
    return element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  }

  function firstVisibleMark() {
    const root = scope();
    if (!root) return null;
    const marks = root.querySelectorAll(MARK);
    for (let i = 0; i < marks.length && i < 500; i++) if (onScreen(marks[i])) return marks[i];
    return null;
  }

  /** The benchmark's dataset has arrived (its Resource Timing entry is complete). */
  function dataLoaded() {
    return performance.getEntriesByName(dataUrl).some((entry) => entry.responseEnd > 0);
  }

  /**
   * The site page first shows its own curated dataset and then the one in ?src=: it has switched when the
   * source list names the benchmark's source (updated in the same render as the marks).
   */
  function showsBenchData() {
    if (kind !== 'site') return true;
    for (const cite of document.querySelectorAll('cite'))
      if (cite.textContent.trim() === 'Bench') return true;
    return false;
  }

  function check() {
    if (bench.ready) return;
    if (document.body && dataLoaded() && showsBenchData() && firstVisibleMark()) {
      bench.ready = { t: performance.now() };
      return;
    }
    requestAnimationFrame(check);
  }
  requestAnimationFrame(check);

  bench.failure = () => {
    if (window.benchError) return String(window.benchError);
    const root = scope();
    if (kind === 'embed' && root) {
      const alert = root.querySelector('[role="alert"]');
      if (alert) {
        const text = (alert.querySelector('p') || alert).textContent.trim();
        return `the embed shows "${text.slice(0, 300)}"`;
      }
    }
    if (kind === 'site') {
      const alert = document.querySelector('main p[role="alert"]');
      if (alert) return `the page shows "${alert.textContent.trim().slice(0, 300)}"`;
    }
    return null;
  };

  bench.settled = () => performance.now() - bench.lastLongTaskEnd;

  bench.nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(true)));

  bench.marks = () => {
    const root = scope();
    return root ? Array.from(root.querySelectorAll(MARK)) : [];
  };

  bench.signature = () => {
    const root = scope();
    if (!root) return '';
    const marks = root.querySelectorAll(MARK);
    const places = [];
    let visible = 0;
    for (let i = 0; i < marks.length && i < 5000; i++) {
      if (!onScreen(marks[i])) continue;
      visible++;
      if (places.length < 100) {
        const rect = marks[i].getBoundingClientRect();
        places.push(`${Math.round(rect.left)}:${Math.round(rect.width)}`);
      }
    }
    // Zoomed into a stretch with no event, no event moves: the axis and the grid, drawn in the same
    // widget, do. A sum of their positions changes whenever any of them moves.
    const area = root.querySelector(AREA);
    let drawn = 0;
    let sum = 0;
    if (area) {
      const all = area.querySelectorAll('*');
      for (let i = 0; i < all.length && i < 3000; i++) {
        const rect = all[i].getBoundingClientRect();
        if (rect.width > 0 && rect.right > 0 && rect.left < innerWidth) {
          drawn++;
          sum += Math.round(rect.left) + Math.round(rect.width);
        }
      }
    }
    return `${visible}|${places.join(',')}|${drawn}:${sum}`;
  };

  bench.target = () => {
    const root = scope();
    let element = root ? root.querySelector(TARGET) : null;
    if (!element && kind === 'embed') element = document.querySelector('news-timeline');
    if (!element) return null;
    element.scrollIntoView({ block: 'nearest' });
    const rect = element.getBoundingClientRect();
    const left = Math.max(0, rect.left);
    const right = Math.min(innerWidth, rect.right);
    const top = Math.max(0, rect.top);
    const bottom = Math.min(innerHeight, rect.bottom);
    if (right - left < 100 || bottom - top < 20) return null;
    // The point nearest the centre where a press lands on the background, not on an event: pressing an
    // event is a click on it in some contenders (TimelineJS opens it) rather than the start of a drag.
    const cx = (left + right) / 2;
    const cy = (top + bottom) / 2;
    const points = [];
    for (let dy = 0; dy <= (bottom - top) / 2 - 4; dy += 6) {
      for (let dx = 0; dx <= (right - left) / 2 - 4; dx += 20) {
        points.push([cx + dx, cy + dy], [cx - dx, cy + dy], [cx + dx, cy - dy], [cx - dx, cy - dy]);
      }
    }
    points.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
    const tree = root && root.elementFromPoint ? root : document;
    for (const [x, y] of points) {
      const hit = tree.elementFromPoint(x, y);
      if (hit && element.contains(hit) && !hit.closest(MARK)) {
        return { x, y, width: right - left, height: bottom - top, onEvent: false };
      }
    }
    return { x: cx, y: cy, width: right - left, height: bottom - top, onEvent: true };
  };

  bench.domCount = () => {
    const count = (root) => {
      let n = 0;
      for (const element of root.querySelectorAll('*')) {
        n++;
        if (element.shadowRoot) n += count(element.shadowRoot);
      }
      return n;
    };
    return count(document);
  };

  bench.resources = () =>
    [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map(
      (entry) => ({
        url: entry.name,
        entryType: entry.entryType,
        initiatorType: entry.initiatorType,
        contentType: entry.contentType || '',
        transferSize: entry.transferSize,
        encodedBodySize: entry.encodedBodySize,
        decodedBodySize: entry.decodedBodySize
      })
    );
})();
