// How many labels the map may show, by the map's size. Sigma shows the largest LABEL_DENSITY labels
// per grid cell and none for nodes drawn smaller than a threshold; on a big map that keeps the
// screen readable, but on a map of a dozen papers it leaves most of them nameless. Small maps get
// every label that fits (./label-layout.ts still drops any that would overlap). No sigma import.

/** Sigma's label grid cell, in pixels. */
export const LABEL_GRID_CELL = 100;
export const LABEL_DENSITY = 2;
/** Nodes drawn smaller than this (px) get no label unless forced. */
export const LABEL_SIZE_THRESHOLD = 6;
/** A map with at most this many nodes labels every node there is room for. */
export const SMALL_MAP_NODES = 80;
export const SMALL_MAP_LABEL_DENSITY = 12;

export interface LabelDensity {
  labelDensity: number;
  labelGridCellSize: number;
  labelRenderedSizeThreshold: number;
}

export function labelDensityFor(nodeCount: number): LabelDensity {
  return nodeCount <= SMALL_MAP_NODES
    ? { labelDensity: SMALL_MAP_LABEL_DENSITY, labelGridCellSize: LABEL_GRID_CELL, labelRenderedSizeThreshold: 0 }
    : {
        labelDensity: LABEL_DENSITY,
        labelGridCellSize: LABEL_GRID_CELL,
        labelRenderedSizeThreshold: LABEL_SIZE_THRESHOLD,
      };
}
