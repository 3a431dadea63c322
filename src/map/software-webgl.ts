// What this browser's WebGL can do, read once, and whether it is a software rasteriser (SwiftShader,
// llvmpipe, Microsoft's basic renderer): machines without a usable GPU, virtual machines, remote
// desktops, headless browsers.
// There the map draws without instancing (./filter-programs.ts), which such rasterisers run about
// ten times faster; a GPU draws either way alike, so it keeps sigma's instanced programs and their
// smaller buffers. `?draw=plain` or `?draw=instanced` in the page's address overrides the guess.
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render/i;

export type DrawMode = "plain" | "instanced";

export interface WebGLProbe {
  /** WebGL with textures in vertex shaders, where the map applies the filters (./filter-programs.ts). */
  available: boolean;
  /** The renderer's name as WebGL reports it ("" when the browser hides it or has no WebGL). */
  renderer: string;
}

let probed: WebGLProbe | undefined;

/** What this browser's WebGL can do and what draws it, read once from one throwaway context. */
export function probeWebGL(): WebGLProbe {
  if (probed) return probed;
  try {
    const canvas = document.createElement("canvas");
    const gl = (canvas.getContext("webgl2") ?? canvas.getContext("webgl")) as WebGLRenderingContext | null;
    if (!gl) return (probed = { available: false, renderer: "" });
    const info = gl.getExtension("WEBGL_debug_renderer_info");
    probed = {
      available: gl.getParameter(gl.MAX_VERTEX_TEXTURE_IMAGE_UNITS) > 0,
      renderer: String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? ""),
    };
    gl.getExtension("WEBGL_lose_context")?.loseContext();
    return probed;
  } catch {
    return (probed = { available: false, renderer: "" });
  }
}

/** The draw mode for a renderer name, unless the address asks for one. */
export function drawModeFor(rendererName: string, search = ""): DrawMode {
  const asked = new URLSearchParams(search).get("draw");
  if (asked === "plain" || asked === "instanced") return asked;
  return SOFTWARE_RENDERER.test(rendererName) ? "plain" : "instanced";
}

/** Whether this browser's WebGL is a software rasteriser (from the start-up probe). */
export function softwareWebGL(): boolean {
  return SOFTWARE_RENDERER.test(probeWebGL().renderer);
}

let cached: DrawMode | undefined;

/** This page's draw mode, read once. */
export function pageDrawMode(): DrawMode {
  return (cached ??= drawModeFor(probeWebGL().renderer, window.location.search));
}
