// Pure state changes, `(args) => (state) => newState`. Each returns the same object when nothing
// changes, so the store can skip notifying (and the URL skips a history entry).
import { type LineageUrlState, restoreLineage } from "../lineage/actions";
import type { AppState, CameraView, YearRange } from "./types";
import { sameCamera } from "./url-camera";

export type Action = (state: AppState) => AppState;

export const selectNode =
  (node: string | null): Action =>
  (state) =>
    state.selected === node ? state : { ...state, selected: node };

export const hoverNode =
  (node: string | null): Action =>
  (state) =>
    state.hovered === node ? state : { ...state, hovered: node };

export const setYearRange =
  (range: YearRange): Action =>
  (state) =>
    state.yearRange.from === range.from && state.yearRange.to === range.to
      ? state
      : { ...state, yearRange: { from: range.from, to: range.to } };

export const setShowUndated =
  (show: boolean): Action =>
  (state) =>
    state.showUndated === show ? state : { ...state, showUndated: show };

/** The camera the user placed (null: the app frames the view); rounded as a link writes it. */
export const setCamera =
  (camera: CameraView | null): Action =>
  (state) =>
    sameCamera(state.camera, camera) ? state : { ...state, camera: camera && { ...camera } };

/** The playback's month (a month index), or null for no playback: every year shown. */
export const setPlayhead =
  (playhead: number | null): Action =>
  (state) =>
    state.playhead === playhead && (playhead !== null || !state.playing)
      ? state
      : { ...state, playhead, playing: playhead === null ? false : state.playing };

export const setPlaying =
  (playing: boolean): Action =>
  (state) =>
    state.playing === playing ? state : { ...state, playing };

export const setShowRegions =
  (show: boolean): Action =>
  (state) =>
    state.showRegions === show ? state : { ...state, showRegions: show };

/**
 * The part of the state a link carries (see ./url.ts); the lineage, camera and regions parts only
 * when a link has them.
 */
export type UrlState = Pick<AppState, "selected" | "yearRange" | "showUndated"> &
  Partial<LineageUrlState> &
  Partial<Pick<AppState, "camera" | "showRegions" | "playhead">>;

/** Replaces everything a link carries at once (start-up, back/forward). Hover is left alone. */
export const restoreUrlState =
  (url: UrlState): Action =>
  (state) => {
    const restored = restoreLineage(url)(
      setShowUndated(url.showUndated)(setYearRange(url.yearRange)(selectNode(url.selected)(state))),
    );
    const placed = setShowRegions(url.showRegions ?? true)(setCamera(url.camera ?? null)(restored));
    // A link's playback opens paused.
    return setPlaying(false)(setPlayhead(url.playhead ?? null)(placed));
  };
