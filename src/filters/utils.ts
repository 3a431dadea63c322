// Pure helpers for the year filter: the predicate, the histogram, turning slider values into a range.
import type { SectionRef } from "../model";
import { isHiddenBySections } from "../sections";
import type { YearRange } from "../state";
import type { YearBin } from "./types";

/** Inclusive bounds; `null` means unbounded (a bound of 0 is still a bound). */
export function isYearInRange(year: number, range: YearRange): boolean {
  return (range.from === null || year >= range.from) && (range.to === null || year <= range.to);
}

/** Whether a paper with this year (undefined = undated) passes the year filter. */
export function isPaperYearShown(year: number | undefined, range: YearRange, showUndated: boolean): boolean {
  return year === undefined ? showUndated : isYearInRange(year, range);
}

/**
 * A month as one number (`year * 12 + month - 1`), the time filter's unit: the year range and the
 * playback head compare these. A paper dated by its year alone counts from that year's January.
 */
export function monthIndex(year: number, month?: number): number {
  return year * 12 + (month ?? 1) - 1;
}

/**
 * The months every time filter together lets through (inclusive; ±Infinity when unbounded), and
 * whether undated papers pass: the year range, the undated toggle and the playhead in one shape,
 * which the map's GPU programs receive as uniforms (../map/filter-programs.ts).
 */
export interface TimeWindow {
  from: number;
  to: number;
  undated: boolean;
}

export function timeWindow(state: { yearRange: YearRange; showUndated: boolean; playhead: number | null }): TimeWindow {
  const { from, to } = state.yearRange;
  return {
    from: from === null ? -Infinity : monthIndex(from, 1),
    to: Math.min(to === null ? Infinity : monthIndex(to, 12), state.playhead ?? Infinity),
    // Undated papers wait until playback ends.
    undated: state.showUndated && state.playhead === null,
  };
}

/** A date's month index, or undefined when undated. */
export function dateMonth(date: { year?: number | undefined; month?: number | undefined }): number | undefined {
  return date.year === undefined ? undefined : monthIndex(date.year, date.month);
}

export function isMonthShown(month: number | undefined, window: TimeWindow): boolean {
  return month === undefined ? window.undated : month >= window.from && month <= window.to;
}

/** Whether a paper dated so passes every time filter: the year range, the undated toggle, the playhead. */
export function isPaperTimeShown(
  date: { year?: number | undefined; month?: number | undefined },
  state: { yearRange: YearRange; showUndated: boolean; playhead: number | null },
): boolean {
  return isMonthShown(dateMonth(date), timeWindow(state));
}

/** How many of these months (sorted) and undated papers a window lets through. */
export function countInWindow(months: Float64Array, undated: number, window: TimeWindow): number {
  const dated = Math.max(0, lowerBound(months, window.to, true) - lowerBound(months, window.from, false));
  return dated + (window.undated ? undated : 0);
}

/** The first position whose value is above (`after`) or at least `value`. */
function lowerBound(sorted: Float64Array, value: number, after: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (after ? sorted[mid]! <= value : sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function yearHistogram(years: Iterable<number | undefined>, span: { min: number; max: number }): YearBin[] {
  const counts = new Array<number>(span.max - span.min + 1).fill(0);
  for (const year of years) {
    if (year === undefined || year < span.min || year > span.max) continue;
    counts[year - span.min] = (counts[year - span.min] ?? 0) + 1;
  }
  return counts.map((count, i) => ({ year: span.min + i, count }));
}

/** The histogram's bins for the papers the section filter keeps (the year filter aside). */
export function yearHistogramInSections(
  papers: readonly { year: number | undefined; sections: readonly SectionRef[] }[],
  hiddenSections: ReadonlySet<string>,
  span: { min: number; max: number },
): YearBin[] {
  return yearHistogramShown(papers, hiddenSections, null, span);
}

/**
 * The histogram's bins for the papers shown by the section filter and, while the years are played
 * back, the playhead (a month index; null: no playback): the bars fill as the playback runs.
 */
export function yearHistogramShown(
  papers: readonly { year: number | undefined; month?: number | undefined; sections: readonly SectionRef[] }[],
  hiddenSections: ReadonlySet<string>,
  playhead: number | null,
  span: { min: number; max: number },
): YearBin[] {
  return yearHistogram(
    papers
      .filter((p) => !isHiddenBySections(p.sections, hiddenSections))
      .filter((p) => playhead === null || (p.year !== undefined && monthIndex(p.year, p.month) <= playhead))
      .map((p) => p.year),
    span,
  );
}

/**
 * A range from the two handles: a handle at the end of the span means "no bound", so a link to the
 * default view carries no years and stays the default when the lists grow. Handles may cross; the
 * range is always ordered.
 */
export function rangeFromHandles(a: number, b: number, span: { min: number; max: number }): YearRange {
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  return { from: low <= span.min ? null : low, to: high >= span.max ? null : high };
}

/** The handle positions for a range: unbounded sides sit at the span's ends; out-of-span values clamp. */
export function handlesFromRange(range: YearRange, span: { min: number; max: number }): [number, number] {
  const clamp = (v: number) => Math.min(span.max, Math.max(span.min, v));
  return [range.from === null ? span.min : clamp(range.from), range.to === null ? span.max : clamp(range.to)];
}

/** "2017–2020", "from 2017", "up to 2020" or "all years". */
export function describeRange(range: YearRange): string {
  if (range.from !== null && range.to !== null)
    return range.from === range.to ? `${range.from}` : `${range.from}–${range.to}`;
  if (range.from !== null) return `from ${range.from}`;
  if (range.to !== null) return `up to ${range.to}`;
  return "all years";
}
