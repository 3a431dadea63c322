// Filters on the GPU. Each of the map's sigma programs (circles, hubs, arrows, lines) is wrapped so
// that its vertex shader also reads, per node, a month and a filter group (per edge: both ends'
// and the link's own group), and, as uniforms, the months the time filter lets through and a small
// texture saying which groups are on (../filters/table.ts, ../filters/visibility.ts). A hidden
// item's vertices are moved outside the clip space, in the normal and the picking pass alike, so it
// is neither drawn nor hovered nor clicked. A filter change is then a new texture and one redraw:
// no reducer pass, no refresh, no re-indexation. The node reducer puts the per-node values into the
// display data (./reducers.ts); the wrapped program appends them to the base program's attributes.
import type {
  EdgeProgramType,
  InstancedProgramDefinition,
  NodeProgramType,
  ProgramDefinition,
  ProgramInfo,
} from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from "sigma/types";

import { ALWAYS_GROUP, NO_TIME } from "../filters/table";
import type { FilterGroups } from "../filters/types";
import {
  EDGE_FILTER,
  FILTER_UNIFORMS,
  GROUP_TEXTURE_WIDTH,
  NODE_FILTER,
  groupTexels,
  injectFilter,
  timeUniform,
} from "./filter-shader";

/** The texture unit the groups are bound to: sigma's picking textures use unit 0. */
const GROUP_TEXTURE_UNIT = 1;

/** What the node reducer adds to a node's display data for the filter programs. */
export interface NodeFilterData {
  filterTime?: number;
  filterGroup?: number;
}

/** What the edge reducer adds to an edge's display data. */
export interface EdgeFilterData {
  filterGroup?: number;
}

/** Where the programs read the current filter at every draw. */
export type FilterSource = () => FilterGroups;

interface GroupTexture {
  texture: WebGLTexture;
  groups: FilterGroups | null;
  height: number;
}

const groupTextures = new WeakMap<WebGLRenderingContext, GroupTexture>();

/** Binds the groups' texture of this context to its unit, uploading it when the filter changed. */
function bindGroups(gl: WebGLRenderingContext, groups: FilterGroups): GroupTexture {
  let entry = groupTextures.get(gl);
  if (!entry) {
    const texture = gl.createTexture();
    if (!texture) throw new Error("filter programs: could not create the filter texture");
    entry = { texture, groups: null, height: 1 };
    groupTextures.set(gl, entry);
  }
  gl.activeTexture(gl.TEXTURE0 + GROUP_TEXTURE_UNIT);
  gl.bindTexture(gl.TEXTURE_2D, entry.texture);
  if (entry.groups !== groups) {
    const { texels, height } = groupTexels(groups);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, GROUP_TEXTURE_WIDTH, height, 0, gl.RGBA, gl.UNSIGNED_BYTE, texels);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
    entry.groups = groups;
    entry.height = height;
  }
  gl.activeTexture(gl.TEXTURE0);
  return entry;
}

function setFilterUniforms({ gl, uniformLocations }: ProgramInfo, groups: FilterGroups): void {
  const texture = bindGroups(gl, groups);
  const at = uniformLocations as Record<(typeof FILTER_UNIFORMS)[number], WebGLUniformLocation | undefined>;
  if (at.u_filterTime) gl.uniform3fv(at.u_filterTime, timeUniform(groups.window));
  if (at.u_filterGroups) gl.uniform1i(at.u_filterGroups, GROUP_TEXTURE_UNIT);
  if (at.u_filterGroupsSize) gl.uniform2f(at.u_filterGroupsSize, GROUP_TEXTURE_WIDTH, texture.height);
}

/** The surface of a concrete sigma program (NodeProgram or EdgeProgram subclass) the wrapper uses. */
interface ConcreteProgram {
  array: Float32Array;
  isInstanced: boolean;
  VERTICES: number;
  ATTRIBUTES: ProgramDefinition["ATTRIBUTES"];
  CONSTANT_ATTRIBUTES: ProgramDefinition["ATTRIBUTES"];
  ATTRIBUTES_ITEMS_COUNT: number;
  getDefinition(): ProgramDefinition | InstancedProgramDefinition;
  reallocate(capacity: number): void;
  process(index: number, offset: number, ...data: object[]): void;
  processVisibleItem(index: number, start: number, ...data: object[]): void;
  setUniforms(params: RenderParams, info: ProgramInfo): void;
  bindProgram(program: ProgramInfo): void;
  bindAttribute(
    attr: ProgramDefinition["ATTRIBUTES"][number],
    program: ProgramInfo,
    offset: number,
    setDivisor?: boolean,
  ): number;
}
type ConcreteProgramClass = new (
  gl: WebGLRenderingContext,
  pickingBuffer: WebGLFramebuffer | null,
  renderer: unknown,
) => ConcreteProgram;

