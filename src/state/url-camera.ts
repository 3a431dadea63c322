// The camera's part of a link: `camera=x,y,zoom` (sigma's camera state: the framed-graph point at
// the centre of the map, and the ratio, 1 showing the whole map). Written only when the user moved
// the camera themselves; a view the app chose (a fit, a selection's focus) is recomputed for the
// screen that opens the link. Parsed and validated like the rest of the link: a malformed or
// out-of-range camera is dropped with a notice and the map opens framed as usual.
import { MAX_CAMERA_RATIO, MIN_CAMERA_RATIO } from "../map/camera-limits";
import type { CameraView } from "./types";

export const CAMERA_PARAM = "camera";
/** How far from the map (whose framed extent is 0..1) a link may point the camera. */
export const CAMERA_POSITION_LIMIT = 10;
const NUMBER = /^-?\d+(\.\d+)?$/;
const POSITION_DECIMALS = 4;
const RATIO_DIGITS = 4;

/** The camera rounded as a link writes it (sub-pixel on any screen), so equal views compare equal. */
export function roundCamera(camera: CameraView): CameraView {
  const p = 10 ** POSITION_DECIMALS;
  return {
    x: Math.round(camera.x * p) / p,
    y: Math.round(camera.y * p) / p,
    ratio: Number(camera.ratio.toPrecision(RATIO_DIGITS)),
  };
}

export function sameCamera(a: CameraView | null, b: CameraView | null): boolean {
  if (a === null || b === null) return a === b;
  const ra = roundCamera(a);
  const rb = roundCamera(b);
  return ra.x === rb.x && ra.y === rb.y && ra.ratio === rb.ratio;
}

export function parseCameraParam(params: URLSearchParams, notices: string[]): CameraView | null {
  const raw = params.get(CAMERA_PARAM);
  if (raw === null || raw.trim() === "") return null;
  const parts = raw.split(",").map((p) => p.trim());
  if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) {
    notices.push(`The link's camera (${raw}) is not "x,y,zoom"; the map opens framed as usual.`);
    return null;
  }
  const [x, y, ratio] = parts.map(Number) as [number, number, number];
  const far = (v: number) => v < -CAMERA_POSITION_LIMIT || v > 1 + CAMERA_POSITION_LIMIT;
  if (far(x) || far(y) || ratio < MIN_CAMERA_RATIO || ratio > MAX_CAMERA_RATIO) {
    notices.push(
      `The link's camera (${raw}) is off the map or zoomed beyond ${MIN_CAMERA_RATIO}–${MAX_CAMERA_RATIO}; the map opens framed as usual.`,
    );
    return null;
  }
  return roundCamera({ x, y, ratio });
}

export function serializeCameraParam(camera: CameraView | null | undefined): string[] {
  if (!camera) return [];
  const { x, y, ratio } = roundCamera(camera);
  return [`${CAMERA_PARAM}=${x},${y},${ratio}`];
}
