// The one UI state the map, the panel and the filters read. Plain data, replaced (never mutated)
// by the pure actions in ./actions.ts.
import { EXPLORE_INITIAL_STATE, type ExploreState } from "./explore";

/** Inclusive bounds; `null` is "no bound", which is not the same as a bound of 0. */
export interface YearRange {
  from: number | null;
  to: number | null;
}

export interface AppState extends ExploreState {
  /** Key of the selected node (a paper or a section hub), shown in the panel. */
  selected: string | null;
  /** Key of the node under the pointer; never written to the URL. */
  hovered: string | null;
  yearRange: YearRange;
  /** Whether papers without a year are shown. */
  showUndated: boolean;
  /**
   * Year playback: while set, only papers up to this month are shown (a month index, see
   * monthIndex in ../filters/utils.ts), on top of the year range; undated papers wait until it ends.
   */
  playhead: number | null;
  /** Whether the playback is running (../playback moves the playhead); a link opens it paused. */
  playing: boolean;
  // Lineage (src/lineage/): what the map highlights beyond the selection, anchored to papers so the
  // highlight stays while the panel shows another paper.
  /** The paper whose ancestors and descendants the map highlights ("Show lineage"). */
  lineage: string | null;
  /** Two papers whose lineage path the map highlights, in the order they were picked. */
  path: LineagePathEnds | null;
  /** While the user picks the other end of a path: the paper it starts from. Never in the URL. */
  pickingPathFrom: string | null;
  camera: CameraView | null;
  /** Whether sections are drawn as regions under their papers (bands on the timeline). */
  showRegions: boolean;
}

/**
 * The camera as a link carries it (sigma's state: the framed-graph point at the map's centre and
 * the zoom ratio), when the user placed it; null while the app chooses the view (../map/camera-sync.ts).
 */
export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface LineagePathEnds {
  from: string;
  to: string;
}

/** How a change should reach the browser history (see ./url.ts). */
export type HistoryMode = "push" | "replace" | "none";

export interface ChangeMeta {
  history: HistoryMode;
}

export const UNBOUNDED: YearRange = Object.freeze({ from: null, to: null });

export const INITIAL_STATE: AppState = Object.freeze({
  selected: null,
  hovered: null,
  yearRange: UNBOUNDED,
  showUndated: true,
  playhead: null,
  playing: false,
  lineage: null,
  path: null,
  pickingPathFrom: null,
  camera: null,
  showRegions: true,
  ...EXPLORE_INITIAL_STATE,
});