function isInstancedDefinition(
  definition: ProgramDefinition | InstancedProgramDefinition,
): definition is InstancedProgramDefinition {
  return "CONSTANT_ATTRIBUTES" in definition;
}

/** Writes an item's filter values at `at` (as many as the filter attributes have items). */
type FilterWriter = (array: Float32Array, at: number, data: object[]) => void;

const { FLOAT } = WebGLRenderingContext;

/**
 * A subclass of `Base` whose items carry the filter values after the base attributes. Sigma writes
 * a non-instanced program's vertices one after the other, so there the base values go to a scratch
 * array and are copied vertex by vertex, each followed by the filter values.
 *
 * With `plain`, an instanced base program (sigma's circles, rings, clamped lines and arrow heads
 * draw one instance per item) is drawn without instancing: each item's vertices are written out,
 * the base's constant per-vertex data first, then the item's attributes, then the filter values.
 * Software WebGL (SwiftShader, llvmpipe) draws instances one by one: measured here, 50,000
 * triangles took 760–870 ms instanced and 61–85 ms as plain triangles. The shaders are the same.
 *
 * It also uploads its vertex data only when that data changed: sigma re-sends every item's
 * attributes to the GPU at every draw (`bufferData` in bindProgram), megabytes on a large map, which
 * in software WebGL stalls the page for as long as the previous frame takes to draw. A filter change
 * or a camera move changes uniforms only, so the GPU keeps the buffers it has.
 */
