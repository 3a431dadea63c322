// Node labels, drawn by the map rather than by sigma's renderLabels (the renderer runs with
// `renderLabels: false`). Sigma picks its label candidates from a grid it builds in process(), from
// display data's `hidden`; the filters hide nodes on the GPU (./filter-programs.ts), so sigma's grid
// would keep offering hidden nodes and leave their cells empty until a full refresh. This layer keeps
// its own grid — rebuilt when sigma processes the graph (positions, sizes or the viewport changed)
// — and every frame shows, in each cell, the largest nodes the filters leave on the map, as sigma's
// grid would: a filter change costs nothing here, and labels freed by hidden nodes come back at once.
// Candidates, ordering, density, size threshold and margins follow sigma 3's LabelGrid and renderLabels.
import type Sigma from "sigma";
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import { matrixFromCamera } from "sigma/utils";

/** Sigma's margins (px) around the viewport within which a label is still drawn. */
const X_LABEL_MARGIN = 150;
const Y_LABEL_MARGIN = 50;
const NULL_CAMERA = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

export interface LabelLayerOptions {
  drawLabel: NodeLabelDrawingFunction;
  /** A node's drawn size (the reducers' size): the grid ranks candidates by it. */
  sizeOf(node: string): number;
  /** The filters' answer: false for a node they hide (never labelled). */
  isShown(node: string): boolean;
  /** Nodes that may have a forced label (their display data's `forceLabel` decides). */
  forced(): Iterable<string>;
}

export interface LabelLayer {
  /** Draws the labels of the current frame (after each render; once after construction). */
  draw(): void;
  detach(): void;
}

interface Candidate {
  key: string;
  size: number;
}

/** Sigma's LabelCandidate order: larger first, then by key. */
function compare(a: Candidate, b: Candidate): number {
  if (a.size !== b.size) return b.size - a.size;
  return a.key > b.key ? 1 : -1;
}

export function attachLabelLayer(renderer: Sigma, options: LabelLayerOptions): LabelLayer {
  let cells: string[][] = [];
  let stale = true;

  /** Every labelled node in a cell of the viewport at the null camera, as sigma's process() does. */
  const rebuild = () => {
    stale = false;
    const cellSize = renderer.getSetting("labelGridCellSize");
    const dimensions = renderer.getDimensions();
    const columns = Math.ceil(dimensions.width / cellSize);
    const matrix = matrixFromCamera(NULL_CAMERA, dimensions, renderer.getGraphDimensions(), renderer.getStagePadding());
    const byCell = new Map<number, Candidate[]>();
    // From the graph's own positions (sigma's display data is handed out as copies, one per call).
    renderer.getGraph().forEachNode((key, attrs) => {
      if (typeof attrs.label !== "string") return;
      const p = renderer.graphToViewport(attrs as { x: number; y: number }, { matrix });
      const index = Math.floor(p.y / cellSize) * columns + Math.floor(p.x / cellSize);
      const cell = byCell.get(index);
      const candidate = { key, size: options.sizeOf(key) };
      if (cell) cell.push(candidate);
      else byCell.set(index, [candidate]);
    });
    // Cells in index order, as sigma walks them: earlier labels win the collision layout.
    cells = [...byCell.entries()].sort((a, b) => a[0] - b[0]).map(([, cell]) => cell.sort(compare).map((c) => c.key));
  };

  const draw = () => {
    if (stale) rebuild();
    const context = renderer.getCanvases().labels?.getContext("2d");
    if (!context) return;
    const settings = renderer.getSettings();
    const { width, height } = renderer.getDimensions();
    const drawn = new Set<string>();
    /** Draws a node's label as sigma's renderLabels would (forced-only: only if its display data forces it). */
    const tryDraw = (key: string, forcedOnly: boolean) => {
      if (drawn.has(key)) return;
      const data = renderer.getNodeDisplayData(key);
      if (!data || data.hidden || (forcedOnly && !data.forceLabel)) return;
      const { x, y } = renderer.framedGraphToViewport(data);
      const size = renderer.scaleSize(data.size);
      if (!data.forceLabel && size < settings.labelRenderedSizeThreshold) return;
      if (x < -X_LABEL_MARGIN || x > width + X_LABEL_MARGIN || y < -Y_LABEL_MARGIN || y > height + Y_LABEL_MARGIN)
        return;
      drawn.add(key);
      options.drawLabel(context, { key, ...data, size, x, y }, settings);
    };

    // Sigma's density: `labelDensity` labels per cell at ratio 1, more as the camera zooms in.
    const ratio = renderer.getCamera().getState().ratio;
    const perCell = Math.ceil(settings.labelDensity / ratio / ratio);
    for (const cell of cells) {
      let taken = 0;
      for (let i = 0; i < cell.length && taken < perCell; i++) {
        const key = cell[i]!;
        if (!options.isShown(key)) continue;
        taken++;
        tryDraw(key, false);
      }
    }
    for (const key of options.forced()) if (options.isShown(key)) tryDraw(key, true);
  };

  const markStale = () => (stale = true);
  renderer.on("afterProcess", markStale);
  renderer.on("afterRender", draw);
  return {
    draw,
    detach() {
      renderer.off("afterProcess", markStale);
      renderer.off("afterRender", draw);
    },
  };
}
