// The section filter's pure parts; the legend (../legend) draws it and the visibility
// (../filters/visibility.ts) applies it.
export { buildSectionTree, sectionTreeOf, type SectionTree } from "./tree";
export { type CheckState, checkState, isHiddenBySections, liveSections, onlySection, toggleTarget } from "./utils";