function withFilter(
  Base: ConcreteProgramClass,
  filter: { declarations: string; shown: string },
  attributes: ProgramDefinition["ATTRIBUTES"],
  write: FilterWriter,
  source: FilterSource,
  plain: boolean,
): ConcreteProgramClass {
  const extraCount = attributes.reduce((sum, a) => sum + a.size, 0);
  return class FilteredProgram extends Base {
    private scratch: Float32Array | null = null;
    /** A de-instanced base's constants (CONSTANT_DATA), a row per vertex; null when not de-instanced. */
    private constants: { rows: Float32Array[]; count: number } | null | undefined;
    /** Bumped whenever the vertex data changes; each GPU buffer remembers the version it holds. */
    private version = 0;
    private readonly uploaded = new WeakMap<ProgramInfo, number>();

    override reallocate(capacity: number): void {
      super.reallocate(capacity);
      this.version++;
    }

    override process(index: number, offset: number, ...data: object[]): void {
      super.process(index, offset, ...data);
      this.version++;
    }

    /** Sigma's bindProgram, without re-sending the vertex data a buffer already holds. */
    override bindProgram(program: ProgramInfo): void {
      if (this.uploaded.get(program) !== this.version) {
        super.bindProgram(program);
        this.uploaded.set(program, this.version);
        return;
      }
      const { gl } = program;
      let offset = 0;
      if (this.isInstanced) {
        gl.bindBuffer(gl.ARRAY_BUFFER, program.constantBuffer);
        for (const attr of this.CONSTANT_ATTRIBUTES) offset += this.bindAttribute(attr, program, offset, false);
        offset = 0;
        gl.bindBuffer(gl.ARRAY_BUFFER, program.buffer);
        for (const attr of this.ATTRIBUTES) offset += this.bindAttribute(attr, program, offset, true);
      } else {
        gl.bindBuffer(gl.ARRAY_BUFFER, program.buffer);
        for (const attr of this.ATTRIBUTES) offset += this.bindAttribute(attr, program, offset);
      }
      gl.bindBuffer(gl.ARRAY_BUFFER, null);
    }

    override getDefinition(): ProgramDefinition | InstancedProgramDefinition {
      const base = super.getDefinition();
      const shared = {
        VERTEX_SHADER_SOURCE: injectFilter(base.VERTEX_SHADER_SOURCE, filter),
        UNIFORMS: [...base.UNIFORMS, ...FILTER_UNIFORMS],
      };
      if (plain && isInstancedDefinition(base)) {
        // Without CONSTANT_ATTRIBUTES sigma draws the program as plain vertices.
        const { CONSTANT_ATTRIBUTES: constant, CONSTANT_DATA: _data, ...rest } = base;
        return { ...rest, ...shared, ATTRIBUTES: [...constant, ...base.ATTRIBUTES, ...attributes] };
      }
      return { ...base, ...shared, ATTRIBUTES: [...base.ATTRIBUTES, ...attributes] };
    }

    /** The base's constant data when it is drawn de-instanced (read once, after construction). */
    private deinstanced(): { rows: Float32Array[]; count: number } | null {
      if (this.constants !== undefined) return this.constants;
      const base = super.getDefinition();
      if (!plain || !isInstancedDefinition(base)) return (this.constants = null);
      const rows = base.CONSTANT_DATA.map((row) => Float32Array.from(row));
      return (this.constants = { rows, count: rows[0]?.length ?? 0 });
    }

    override processVisibleItem(index: number, start: number, ...data: object[]): void {
      const stride = this.ATTRIBUTES_ITEMS_COUNT;
      const baseCount = stride - extraCount;
      const array = this.array;
      if (this.isInstanced) {
        super.processVisibleItem(index, start, ...data);
        write(array, start + baseCount, data);
        return;
      }
      const vertices = this.VERTICES;
      const constants = this.deinstanced();
      if (constants) {
        // The base writes one instance's attributes; each vertex gets its constants, them, the filter.
        const itemCount = baseCount - constants.count;
        const item = (this.scratch ??= new Float32Array(itemCount));
        this.array = item;
        try {
          super.processVisibleItem(index, 0, ...data);
        } finally {
          this.array = array;
        }
        for (let v = 0, at = start; v < vertices; v++, at += stride) {
          array.set(constants.rows[v]!, at);
          array.set(item, at + constants.count);
          write(array, at + baseCount, data);
        }
        return;
      }
      const scratch = (this.scratch ??= new Float32Array(vertices * baseCount));
      this.array = scratch;
      try {
        super.processVisibleItem(index, 0, ...data);
      } finally {
        this.array = array;
      }
      for (let v = 0; v < vertices; v++) {
        array.set(scratch.subarray(v * baseCount, (v + 1) * baseCount), start + v * stride);
        write(array, start + v * stride + baseCount, data);
      }
    }

    override setUniforms(params: RenderParams, info: ProgramInfo): void {
      super.setUniforms(params, info);
      setFilterUniforms(info, source());
    }
  };
}

function writeNode(array: Float32Array, at: number, data: NodeDisplayData & NodeFilterData): void {
  array[at] = data.filterTime ?? NO_TIME;
  array[at + 1] = data.filterGroup ?? ALWAYS_GROUP;
}

/** A node program that hides what the filters hide. */
export function filteredNodeProgram(Base: NodeProgramType, source: FilterSource, plain = false): NodeProgramType {
  return withFilter(
    Base as unknown as ConcreteProgramClass,
    NODE_FILTER,
    [{ name: "a_filterNode", size: 2, type: FLOAT }],
    (array, at, [data]) => writeNode(array, at, data as NodeDisplayData),
    source,
    plain,
  ) as unknown as NodeProgramType;
}

/** An edge program that hides an edge the filters hide, or one whose end they hide. */
export function filteredEdgeProgram(Base: EdgeProgramType, source: FilterSource, plain = false): EdgeProgramType {
  return withFilter(
    Base as unknown as ConcreteProgramClass,
    EDGE_FILTER,
    [
      { name: "a_filterEnds", size: 4, type: FLOAT },
      { name: "a_filterEdge", size: 1, type: FLOAT },
    ],
    (array, at, [sourceData, targetData, data]) => {
      writeNode(array, at, sourceData as NodeDisplayData);
      writeNode(array, at + 2, targetData as NodeDisplayData);
      array[at + 4] = (data as EdgeDisplayData & EdgeFilterData).filterGroup ?? ALWAYS_GROUP;
    },
    source,
    plain,
  ) as unknown as EdgeProgramType;
}
