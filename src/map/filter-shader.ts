// The GLSL side of the filters on the GPU (./filter-programs.ts), and the values its uniforms and
// texture take: no sigma and no WebGL here, so the rules are testable in Node. A node's vertex
// shader reads its month and filter group; an edge's reads both ends' and its own link group.
import type { FilterGroups } from "../filters/types";
import type { TimeWindow } from "../filters/utils";

/** The texture of groups is this wide (a power of two, so the shader's row and column are exact). */
export const GROUP_TEXTURE_WIDTH = 1024;
/** Stands in for an unbounded side of the time window (months are about 24,000). */
const UNBOUNDED_MONTH = 1e9;
/** Where a hidden item's vertices go: outside clip space, so nothing is rasterised or picked. */
const HIDDEN_POSITION = "vec4(2.0, 2.0, 2.0, 1.0)";

export const FILTER_UNIFORMS = ["u_filterTime", "u_filterGroups", "u_filterGroupsSize"] as const;

// Months follow ../filters/table.ts: a month index, UNDATED (-1), or NO_TIME (-2) for section hubs.
const FILTER_GLSL = /* glsl */ `
uniform vec3 u_filterTime;
uniform sampler2D u_filterGroups;
uniform vec2 u_filterGroupsSize;

bool filterGroupOn(float group) {
  float row = floor(group / u_filterGroupsSize.x);
  float column = group - row * u_filterGroupsSize.x;
  vec2 uv = vec2((column + 0.5) / u_filterGroupsSize.x, (row + 0.5) / u_filterGroupsSize.y);
  return texture2D(u_filterGroups, uv).r > 0.5;
}

bool filterNodeShown(vec2 node) {
  float month = node.x;
  bool timeShown = month < -1.5 || (month < -0.5 ? u_filterTime.z > 0.5 : month >= u_filterTime.x && month <= u_filterTime.y);
  return timeShown && filterGroupOn(node.y);
}
`;

/** A node program's declarations and its test: (month, group) per node. */
export const NODE_FILTER = {
  declarations: `attribute vec2 a_filterNode;\n${FILTER_GLSL}`,
  shown: "filterNodeShown(a_filterNode)",
};

/** An edge program's: both ends' (month, group), and the edge's own group. */
export const EDGE_FILTER = {
  declarations: `attribute vec4 a_filterEnds;\nattribute float a_filterEdge;\n${FILTER_GLSL}`,
  shown: "filterNodeShown(a_filterEnds.xy) && filterNodeShown(a_filterEnds.zw) && filterGroupOn(a_filterEdge)",
};

/** The base vertex shader (GLSL ES 1.00) with the filter's declarations first and its test ending main(). */
export function injectFilter(source: string, filter: { declarations: string; shown: string }): string {
  if (/#version\s+300/.test(source)) throw new Error("filter programs: GLSL ES 3.00 shaders are not supported");
  const end = source.lastIndexOf("}");
  if (end < 0 || !/void\s+main\s*\(/.test(source)) throw new Error("filter programs: no main() in the vertex shader");
  const test = `  if (!(${filter.shown})) gl_Position = ${HIDDEN_POSITION};\n`;
  return `${filter.declarations}\n${source.slice(0, end)}${test}${source.slice(end)}`;
}

/** u_filterTime: the first and last month shown (finite), and 1 when undated papers are. */
export function timeUniform(window: TimeWindow): [number, number, number] {
  const bound = (month: number) => Math.max(-UNBOUNDED_MONTH, Math.min(UNBOUNDED_MONTH, month));
  return [bound(window.from), bound(window.to), window.undated ? 1 : 0];
}

/** The groups as RGBA texels, GROUP_TEXTURE_WIDTH a row: red 255 for a group that is on. */
export function groupTexels(groups: FilterGroups): { texels: Uint8Array; height: number } {
  const height = Math.max(1, Math.ceil(groups.shown.length / GROUP_TEXTURE_WIDTH));
  const texels = new Uint8Array(GROUP_TEXTURE_WIDTH * height * 4);
  for (let g = 0; g < groups.shown.length; g++) texels[4 * g] = groups.shown[g] ? 255 : 0;
  return { texels, height };
}
