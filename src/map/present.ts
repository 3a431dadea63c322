// Frames of a large map on software WebGL: drawn off screen, shown once drawn, so the page keeps
// answering while they are drawn.
//
// Without a GPU, Chromium composites in software: at each frame it shows, it reads every WebGL
// canvas that changed back into memory, and that read waits on the main thread until SwiftShader
// has drawn the frame (half a second at 50,000 papers; README, "Benchmarks"). Here sigma's frames
// go into framebuffers of the map's own instead (`bindFramebuffer(null)` is redirected to them
// while sigma renders), a fence marks the end of each, and the canvases are left alone, so nothing
// is read back and nothing waits. Each animation frame asks the fences; once the frame is drawn,
// one blit per WebGL layer shows it, and the 2D layers drawn for it (labels, regions), held back
// behind a copy of what was shown, are shown with it. A render asked for meanwhile waits and then
// draws the latest state, one frame later: never a queue of stale frames.
//
// A GPU or a small map draws straight to the canvases, as sigma does: there a frame costs less
// than the frame it would wait. `?present=direct` or `?present=deferred` overrides the choice.
import type Sigma from "sigma";

export type PresentMode = "direct" | "deferred";

/** Nodes and edges from which a software-drawn frame costs more than one frame's time (~50 ms). */
export const DEFERRED_FROM_ITEMS = 5_000;

/** How this page shows frames: deferred on software WebGL for a map this size, unless the address asks. */
export function presentModeFor(software: boolean, items: number, search = ""): PresentMode {
  const asked = new URLSearchParams(search).get("present");
  if (asked === "direct" || asked === "deferred") return asked;
  return software && items >= DEFERRED_FROM_ITEMS ? "deferred" : "direct";
}

export interface Presenter {
  readonly mode: PresentMode;
  /** Whether a frame is being drawn off screen, or a render waits for one. */
  busy(): boolean;
  /**
   * Runs `draw` with frames going straight to the canvases (a frame read back in the same task);
   * a frame still off screen is dropped, as the new one replaces it.
   */
  direct<T>(draw: () => T): T;
  detach(): void;
}

interface GlLayer {
  gl: WebGL2RenderingContext;
  framebuffer: WebGLFramebuffer;
  renderbuffer: WebGLRenderbuffer;
  width: number;
  height: number;
  sync: WebGLSync | null;
  /** Where the context draws now (null: its canvas). */
  target: WebGLFramebuffer | null;
  /** Whether the frame being drawn off screen has anything in it (more than a clear). */
  drew: boolean;
  /** Whether the canvas shows nothing (the hovered-nodes layer, mostly): an empty frame is not shown again. */
  shownEmpty: boolean;
}

/** The calls that draw into a framebuffer: dropped while a frame is being drawn off screen. */
const DRAWS = ["clear", "drawArrays", "drawArraysInstanced", "drawElements", "drawElementsInstanced"] as const;
/** Sigma's layer for pointer events: a 2D canvas that draws nothing and must stay on top. */
const MOUSE_LAYER = "mouse";

