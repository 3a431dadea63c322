// Keeps labels from piling up and out from under the app's boxes. Sigma's label grid picks the
// largest node per screen cell, but labels from neighbouring cells can still overlap; this records
// every label drawn in a frame and skips one that would overlap an earlier one, leave the screen,
// or run under a floating box (the legend, the year filter, the panel, the zoom buttons: a label
// half under a box reads as cut). Top-level section labels (the map's landmarks) are reserved
// before each frame, so they win wherever they are clear of the boxes.

export interface LabelBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Extra space kept around each label, in pixels. */
export const LABEL_MARGIN = 2;

export function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** The box of a label drawn at (x, baseline y) with the given width and font size. */
export function labelBox(x: number, y: number, width: number, fontSize: number): LabelBox {
  return {
    x1: x - LABEL_MARGIN,
    y1: y - fontSize - LABEL_MARGIN,
    x2: x + width + LABEL_MARGIN,
    y2: y + fontSize * 0.3 + LABEL_MARGIN,
  };
}

export class LabelCollisions {
  private boxes: LabelBox[] = [];
  private blockers: LabelBox[] = [];
  private view: { width: number; height: number } | null = null;
  private reserved = new Set<string>();

  /**
   * Starts a frame: no label may overlap a blocker or leave the view (when given); these labels'
   * boxes are placed first, in order, and one that cannot be placed is not reserved (it competes
   * like any other label, and may find room on the left).
   */
  reset(
    reserved: Map<string, LabelBox>,
    blockers: readonly LabelBox[] = [],
    view: { width: number; height: number } | null = null,
  ): void {
    this.boxes = [];
    this.blockers = [...blockers];
    this.view = view;
    this.reserved = new Set();
    for (const [key, box] of reserved) if (this.place(box)) this.reserved.add(key);
  }

  isReserved(key: string): boolean {
    return this.reserved.has(key);
  }

  /** Whether the box is on screen and clear of every blocker (other labels aside). */
  isClear(box: LabelBox): boolean {
    const v = this.view;
    if (v && (box.x1 < 0 || box.y1 < 0 || box.x2 > v.width || box.y2 > v.height)) return false;
    return !this.blockers.some((b) => overlaps(box, b));
  }

  /** Whether the box is clear and overlaps no label placed so far. */
  fits(box: LabelBox): boolean {
    if (!this.isClear(box)) return false;
    for (const other of this.boxes) if (overlaps(box, other)) return false;
    return true;
  }

  /** Places the box if it fits; says whether it was placed. */
  place(box: LabelBox): boolean {
    if (!this.fits(box)) return false;
    this.boxes.push(box);
    return true;
  }

  /** Records a box that is drawn whatever it overlaps (the selection's card), so others avoid it. */
  claim(box: LabelBox): void {
    this.boxes.push(box);
  }
}
