// Colour groups: one colour per top-level section, in the header's order (the legend's order).
// Okabe–Ito's colour-blind-safe qualitative set first (without black, and without yellow, which is
// invisible on white), then Paul Tol's "muted" dark tones. Beyond these the colours repeat: past
// about ten groups no palette stays distinguishable, and the legend and hover disambiguate.
import type { TopSection } from "../model";

export const SECTION_PALETTE: readonly string[] = [
  "#0072B2", // blue
  "#E69F00", // orange
  "#009E73", // bluish green
  "#CC79A7", // reddish purple
  "#56B4E9", // sky blue
  "#D55E00", // vermillion
  "#332288", // indigo
  "#882255", // wine
  "#999933", // olive
  "#117733", // green
  "#AA4499", // purple
];

/** Colour for nodes whose top section is not in the header (should not happen; kept visible). */
export const UNKNOWN_SECTION_COLOR = "#7a7f87";

export function assignSectionColors(topSections: readonly TopSection[]): Map<string, string> {
  const colors = new Map<string, string>();
  topSections.forEach((section, i) => {
    colors.set(section.id, SECTION_PALETTE[i % SECTION_PALETTE.length] ?? UNKNOWN_SECTION_COLOR);
  });
  return colors;
}