/** Shows the renderer's frames as `mode` says; `direct` changes nothing. */
export function presentFrames(renderer: Sigma, mode: PresentMode): Presenter {
  const none: Presenter = { mode: "direct", busy: () => false, direct: (draw) => draw(), detach: () => {} };
  if (mode === "direct" || typeof WebGL2RenderingContext === "undefined") return none;
  const proto = WebGL2RenderingContext.prototype;
  const glLayers: GlLayer[] = [];
  const glCanvases = new Set<HTMLCanvasElement>();
  for (const [name, canvas] of Object.entries(renderer.getCanvases())) {
    if (name === MOUSE_LAYER) continue;
    // Every layer sigma made has its context by now, so asking for another kind creates nothing.
    const gl = canvas.getContext("webgl2");
    if (gl) {
      const framebuffer = gl.createFramebuffer();
      const renderbuffer = gl.createRenderbuffer();
      if (!framebuffer || !renderbuffer) return none;
      glLayers.push({
        gl,
        framebuffer,
        renderbuffer,
        width: 0,
        height: 0,
        sync: null,
        target: null,
        drew: false,
        shownEmpty: false,
      });
      glCanvases.add(canvas);
    } else if (canvas.getContext("webgl")) return none; // WebGL 1 has no fences
  }
  if (!glLayers.length) return none;

  /** Sigma renders into the layers' own framebuffers: its binds of the default one go there. */
  let offscreen = false;
  /** A frame is being drawn off screen; nothing else is drawn until it is shown. */
  let pending = false;
  /** Something was drawn (and dropped) meanwhile: the latest state is drawn once the frame is shown. */
  let wanted = false;
  /** The frame is shown (blitted) in this animation frame; nothing is drawn until the next one. */
  let shown = false;
  /** The latest state's render is asked for, at the next frame. */
  let scheduled = false;
  let directDepth = 0;
  let poll = 0;

  const bind = (layer: GlLayer, target: GLenum, framebuffer: WebGLFramebuffer | null) => {
    if (target !== layer.gl.READ_FRAMEBUFFER) layer.target = framebuffer;
    proto.bindFramebuffer.call(layer.gl, target, framebuffer);
  };
  for (const layer of glLayers) {
    const { gl } = layer;
    const own = gl as unknown as Record<string, unknown>;
    own.bindFramebuffer = (target: GLenum, framebuffer: WebGLFramebuffer | null) =>
      bind(layer, target, framebuffer === null && offscreen ? layer.framebuffer : framebuffer);
    for (const name of DRAWS) {
      const draw = proto[name] as (...args: unknown[]) => void;
      own[name] = (...args: unknown[]) => {
        if (pending && directDepth === 0) {
          wanted = true;
          return;
        }
        if (offscreen) layer.drew ||= name !== "clear";
        else if (layer.target === null) layer.shownEmpty = name === "clear";
        draw.apply(gl, args);
      };
    }
  }

  /** The 2D layers (labels, regions…), each with a copy that shows the last frame while the next is drawn. */
  const copies = new Map<HTMLCanvasElement, HTMLCanvasElement>();
  let holding = false;
  const hold = () => {
    holding = true;
    for (const [name, live] of Object.entries(renderer.getCanvases())) {
      if (name === MOUSE_LAYER || glCanvases.has(live)) continue;
      let copy = copies.get(live);
      if (!copy) {
        copy = document.createElement("canvas");
        copy.className = "map-held-layer";
        copy.setAttribute("aria-hidden", "true");
        copies.set(live, copy);
      }
      if (copy.width !== live.width) copy.width = live.width;
      if (copy.height !== live.height) copy.height = live.height;
      const context = copy.getContext("2d");
      context?.clearRect(0, 0, copy.width, copy.height);
      context?.drawImage(live, 0, 0);
      copy.style.cssText = live.style.cssText;
      copy.style.pointerEvents = "none";
      if (copy.previousElementSibling !== live) live.after(copy);
      live.style.visibility = "hidden";
    }
  };
  const release = () => {
    if (!holding) return;
    holding = false;
    for (const [live, copy] of copies) {
      live.style.visibility = "";
      copy.style.display = "none";
    }
  };

  /** Sizes each layer's framebuffer as its canvas; false when this render will resize the canvases. */
  const ready = () => {
    const container = renderer.getContainer();
    const { width, height } = renderer.getDimensions();
    // Sigma's render resizes the canvases first, which clears them: that frame is drawn directly.
    if (container.offsetWidth !== width || container.offsetHeight !== height) return false;
    for (const layer of glLayers) {
      const { gl } = layer;
      if (layer.width === gl.drawingBufferWidth && layer.height === gl.drawingBufferHeight) continue;
      layer.width = gl.drawingBufferWidth;
      layer.height = gl.drawingBufferHeight;
      gl.bindRenderbuffer(gl.RENDERBUFFER, layer.renderbuffer);
      gl.renderbufferStorage(gl.RENDERBUFFER, gl.RGBA8, layer.width, layer.height);
      bind(layer, gl.FRAMEBUFFER, layer.framebuffer);
      gl.framebufferRenderbuffer(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.RENDERBUFFER, layer.renderbuffer);
      bind(layer, gl.FRAMEBUFFER, null);
    }
    return true;
  };

  const dropPending = () => {
    for (const layer of glLayers) {
      if (layer.sync) layer.gl.deleteSync(layer.sync);
      layer.sync = null;
    }
    cancelAnimationFrame(poll);
    poll = 0;
    // What called this draws the latest state straight away (or nothing more will be drawn).
    pending = shown = wanted = false;
    release();
  };

  /**
   * Every layer's frame is drawn: one blit each, and the 2D layers drawn for it come out. The
   * blits are read back when this animation frame is shown, and that read waits for everything
   * sent before it, so nothing more is drawn until the next animation frame (a render now, the
   * slider's say, has its drawing dropped and is drawn then).
   */
  const show = () => {
    for (const layer of glLayers) {
      // Each canvas shown costs a read back (20 ms at 1280 × 747 here): an empty one shown empty is left.
      if (!layer.drew && layer.shownEmpty) continue;
      const { gl, framebuffer, width, height } = layer;
      bind(layer, gl.READ_FRAMEBUFFER, framebuffer);
      bind(layer, gl.DRAW_FRAMEBUFFER, null);
      gl.blitFramebuffer(0, 0, width, height, 0, 0, width, height, gl.COLOR_BUFFER_BIT, gl.NEAREST);
      bind(layer, gl.FRAMEBUFFER, null);
      layer.shownEmpty = !layer.drew;
      if (layer.sync) gl.deleteSync(layer.sync);
      layer.sync = null;
    }
    release();
    shown = true;
    poll = requestAnimationFrame(check);
  };

  const check = () => {
    poll = 0;
    if (!pending) return;
    if (shown) {
      // The next animation frame after the blits: the latest state can be drawn now.
      pending = shown = false;
      if (wanted) {
        wanted = false;
        scheduled = true;
        renderer.scheduleRender();
      }
      return;
    }
    // A lost context never signals its fences; sigma draws nothing more on it either.
    if (glLayers.some(({ gl }) => gl.isContextLost())) return dropPending();
    const drawn = glLayers.every(({ gl, sync }) => !sync || gl.getSyncParameter(sync, gl.SYNC_STATUS) === gl.SIGNALED);
    if (drawn) show();
    else poll = requestAnimationFrame(check);
  };

  const beforeRender = () => {
    scheduled = false;
    if (directDepth > 0 || !ready()) {
      if (pending) dropPending();
      return;
    }
    if (pending) return; // this render's drawing is dropped; it is drawn again once the frame is shown
    hold();
    offscreen = true;
    for (const layer of glLayers) {
      layer.drew = false;
      bind(layer, layer.gl.FRAMEBUFFER, layer.framebuffer);
    }
  };
  const afterRender = () => {
    if (!offscreen) return;
    offscreen = false;
    for (const layer of glLayers) {
      const { gl } = layer;
      bind(layer, gl.FRAMEBUFFER, null);
      layer.sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
      gl.flush();
    }
    pending = true;
    poll = requestAnimationFrame(check);
  };
  renderer.on("beforeRender", beforeRender);
  renderer.on("afterRender", afterRender);

  return {
    mode,
    busy: () => pending || wanted || scheduled,
    direct(draw) {
      directDepth++;
      try {
        return draw();
      } finally {
        directDepth--;
      }
    },
    detach() {
      renderer.off("beforeRender", beforeRender);
      renderer.off("afterRender", afterRender);
      dropPending();
      scheduled = false;
      for (const layer of glLayers) {
        const own = layer.gl as unknown as Record<string, unknown>;
        for (const name of ["bindFramebuffer", ...DRAWS]) delete own[name];
        layer.gl.deleteFramebuffer(layer.framebuffer);
        layer.gl.deleteRenderbuffer(layer.renderbuffer);
      }
      for (const copy of copies.values()) copy.remove();
    },
  };
}
