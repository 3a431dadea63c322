// The URL binding: the link carries the selected node, the year filter and (when the user placed
// it) the camera, so a link reopens the same view and Back/Forward step through selections. Parsed and validated once at start-up (and
// on popstate); anything invalid is dropped with a notice the user can read, never trusted.
import { lineageUrlChanged, parseLineageParams, serializeLineageParams } from "../lineage/url";
import { type Action, type UrlState, restoreUrlState } from "./actions";
import type { Store } from "./store";
import type { AppState } from "./types";
import { parseCameraParam, sameCamera, serializeCameraParam } from "./url-camera";
import {
  type ExploreUrlState,
  NO_SECTIONS,
  type SectionCatalog,
  exploreUrlChanged,
  parseExploreParams,
  restoreExploreUrlState,
  serializeExploreParams,
} from "./url-explore";
import { parsePlayParam, serializePlayParam } from "./url-playback";

export const URL_PARAMS = {
  selected: "selected",
  from: "from",
  to: "to",
  undated: "undated",
  /** Sections drawn as regions: on unless the link says regions=0. */
  regions: "regions",
} as const;

/** Years are plain non-negative integers; 0 is a valid (if useless) bound, distinct from "absent". */
const YEAR_PATTERN = /^\d{1,4}$/;
const UNDATED_VALUES: Record<string, boolean> = { "1": true, show: true, "0": false, hide: false };

export interface ParsedUrlState {
  state: UrlState;
  /** Messages for the user about parts of the link that were ignored. */
  notices: string[];
  /** The link asks for something other than what is applied (a year outside the data, say). */
  adjusted: boolean;
}

/** The years the map's papers span, or null when none is dated. */
export type YearSpan = { min: number; max: number } | null;

/**
 * Years outside the data, brought to what can be shown: a bound beyond the span's far end would
 * show no dated paper (`?from=2025` on a map that ends in 2023), so it becomes that end, with a
 * notice; a bound before the near end changes nothing shown and is dropped. Returns whether the
 * range changed.
 */
function fitYearsToSpan(range: { from: number | null; to: number | null }, span: YearSpan, notices: string[]): boolean {
  const { from, to } = range;
  if (from === null && to === null) return false;
  if (span === null) {
    notices.push("No paper on this map has a year, so the link's years were ignored.");
    range.from = range.to = null;
    return true;
  }
  if (from !== null && from > span.max)
    notices.push(
      `The link asks for papers from ${from}, but the newest on this map are from ${span.max}; showing ${span.max}.`,
    );
  if (to !== null && to < span.min)
    notices.push(
      `The link asks for papers up to ${to}, but the oldest on this map are from ${span.min}; showing ${span.min}.`,
    );
  const clamp = (year: number) => Math.min(span.max, Math.max(span.min, year));
  range.from = from === null || clamp(from) <= span.min ? null : clamp(from);
  range.to = to === null || clamp(to) >= span.max ? null : clamp(to);
  return range.from !== from || range.to !== to;
}

function parseYear(params: URLSearchParams, name: string, notices: string[]): number | null {
  const raw = params.get(name);
  if (raw === null || raw.trim() === "") return null;
  if (!YEAR_PATTERN.test(raw.trim())) {
    notices.push(`The link's "${name}" year (${raw}) is not a year, so it was ignored.`);
    return null;
  }
  return Number(raw.trim());
}

/**
 * Reads and validates the state a link carries. `hasNode` says whether a key is on the map,
 * `isPaper` whether it is a paper (lineage and paths are between papers).
 */
export function parseUrlState(
  search: string,
  hasNode: (key: string) => boolean,
  isPaper: (key: string) => boolean = hasNode,
  yearSpan?: YearSpan,
): ParsedUrlState {
  const params = new URLSearchParams(search);
  const notices: string[] = [];

  let selected = params.get(URL_PARAMS.selected);
  if (selected !== null && (selected === "" || !hasNode(selected))) {
    if (selected !== "")
      notices.push(`The link points at "${selected}", which is not on this map; showing the whole map.`);
    selected = null;
  }

  let from = parseYear(params, URL_PARAMS.from, notices);
  let to = parseYear(params, URL_PARAMS.to, notices);
  if (from !== null && to !== null && from > to) {
    notices.push(`The link's year range was backwards (${from}–${to}); it was read as ${to}–${from}.`);
    [from, to] = [to, from];
  }

  const range = { from, to };
  const fitted = yearSpan !== undefined && fitYearsToSpan(range, yearSpan, notices);

  let showUndated = true;
  const undated = params.get(URL_PARAMS.undated);
  if (undated !== null) {
    const value = UNDATED_VALUES[undated];
    if (value === undefined) notices.push(`The link's "undated" value (${undated}) is not 0 or 1, so it was ignored.`);
    else showUndated = value;
  }

  let showRegions = true;
  const regions = params.get(URL_PARAMS.regions);
  if (regions !== null) {
    const value = UNDATED_VALUES[regions];
    if (value === undefined) notices.push(`The link's "regions" value (${regions}) is not 0 or 1, so it was ignored.`);
    else showRegions = value;
  }

  const lineage = parseLineageParams(params, isPaper, notices);
  const camera = parseCameraParam(params, notices);
  const playhead = parsePlayParam(params, notices, yearSpan);
  return {
    state: {
      selected,
      yearRange: range,
      showUndated,
      ...lineage,
      ...(camera ? { camera } : {}),
      ...(showRegions ? {} : { showRegions }),
      ...(playhead === null ? {} : { playhead }),
    },
    notices,
    adjusted: fitted || notices.length > 0,
  };
}

