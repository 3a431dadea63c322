// Year playback, the pure part: which months a playback runs over, how far it moves in a frame,
// and how a month reads. The playhead is a month index (../filters/utils.ts monthIndex): papers
// dated up to it are shown, through the same filter path as the year range.
import { monthIndex } from "../filters/utils";
import type { YearRange } from "../state";

/** Speeds the control offers, as multiples of a year a second. */
export const SPEEDS = [0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];
export const DEFAULT_SPEED: Speed = 1;
/** Months a second at 1×: a year a second, so the real lists' eleven years take about eleven seconds. */
export const MONTHS_PER_SECOND = 12;
/** Under reduced motion the playback steps a year at a time, this often at 1× (ms). */
export const STEP_MS = 1000;

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export interface PlaybackSpan {
  /** The month of the first and of the last paper the year range shows. */
  first: number;
  last: number;
}

/** The months a playback runs over: from the first dated paper within the year range to the last. */
export function playbackSpan(
  dates: Iterable<{ year?: number | undefined; month?: number | undefined }>,
  range: YearRange,
): PlaybackSpan | null {
  let first = Infinity;
  let last = -Infinity;
  for (const { year, month } of dates) {
    if (year === undefined) continue;
    if ((range.from !== null && year < range.from) || (range.to !== null && year > range.to)) continue;
    const m = monthIndex(year, month);
    first = Math.min(first, m);
    last = Math.max(last, m);
  }
  return first <= last ? { first, last } : null;
}

export function clampToSpan(playhead: number, span: PlaybackSpan): number {
  return Math.min(span.last, Math.max(span.first, playhead));
}

/** "Mar 2019" for a month index. */
export function monthLabel(month: number): string {
  const year = Math.floor(month / 12);
  return `${MONTH_NAMES[month - year * 12]} ${year}`;
}

/** "March 2019"-style text for screen readers. */
export function monthLongLabel(month: number): string {
  const year = Math.floor(month / 12);
  return new Date(Date.UTC(year, month - year * 12, 1)).toLocaleDateString("en", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

/**
 * Where the playhead goes after `elapsed` ms at `speed`, carrying the fraction of a month not yet
 * shown: smoothly a month at a time, or (reduced motion) a year at a time, to the end of the next
 * year. Returns the new playhead and the carry; the playhead never passes the span's end.
 */
export function advance(
  playhead: number,
  carry: number,
  elapsed: number,
  speed: number,
  span: PlaybackSpan,
  reducedMotion: boolean,
): { playhead: number; carry: number } {
  if (reducedMotion) {
    const due = carry + elapsed;
    const every = STEP_MS / speed;
    if (due < every) return { playhead, carry: due };
    // To December of the playhead's year, or of the next year when it is there already.
    const year = Math.floor(playhead / 12);
    const endOfYear = year * 12 + 11;
    const next = playhead < endOfYear ? endOfYear : endOfYear + 12;
    return { playhead: Math.min(span.last, next), carry: due - every };
  }
  const months = carry + (elapsed * speed * MONTHS_PER_SECOND) / 1000;
  const whole = Math.floor(months);
  return { playhead: Math.min(span.last, playhead + whole), carry: months - whole };
}
