// The timeline's spacing, in its units (a unit is a month of a normal year; see ./scale.ts).

/** Papers in one group closer than this go to different lanes. */
export const MIN_GAP = 1.6;
/** Vertical distance between lanes. */
export const LANE_HEIGHT = 1.6;
export const GROUP_GAP = 2;
export const BAND_GAP = 5;
/** Width of the undated zone and the gap before it. */
export const UNDATED_WIDTH = 12;
export const UNDATED_GAP = 6;
/** How far left of the first year the top-level hubs sit; sub-section hubs sit half as far. */
export const HUB_MARGIN = 18;
