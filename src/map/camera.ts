// Camera moves: animated from display data (framed-graph coordinates), instantaneous under
// prefers-reduced-motion. Where a move should land is ./framing.ts's business; this only moves,
// and remembers where the app itself last put the camera (an "automatic" move: a fit, a focus),
// so the URL can tell a view the app chose (not written: a link recomputes it for its screen)
// from one the user chose (written, see ./camera-sync.ts).
import type Sigma from "sigma";
import type { CameraState } from "sigma/types";

export const CAMERA_DURATION_MS = 450;
/**
 * The "no animation" duration. Sigma's animate() divides by the duration (0 gives NaN states), and
 * going through animate() rather than setState() cancels any running animation (a wheel zoom),
 * which would otherwise overwrite the new state; 1 ms lands on the next frame.
 */
export const INSTANT_MS = 1;
/** Clicking a paper zooms in at least this far, so its neighbourhood is readable. */
export const FOCUS_MAX_RATIO = 0.6;
export const ZOOM_FACTOR = 1.6;
/** Share of the viewport the arrow keys pan by. */
export const KEY_PAN_SHARE = 0.15;

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
}

export interface MoveOptions {
  /** Jump there (start-up, a restored link); otherwise animate unless motion is reduced. */
  instant?: boolean;
  /** The app chose this view for the state (fit, focus), not the user. */
  automatic?: boolean;
}

const automaticTargets = new WeakMap<Sigma, Pick<CameraState, "x" | "y" | "ratio">>();

/** Where the last automatic move went, if the user has not moved the camera through here since. */
export function automaticTarget(renderer: Sigma): Pick<CameraState, "x" | "y" | "ratio"> | undefined {
  return automaticTargets.get(renderer);
}

export function moveCamera(renderer: Sigma, target: Partial<CameraState>, options: MoveOptions = {}): void {
  const camera = renderer.getCamera();
  const full = { ...camera.getState(), ...target, angle: 0 };
  if (options.automatic) automaticTargets.set(renderer, { x: full.x, y: full.y, ratio: full.ratio });
  else automaticTargets.delete(renderer);
  const duration = options.instant || prefersReducedMotion() ? INSTANT_MS : CAMERA_DURATION_MS;
  // A jump with no animation running lands now (start-up draws the right view first); with one
  // running (a wheel zoom), only a new animation replaces it.
  if (options.instant && !camera.isAnimated()) {
    camera.setState(full);
    return;
  }
  void camera.animate(full, { duration, easing: "quadraticInOut" });
}

export function zoomBy(renderer: Sigma, factor: number): void {
  const camera = renderer.getCamera();
  automaticTargets.delete(renderer);
  const duration = prefersReducedMotion() ? INSTANT_MS : CAMERA_DURATION_MS / 2;
  if (factor > 1) void camera.animatedZoom({ factor, duration });
  else void camera.animatedUnzoom({ factor: 1 / factor, duration });
}

/** Pans by a share of the viewport, in screen directions (dx, dy in −1..1). */
export function panBy(renderer: Sigma, dx: number, dy: number): void {
  const { width, height } = renderer.getDimensions();
  const state = renderer.getCamera().getState();
  const target = renderer.viewportToFramedGraph({
    x: width / 2 + dx * width * KEY_PAN_SHARE,
    y: height / 2 + dy * height * KEY_PAN_SHARE,
  });
  moveCamera(renderer, { ...state, x: target.x, y: target.y });
}
