// Year playback, in the Years box: ▶ grows the map month by month from the first paper the year
// range shows to the last (papers appear at their month, their lineage links with them, the
// histogram fills, the count runs), at a speed the user picks; ❚❚ pauses, ■ ends it (every year
// shown again). The playhead over the histogram is a handle: drag it, or use the arrow keys on it
// (a month; Page Up/Down a year), to scrub. Under prefers-reduced-motion it steps a year at a time.
// It only moves the store's `playhead`, which ../filters/visibility.ts reads with the year range,
// so a frame of playback costs what a filter change costs; ticks are not history entries, a pause
// writes where it stopped to the link (play=2019-03).
import type { GraphIndex, PaperGraph } from "../load";
import { prefersReducedMotion } from "../map/camera";
import { isPaper } from "../model";
import { type AppState, type Store, setPlayhead, setPlaying } from "../state";
import { el } from "../ui/dom";
import "./playback.css";
import {
  DEFAULT_SPEED,
  SPEEDS,
  type Speed,
  advance,
  clampToSpan,
  monthLabel,
  monthLongLabel,
  playbackSpan,
} from "./utils";

export interface PlaybackContext {
  graph: PaperGraph;
  index: GraphIndex;
  store: Store;
}

const SPEED_KEY = "ai-reading-graph:playback-speed";
/** How long the last month shows before the playback ends. */
export const END_HOLD_MS = 900;
const speedName = (s: number) => (s === 0.5 ? "½×" : `${s}×`);

function savedSpeed(): Speed {
  try {
    const value = Number(localStorage.getItem(SPEED_KEY));
    return (SPEEDS as readonly number[]).includes(value) ? (value as Speed) : DEFAULT_SPEED;
  } catch {
    return DEFAULT_SPEED;
  }
}

