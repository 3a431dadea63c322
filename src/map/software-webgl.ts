// Whether this browser's WebGL is a software rasteriser (SwiftShader, llvmpipe, Microsoft's basic
// renderer): machines without a usable GPU, virtual machines, remote desktops, headless browsers.
// There the map draws without instancing (./filter-programs.ts), which such rasterisers run about
// ten times faster; a GPU draws either way alike, so it keeps sigma's instanced programs and their
// smaller buffers. `?draw=plain` or `?draw=instanced` in the page's address overrides the guess.
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render/i;

export type DrawMode = "plain" | "instanced";

/** The renderer's name as WebGL reports it ("" when the browser hides it or has no WebGL). */
export function webglRendererName(): string {
  const canvas = document.createElement("canvas");
  const gl = (canvas.getContext("webgl2") ?? canvas.getContext("webgl")) as WebGLRenderingContext | null;
  if (!gl) return "";
  const info = gl.getExtension("WEBGL_debug_renderer_info");
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? "");
  gl.getExtension("WEBGL_lose_context")?.loseContext();
  return name;
}

/** The draw mode for a renderer name, unless the address asks for one. */
export function drawModeFor(rendererName: string, search = ""): DrawMode {
  const asked = new URLSearchParams(search).get("draw");
  if (asked === "plain" || asked === "instanced") return asked;
  return SOFTWARE_RENDERER.test(rendererName) ? "plain" : "instanced";
}

let cached: DrawMode | undefined;

/** This page's draw mode, read once. */
export function pageDrawMode(): DrawMode {
  return (cached ??= drawModeFor(webglRendererName(), window.location.search));
}
