import { describe, expect, it } from "vitest";

import {
  EDGE_FILTER,
  GROUP_TEXTURE_WIDTH,
  NODE_FILTER,
  groupTexels,
  injectFilter,
  timeUniform,
} from "../../../src/map/filter-shader";

const SHADER =
  "attribute vec2 a_position;\nuniform mat3 u_matrix;\nvoid main() {\n  gl_Position = vec4(a_position, 0, 1);\n}\n";

describe("injectFilter", () => {
  it("declares the filter first and moves a hidden item out of clip space at the end of main()", () => {
    const out = injectFilter(SHADER, NODE_FILTER);
    expect(out.startsWith("attribute vec2 a_filterNode;")).toBe(true);
    const test = "if (!(filterNodeShown(a_filterNode))) gl_Position = vec4(2.0, 2.0, 2.0, 1.0);";
    // After the base shader has set gl_Position, so it has the last word.
    expect(out.indexOf(test)).toBeGreaterThan(out.indexOf("gl_Position = vec4(a_position"));
    expect(out.trimEnd().endsWith("}")).toBe(true);
  });

  it("tests both ends and the link's own group for an edge", () => {
    expect(injectFilter(SHADER, EDGE_FILTER)).toContain(
      "filterNodeShown(a_filterEnds.xy) && filterNodeShown(a_filterEnds.zw) && filterGroupOn(a_filterEdge)",
    );
  });

  it("throws on a GLSL ES 3.00 shader or one without main()", () => {
    expect(() => injectFilter(`#version 300 es\n${SHADER}`, NODE_FILTER)).toThrow(/3\.00/);
    expect(() => injectFilter("attribute float a;", NODE_FILTER)).toThrow(/main/);
  });
});

describe("timeUniform", () => {
  it("keeps months as they are and unbounded sides finite", () => {
    expect(timeUniform({ from: 24200, to: 24300, undated: true })).toEqual([24200, 24300, 1]);
    const [from, to, undated] = timeUniform({ from: -Infinity, to: Infinity, undated: false });
    expect(Number.isFinite(from) && Number.isFinite(to)).toBe(true);
    expect(from).toBeLessThan(-1e6);
    expect(to).toBeGreaterThan(1e6);
    expect(undated).toBe(0);
  });
});

describe("groupTexels", () => {
  it("writes one RGBA texel a group, red 255 when on, rows of the texture's width", () => {
    const shown = new Uint8Array(GROUP_TEXTURE_WIDTH + 3);
    shown[1] = 1;
    shown[GROUP_TEXTURE_WIDTH + 2] = 1;
    const { texels, height } = groupTexels({ window: { from: 0, to: 0, undated: false }, shown });
    expect(height).toBe(2);
    expect(texels.length).toBe(GROUP_TEXTURE_WIDTH * 2 * 4);
    expect(texels[4 * 1]).toBe(255);
    expect(texels[0]).toBe(0);
    expect(texels[4 * (GROUP_TEXTURE_WIDTH + 2)]).toBe(255);
  });
});
