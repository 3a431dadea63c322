// What the bench runs inside the pages it measures (the app and the bare-sigma baseline), so both are
// measured at the same moments: at the next animation frame, and after a 1-pixel readPixels of
// every WebGL canvas, which returns only once software WebGL has really drawn everything it was
// asked to. Each function here is serialised into the page: it may use only its arguments.

/** What the probe leaves on `window.__bench`. */
export interface BenchProbe {
  /** Blocks until every WebGL canvas of the page has drawn what it was given (1-pixel readPixels). */
  drain(): void;
  /** Main-thread tasks over 50 ms (the Long Tasks API), from navigation start. */
  longTasks: Array<{ start: number; duration: number }>;
  /**
   * Adds to `longTasks` the entries the observer holds but has not delivered yet: its callback
   * runs in a later task, so without this a task that just ended would be missed.
   */
  flushLongTasks(): void;
  /** The year span of the page's papers, once computed. */
  span?: { min: number; max: number };
}

/** A filter change as the page saw it, in ms from `start` (performance.now() when it began). */
export interface FilterStep {
  start: number;
  work: number;
  toFrame: number;
  /** Until software WebGL has drawn it; absent when the step was not drained (see `drain`). */
  drawn?: number;
}

/**
 * The init script: `drain()`, a long-task log, and a hook on `performance.mark` so that the moment
 * a page marks "map-first-frame" it drains and marks "map-first-frame-drawn" in the same task.
 */
export function installProbe(): void {
  const w = window as unknown as { __bench: BenchProbe };
  const drain = () => {
    for (const canvas of Array.from(document.querySelectorAll("canvas"))) {
      const gl = (canvas.getContext("webgl2") ?? canvas.getContext("webgl")) as WebGLRenderingContext | null;
      gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
    }
  };
  const longTasks: BenchProbe["longTasks"] = [];
  const record = (entries: PerformanceEntryList) => {
    for (const e of entries) longTasks.push({ start: e.startTime, duration: e.duration });
  };
  const observer = new PerformanceObserver((list) => record(list.getEntries()));
  w.__bench = { drain, longTasks, flushLongTasks: () => record(observer.takeRecords()) };
  const mark = performance.mark.bind(performance);
  performance.mark = ((name: string, options?: PerformanceMarkOptions) => {
    const entry = mark(name, options);
    if (name === "map-first-frame") {
      drain();
      mark("map-first-frame-drawn");
    }
    return entry;
  }) as typeof performance.mark;
  observer.observe({ type: "longtask", buffered: true });
}

/** The marks both pages set on the way to their first frame, in order (the app sets them all). */
export const LOAD_MARKS = [
  "graph-fetched",
  "graph-parsed",
  "graph-validated",
  "graph-decoded",
  "graph-loaded",
  "graph-imported",
  "graph-indexed",
  "map-created",
  "features-mounted",
  "map-first-frame",
  "map-first-frame-drawn",
] as const;

/** Each mark's time from navigation start (absent: the page does not set it). */
export function readLoadMarks(names: readonly string[]): Record<string, number> {
  const marks: Record<string, number> = {};
  for (const name of names) {
    const entry = performance.getEntriesByName(name)[0];
    if (entry) marks[name] = entry.startTime;
  }
  return marks;
}

/**
 * The app: moves the year slider's lower handle through its input event, as a drag does. With
 * `drain`, waits after the next frame until it is drawn; that wait blocks the main thread, so steps
 * that watch for long tasks do not drain.
 */
export async function appYearStep([offset, drain]: [number, boolean]): Promise<FilterStep> {
  const bench = (window as unknown as { __bench: BenchProbe }).__bench;
  const input = document.querySelector<HTMLInputElement>("input.range-input")!;
  const min = Number(input.min);
  const max = Number(input.max);
  input.value = String(Math.min(max, min + 1 + (offset % Math.max(1, max - min - 1))));
  const start = performance.now();
  input.dispatchEvent(new Event("input", { bubbles: true }));
  const work = performance.now() - start;
  await new Promise((done) => requestAnimationFrame(done));
  const toFrame = performance.now() - start;
  if (!drain) return { start, work, toFrame };
  // Where the app draws a frame off screen first (src/map/present.ts), the change is drawn once
  // that frame is shown: wait for it, then for the shown canvases.
  const app = (window as unknown as { __readingGraph?: { framesBusy(): boolean } }).__readingGraph;
  while (app?.framesBusy()) await new Promise((done) => requestAnimationFrame(done));
  bench.drain();
  return { start, work, toFrame, drawn: performance.now() - start };
}

/**
 * Bare sigma: the same lower bound as the app's slider would set, the way a sigma user filters — a
 * node reducer that hides papers before that year, set with setSetting (a full refresh).
 */
export async function bareYearStep([offset, drain]: [number, boolean]): Promise<FilterStep> {
  const bench = (window as unknown as { __bench: BenchProbe }).__bench;
  type Attrs = { kind?: string; year?: number };
  type Bare = {
    renderer: { setSetting(key: string, value: unknown): void };
    graph: { forEachNode(cb: (key: string, attrs: Attrs) => void): void };
  };
  const { renderer, graph } = (window as unknown as { __bare: Bare }).__bare;
  if (!bench.span) {
    let min = Infinity;
    let max = -Infinity;
    graph.forEachNode((_key, attrs) => {
      if (attrs.kind !== "paper" || attrs.year === undefined) return;
      min = Math.min(min, attrs.year);
      max = Math.max(max, attrs.year);
    });
    bench.span = { min, max };
  }
  const { min, max } = bench.span;
  const from = Math.min(max, min + 1 + (offset % Math.max(1, max - min - 1)));
  const start = performance.now();
  renderer.setSetting("nodeReducer", (_node: string, data: Attrs) =>
    data.kind === "paper" && data.year !== undefined && data.year < from ? { ...data, hidden: true } : data,
  );
  const work = performance.now() - start;
  await new Promise((done) => requestAnimationFrame(done));
  const toFrame = performance.now() - start;
  if (!drain) return { start, work, toFrame };
  // Where the app draws a frame off screen first (src/map/present.ts), the change is drawn once
  // that frame is shown: wait for it, then for the shown canvases.
  const app = (window as unknown as { __readingGraph?: { framesBusy(): boolean } }).__readingGraph;
  while (app?.framesBusy()) await new Promise((done) => requestAnimationFrame(done));
  bench.drain();
  return { start, work, toFrame, drawn: performance.now() - start };
}

/** The longest main-thread task still running at or after `since` (0 when none was over 50 ms). */
export function longestTaskSince(since: number): number {
  const bench = (window as unknown as { __bench: BenchProbe }).__bench;
  bench.flushLongTasks();
  return bench.longTasks.filter((t) => t.start + t.duration >= since).reduce((m, t) => Math.max(m, t.duration), 0);
}
