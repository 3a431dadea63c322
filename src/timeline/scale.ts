// The timeline's time axis. A year is 12 units (a unit a month) unless it is crowded: the lists
// hold most of their papers in a few recent years (38 of one section's papers in the first seven
// months of 2023), which at one unit a month piled up as one tall column. A crowded year is
// widened until its busiest band needs at most TARGET_LANES lanes, up to MAX_YEAR_STRETCH times;
// the year lines and labels follow, so the axis stays honest about where a year starts.
import { MIN_GAP } from "./constants";

export const MONTHS = 12;
/** Lanes a band may fill in a year before the year is widened. */
export const TARGET_LANES = 3;
/** The widest a year gets, in normal years. */
export const MAX_YEAR_STRETCH = 4;

export interface YearScale {
  first: number;
  last: number;
  /** Where each year starts, first..last, and one more entry where the last one ends. */
  starts: number[];
}

/** A paper's date, as the scale reads it (a paper with a year alone has no month). */
export interface Dated {
  year: number;
  month?: number | undefined;
}

/**
 * Each year's width from its busiest band: n papers in m distinct months of a year need
 * n·MIN_GAP / (TARGET_LANES · m/12) units for at most TARGET_LANES lanes.
 */
export function computeYearScale(first: number, last: number, groups: Iterable<readonly Dated[]>): YearScale {
  const widths = new Array<number>(last - first + 1).fill(MONTHS);
  for (const papers of groups) {
    const perYear = new Map<number, { count: number; months: Set<number> }>();
    for (const p of papers) {
      const entry = perYear.get(p.year) ?? { count: 0, months: new Set<number>() };
      entry.count++;
      entry.months.add(p.month ?? 0);
      perYear.set(p.year, entry);
    }
    for (const [year, { count, months }] of perYear) {
      const i = year - first;
      if (i < 0 || i >= widths.length) continue;
      const needed = (count * MIN_GAP) / (TARGET_LANES * (months.size / MONTHS));
      widths[i] = Math.max(widths[i]!, Math.min(MONTHS * MAX_YEAR_STRETCH, needed));
    }
  }
  const starts = [0];
  for (const w of widths) starts.push(starts[starts.length - 1]! + w);
  return { first, last, starts };
}

/** Where a year starts (`last + 1`: where the last year ends); years outside clamp to the ends. */
export function yearStart(scale: YearScale, year: number): number {
  const i = Math.min(Math.max(year - scale.first, 0), scale.starts.length - 1);
  return scale.starts[i]!;
}

/** The x of a point `months` (0–12, fractional) into `year`. */
export function dateX(scale: YearScale, year: number, months: number): number {
  const start = yearStart(scale, year);
  return start + ((yearStart(scale, year + 1) - start) * months) / MONTHS;
}

/** The narrowest year's width, for thinning the year labels. */
export function narrowestYear(scale: YearScale): number {
  let min = Infinity;
  for (let i = 1; i < scale.starts.length; i++) min = Math.min(min, scale.starts[i]! - scale.starts[i - 1]!);
  return Number.isFinite(min) ? min : MONTHS;
}