/** Keeps `:` and `/` readable in links (`?selected=arxiv:1706.03762`); both are legal in a query. */
function encodeQueryValue(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ":").replace(/%2F/gi, "/");
}

/** The query string (with `?`, or "" for the default view) for the parts of the state a link carries. */
export function serializeUrlState(state: UrlState & Partial<ExploreUrlState>, sections?: SectionCatalog): string {
  const parts: string[] = [];
  if (state.selected !== null) parts.push(`${URL_PARAMS.selected}=${encodeQueryValue(state.selected)}`);
  if (state.yearRange.from !== null) parts.push(`${URL_PARAMS.from}=${state.yearRange.from}`);
  if (state.yearRange.to !== null) parts.push(`${URL_PARAMS.to}=${state.yearRange.to}`);
  if (!state.showUndated) parts.push(`${URL_PARAMS.undated}=0`);
  if (state.showRegions === false) parts.push(`${URL_PARAMS.regions}=0`);
  parts.push(...serializeLineageParams(state, encodeQueryValue));
  parts.push(...serializeExploreParams(state, sections, encodeQueryValue));
  parts.push(...serializePlayParam(state.playhead));
  parts.push(...serializeCameraParam(state.camera));
  return parts.length ? `?${parts.join("&")}` : "";
}

/**
 * After a link was read with notices (or adjusted): the address bar shows what is applied, so the
 * ignored parts do not linger and a copy of the link reopens exactly this view. No history entry.
 */
export function showAppliedUrl(
  win: Pick<UrlWindow, "location" | "history">,
  state: AppState,
  sections?: SectionCatalog,
) {
  const search = serializeUrlState(state, sections);
  if (search !== win.location.search)
    win.history.replaceState(null, "", `${win.location.pathname}${search}${win.location.hash}`);
}

function urlStateChanged(a: AppState, b: AppState): boolean {
  return (
    a.selected !== b.selected ||
    a.yearRange.from !== b.yearRange.from ||
    a.yearRange.to !== b.yearRange.to ||
    a.showUndated !== b.showUndated ||
    a.showRegions !== b.showRegions ||
    // The playhead moves with history "none" while playing; pausing writes where it stopped.
    a.playhead !== b.playhead ||
    a.playing !== b.playing ||
    lineageUrlChanged(a, b) ||
    exploreUrlChanged(a, b) ||
    !sameCamera(a.camera, b.camera)
  );
}

/** What the binding needs from `window`, so tests can pass a fake. */
export interface UrlWindow {
  location: { search: string; pathname: string; hash: string };
  history: Pick<History, "pushState" | "replaceState">;
  addEventListener(type: "popstate", listener: () => void): void;
  removeEventListener(type: "popstate", listener: () => void): void;
}

export interface UrlBindingOptions {
  hasNode: (key: string) => boolean;
  /** Whether a key is a paper (lineage and paths); defaults to hasNode. */
  isPaper?: (key: string) => boolean;
  onNotices: (notices: string[]) => void;
  /** The map's sections, to read and write the sections a link switches off. */
  sections?: SectionCatalog;
  /** The years the map's papers span, to bring a link's years to the data. */
  yearSpan?: YearSpan;
}

/** Mirrors the store in the URL and the URL (Back/Forward) in the store. Returns an unbind function. */
export function bindUrl(store: Store, win: UrlWindow, options: UrlBindingOptions): () => void {
  const unsubscribe = store.subscribe((state, previous, meta) => {
    if (meta.history === "none" || !urlStateChanged(state, previous)) return;
    const search = serializeUrlState(state, options.sections);
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    if (meta.history === "push") win.history.pushState(null, "", url);
    else win.history.replaceState(null, "", url);
  });
  const onPopState = () => {
    const parsed = parseUrlState(win.location.search, options.hasNode, options.isPaper, options.yearSpan);
    const action: Action = restoreUrlState(parsed.state);
    const explore = parseExploreParams(
      new URLSearchParams(win.location.search),
      options.sections ?? NO_SECTIONS,
      parsed.notices,
    );
    store.dispatch((state) => restoreExploreUrlState(explore)(action(state)), { history: "none" });
    if (parsed.notices.length) options.onNotices(parsed.notices);
    if (parsed.adjusted || parsed.notices.length) showAppliedUrl(win, store.get(), options.sections);
  };
  win.addEventListener("popstate", onPopState);
  return () => {
    unsubscribe();
    win.removeEventListener("popstate", onPopState);
  };
}
