import { describe, expect, it } from "vitest";

import { drawModeFor } from "../../../src/map/software-webgl";

describe("the draw mode", () => {
  it("draws plain on software rasterisers, by the names WebGL gives them", () => {
    for (const name of [
      "ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)",
      "Google SwiftShader",
      "llvmpipe (LLVM 15.0.6, 256 bits)",
      "ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)",
      "softpipe",
    ])
      expect(drawModeFor(name), name).toBe("plain");
  });

  it("keeps sigma's instanced programs on a GPU, and when the browser hides the name", () => {
    for (const name of [
      "ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)",
      "ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)",
      "Apple M2",
      "WebKit WebGL",
      "",
    ])
      expect(drawModeFor(name), name).toBe("instanced");
  });

  it("follows ?draw= in the address, and ignores a value it does not know", () => {
    expect(drawModeFor("Apple M2", "?draw=plain")).toBe("plain");
    expect(drawModeFor("Google SwiftShader", "?selected=x&draw=instanced")).toBe("instanced");
    expect(drawModeFor("Google SwiftShader", "?draw=fast")).toBe("plain");
  });
});