/** Mounts the controls into the year filter's box (`root`, see ../filters). */
export function mountPlayback(root: HTMLElement, ctx: PlaybackContext): () => void {
  const { store } = ctx;
  const fieldset = root.querySelector<HTMLElement>(".year-filter");
  const frame = root.querySelector<HTMLElement>(".histogram-frame");
  const span = ctx.index.years;
  if (!fieldset || !frame || !span) return () => {};
  const dates = ctx.index.papers.map((p) => {
    const a = ctx.graph.getNodeAttributes(p);
    return isPaper(a) ? { year: a.year, month: a.month } : {};
  });
  const spanFor = (state: AppState) => playbackSpan(dates, state.yearRange);

  const play = el("button", { className: "play-button icon-button", attrs: { type: "button", id: "play-years" } });
  const stop = el("button", {
    className: "stop-button icon-button",
    text: "■",
    attrs: { type: "button", id: "stop-playback", "aria-label": "Stop playback: show every year", title: "Stop" },
  });
  const speed = el(
    "select",
    { className: "play-speed", attrs: { id: "play-speed", "aria-label": "Playback speed", title: "Speed" } },
    SPEEDS.map((s) => el("option", { text: speedName(s), attrs: { value: `${s}` } })),
  );
  let chosen = savedSpeed();
  speed.value = `${chosen}`;
  const month = el("span", { className: "play-month", attrs: { id: "play-month" } });
  const controls = el("div", { className: "playback", attrs: { role: "group", "aria-label": "Play the years" } }, [
    play,
    stop,
    month,
    speed,
  ]);
  fieldset.querySelector("legend")?.after(controls);
  // The playhead: a handle over the histogram, a month a step, its track spanning every year.
  const head = el("input", {
    className: "playhead",
    attrs: {
      type: "range",
      id: "playhead",
      min: `${span.min * 12}`,
      max: `${span.max * 12 + 11}`,
      step: "1",
      "aria-label": "Playback month",
    },
  });
  frame.append(head);

  let frameRequest: number | null = null;
  let ticking = false;
  let last = 0;
  let carry = 0;
  let endedAt: number | null = null;
  const loop = (now: number) => {
    const state = store.get();
    const range = spanFor(state);
    if (!state.playing || state.playhead === null || !range) {
      ticking = false;
      frameRequest = null;
      return;
    }
    if (state.playhead >= range.last) {
      // The last paper's month shows for a moment; then every year (and the undated) come back.
      endedAt ??= now;
      if (now - endedAt >= END_HOLD_MS) {
        ticking = false;
        frameRequest = null;
        store.dispatch(setPlayhead(null), { history: "replace" });
        return;
      }
    } else {
      const moved = advance(state.playhead, carry, now - last, chosen, range, prefersReducedMotion());
      carry = moved.carry;
      if (moved.playhead !== state.playhead) store.dispatch(setPlayhead(moved.playhead), { history: "none" });
    }
    last = now;
    frameRequest = requestAnimationFrame(loop);
  };
  const run = () => {
    if (ticking) return;
    ticking = true;
    last = performance.now();
    carry = 0;
    endedAt = null;
    frameRequest = requestAnimationFrame(loop);
  };

  const onPlay = () => {
    const state = store.get();
    if (state.playing) return store.dispatch(setPlaying(false), { history: "replace" });
    const range = spanFor(state);
    if (!range) return;
    // From the first paper, or on from where it was paused.
    const from = state.playhead === null ? range.first : clampToSpan(state.playhead, range);
    store.dispatch((s) => setPlaying(true)(setPlayhead(from)(s)));
  };
  const onStop = () => store.dispatch(setPlayhead(null));
  const onScrub = () => {
    const state = store.get();
    const range = spanFor(state);
    if (!range) return;
    // Scrubbing pauses, and stays within the papers the year range shows.
    store.dispatch((s) => setPlayhead(clampToSpan(Number(head.value), range))(setPlaying(false)(s)), {
      history: "replace",
    });
  };
  const onSpeed = () => {
    chosen = Number(speed.value) as Speed;
    try {
      localStorage.setItem(SPEED_KEY, speed.value);
    } catch {
      // Private mode: the speed is kept for this page only.
    }
  };
  play.addEventListener("click", onPlay);
  stop.addEventListener("click", onStop);
  head.addEventListener("input", onScrub);
  speed.addEventListener("change", onSpeed);

  const render = (state: AppState) => {
    const active = state.playhead !== null;
    play.textContent = state.playing ? "❚❚" : "▶";
    play.setAttribute("aria-label", state.playing ? "Pause the playback" : active ? "Play on" : "Play the years");
    play.title = state.playing ? "Pause" : "Play the years, month by month";
    play.setAttribute("aria-pressed", String(state.playing));
    play.disabled = spanFor(state) === null;
    stop.hidden = !active;
    head.hidden = !active;
    month.textContent = active ? monthLabel(state.playhead!) : "";
    root.classList.toggle("playing-years", active);
    if (active) {
      head.value = `${state.playhead}`;
      head.setAttribute("aria-valuetext", monthLongLabel(state.playhead!));
    }
    if (state.playing) run();
  };
  const unsubscribe = store.subscribe((state, previous) => {
    // The year range moved under a playback: the playhead stays within what it shows.
    if (state.playhead !== null && state.yearRange !== previous.yearRange) {
      const range = spanFor(state);
      const within = range ? clampToSpan(state.playhead, range) : null;
      if (within !== state.playhead) store.dispatch(setPlayhead(within), { history: "replace" });
    }
    if (
      state.playhead !== previous.playhead ||
      state.playing !== previous.playing ||
      state.yearRange !== previous.yearRange
    )
      render(store.get());
  });
  render(store.get());
  return () => {
    unsubscribe();
    if (frameRequest !== null) cancelAnimationFrame(frameRequest);
    ticking = false;
    controls.remove();
    head.remove();
    root.classList.remove("playing-years");
  };
}
