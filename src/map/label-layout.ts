// Keeps labels from piling up. Sigma's label grid picks the largest node per screen cell, but
// labels from neighbouring cells can still overlap; this records every label drawn in a frame and
// skips one that would overlap an earlier one. Top-level section labels (the map's landmarks) are
// reserved before each frame, so they always win.

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
  private reserved = new Set<string>();

  /**
   * Starts a frame with these labels' boxes already placed, in order; one that overlaps an earlier
   * one is not reserved (it competes like any other label, and may find room on the left).
   */
  reset(reserved: Map<string, LabelBox>): void {
    this.boxes = [];
    this.reserved = new Set();
    for (const [key, box] of reserved) if (this.place(box)) this.reserved.add(key);
  }

  isReserved(key: string): boolean {
    return this.reserved.has(key);
  }

  /** Places the box if it overlaps nothing placed so far; says whether it was placed. */
  place(box: LabelBox): boolean {
    for (const other of this.boxes) if (overlaps(box, other)) return false;
    this.boxes.push(box);
    return true;
  }
}
