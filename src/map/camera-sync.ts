// The camera in the store (and so in the link). When the camera comes to rest, the store learns
// where: null when it rests where the app put it for the state (a fit, a selection's focus, a
// lineage; a link recomputes those for the screen that opens it), the rounded camera when the
// user moved it. Only a resting camera is recorded (one replaceState, not one per frame). Back and
// Forward bring an entry's camera back: the one it carries, or the app's view for its state.
import type { MapRenderer } from ".";
import { type CameraView, type Store, roundCamera, sameCamera, setCamera } from "../state";
import { automaticTarget, moveCamera } from "./camera";

/** Quiet time after the last camera update before the camera counts as at rest. */
export const CAMERA_SETTLE_MS = 300;

export interface CameraSyncContext {
  renderer: MapRenderer;
  store: Store;
  /** The app's view for the current state (../map: home). */
  home(options: { instant: boolean }): void;
}

export function bindCameraSync({ renderer, store, home }: CameraSyncContext): () => void {
  const camera = renderer.getCamera();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const record = () => {
    if (camera.isAnimated()) {
      timer = setTimeout(record, CAMERA_SETTLE_MS);
      return;
    }
    const now = camera.getState();
    const chosen = automaticTarget(renderer);
    const placed: CameraView | null = chosen && sameCamera(chosen, now) ? null : roundCamera(now);
    store.dispatch(setCamera(placed), { history: "replace" });
  };
  const onUpdated = () => {
    clearTimeout(timer);
    timer = setTimeout(record, CAMERA_SETTLE_MS);
  };
  camera.on("updated", onUpdated);

  const unsubscribe = store.subscribe((state, previous, meta) => {
    // Only a change that did not come from here (Back/Forward) moves the camera.
    if (meta.history !== "none" || sameCamera(state.camera, previous.camera)) return;
    if (state.camera) moveCamera(renderer, state.camera);
    else home({ instant: false });
  });
  return () => {
    clearTimeout(timer);
    camera.off("updated", onUpdated);
    unsubscribe();
  };
}
