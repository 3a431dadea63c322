// The playback's part of a link: `play=2019-03`, the month the years were played up to (a link
// opens paused there). Validated like the years: a month that is not one is dropped with a
// notice; one outside the map's years is brought to its nearest end, and the notice says so.
import { monthIndex } from "../filters/utils";

export const PLAY_PARAM = "play";
const PLAY_PATTERN = /^(\d{4})-(\d{2})$/;

export function parsePlayParam(
  params: URLSearchParams,
  notices: string[],
  span?: { min: number; max: number } | null,
): number | null {
  const raw = params.get(PLAY_PARAM);
  if (raw === null || raw.trim() === "") return null;
  const match = PLAY_PATTERN.exec(raw.trim());
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) {
    notices.push(`The link's playback month (${raw}) is not a month like 2019-03, so it was ignored.`);
    return null;
  }
  const year = Number(match[1]);
  if (span && (year < span.min || year > span.max)) {
    const nearest = year < span.min ? monthIndex(span.min, 1) : monthIndex(span.max, 12);
    notices.push(
      `The link plays the years up to ${raw}, outside the map's ${span.min}–${span.max}; it plays up to ${formatPlayMonth(nearest)}.`,
    );
    return nearest;
  }
  return monthIndex(year, month);
}

export function formatPlayMonth(playhead: number): string {
  const year = Math.floor(playhead / 12);
  return `${year}-${String(playhead - year * 12 + 1).padStart(2, "0")}`;
}

export function serializePlayParam(playhead: number | null | undefined): string[] {
  return playhead === null || playhead === undefined ? [] : [`${PLAY_PARAM}=${formatPlayMonth(playhead)}`];
}
