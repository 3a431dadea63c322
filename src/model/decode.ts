// Reading the compact graph file (./compact.ts): the core into graphology's serialised shape with
// each node's and edge's core fields, and the details' lines merged into those same objects. The
// app decodes the core (validated first, ./validate-core.ts) and streams the details after the
// first frame (src/load/details.ts); tools and tests read both at once with decodeGraph.
import {
  type CoreFile,
  type CoreLinks,
  DETAILS_FORMAT,
  type DetailsChunk,
  KIND_LETTERS,
  LINK_BACKWARDS,
  LINK_INFLUENTIAL,
  SAME_AS_LABEL,
  edgeKey,
} from "./compact";
import {
  type EdgeAttributes,
  GRAPH_VERSION,
  type GraphFile,
  type GraphHeader,
  LINEAGE_KINDS,
  type LineageEvidence,
  type NodeAttributes,
  type SectionRef,
  type SerializedPaperGraph,
} from "./graph-file";
import { validateGraphFile } from "./validate";
import { validateCoreFile } from "./validate-core";

export interface DecodedCore {
  header: GraphHeader;
  /** Every node and edge with its core fields (details come later, into the same objects). */
  graph: SerializedPaperGraph;
  /** Node keys and link keys (lineage, then references) in core order: where details lines go. */
  nodeKeys: string[];
  linkKeys: string[];
}

function decodeEvidence(codes: readonly number[]): LineageEvidence[] {
  // Only what the filters read; `text` and `source` come with the details.
  return codes.map((code) => {
    const entry = { kind: LINEAGE_KINDS[code >> 1]! } as LineageEvidence;
    if (code & 1) entry.influential = true;
    return entry;
  });
}

function dated(attrs: Record<string, unknown>, date: number | null | undefined): void {
  if (date === null || date === undefined) return;
  attrs.year = Math.floor(date / 100);
  if (date % 100) attrs.month = date % 100;
}

export function decodeCore(core: CoreFile<GraphHeader>): DecodedCore {
  const { nodes } = core;
  const { keys, kinds } = nodes;
  const sectionOrdinal = new Map<number, number>();
  const refs = new Map<number, SectionRef>();
  let sections = 0;
  for (let i = 0; i < keys.length; i++)
    if (kinds[i] === KIND_LETTERS.section) {
      refs.set(i, { id: keys[i]!, list: nodes.sections.list[sections]!, path: nodes.sections.path[sections]! });
      sectionOrdinal.set(i, sections++);
    }
  const refsOf = (i: number) => nodes.listings[i]!.map((j) => refs.get(j)!);

  const graphNodes: SerializedPaperGraph["nodes"] = [];
  const subsections: SerializedPaperGraph["edges"] = [];
  const members: SerializedPaperGraph["edges"] = [];
  let suggestions = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const base = {
      label: nodes.labels[i]!,
      topSection: keys[nodes.top[i]!]!,
      x: nodes.x[i]!,
      y: nodes.y[i]!,
      size: nodes.size[i]!,
    };
    let attributes: Record<string, unknown>;
    if (kinds[i] === KIND_LETTERS.section) {
      const s = sectionOrdinal.get(i)!;
      attributes = {
        kind: "section",
        ...base,
        list: nodes.sections.list[s],
        path: nodes.sections.path[s],
        depth: nodes.sections.depth[s],
        paperCount: nodes.sections.papers[s],
      };
      const parent = nodes.sections.parent[s]!;
      if (parent >= 0)
        subsections.push({
          key: edgeKey("subsection", key, keys[parent]!),
          source: key,
          target: keys[parent]!,
          attributes: { kind: "subsection", size: 1 },
        });
    } else if (kinds[i] === KIND_LETTERS.paper) {
      attributes = { kind: "paper", ...base, sections: refsOf(i) };
      dated(attributes, nodes.dates[i]);
      const short = nodes.shortNames[i]!;
      if (short !== null) attributes.shortName = short === SAME_AS_LABEL ? base.label : short;
      if (nodes.citations[i] !== null) attributes.citationCount = nodes.citations[i];
      for (const j of nodes.listings[i]!)
        members.push({
          key: edgeKey("member", key, keys[j]!),
          source: key,
          target: keys[j]!,
          attributes: { kind: "member", size: 1 },
        });
    } else {
      const g = suggestions++;
      attributes = {
        kind: "suggestion",
        ...base,
        sections: refsOf(i),
        citedBy: nodes.suggestions.citedBy[g]!.map((j) => keys[j]!),
        rank: nodes.suggestions.rank[g],
      };
      dated(attributes, nodes.dates[i]);
      if (nodes.citations[i] !== null) attributes.citationCount = nodes.citations[i];
    }
    graphNodes.push({ key, attributes: attributes as unknown as NodeAttributes });
  }

  const linkKeys: string[] = [];
  const linkEdges = (links: CoreLinks, kind: "lineage" | "reference") =>
    links.source.map((s, i) => {
      const source = keys[s]!;
      const target = keys[links.target[i]!]!;
      const key = edgeKey(kind, source, target);
      linkKeys.push(key);
      const flags = links.flags[i]!;
      const attributes: Record<string, unknown> = { kind, evidence: decodeEvidence(links.evidence[i]!) };
      if (kind === "lineage") {
        attributes.kinds = LINEAGE_KINDS.filter((_k, bit) => links.kinds[i]! & (1 << bit));
        attributes.influential = (flags & LINK_INFLUENTIAL) !== 0;
      }
      if (flags & LINK_BACKWARDS) attributes.backwards = true;
      attributes.size = links.size[i];
      return { key, source, target, attributes: attributes as unknown as EdgeAttributes };
    });
  const edges = [
    ...subsections,
    ...members,
    ...linkEdges(core.lineage, "lineage"),
    ...linkEdges(core.references, "reference"),
  ];

  const { details: _details, ...header } = core.header;
  return {
    header: header as GraphHeader,
    graph: { options: core.options, attributes: {}, nodes: graphNodes, edges } as SerializedPaperGraph,
    nodeKeys: keys,
    linkKeys,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The first line of a details file, checked against the core's id. */
export function readDetailsHead(line: string, id: string): string | null {
  let head: unknown;
  try {
    head = JSON.parse(line);
  } catch {
    return "its first line is not JSON";
  }
  if (!isObject(head) || head.format !== DETAILS_FORMAT) return `it is not an ${DETAILS_FORMAT} file`;
  if (head.version !== GRAPH_VERSION) return `it has version ${String(head.version)}, not ${GRAPH_VERSION}`;
  if (head.id !== id) return "it comes from another build than the graph file";
  return null;
}

/** A chunk line; null when it is not one. */
export function readDetailsChunk(line: string): DetailsChunk | null {
  let chunk: unknown;
  try {
    chunk = JSON.parse(line);
  } catch {
    return null;
  }
  if (!isObject(chunk) || !Number.isInteger(chunk.from)) return null;
  const entries = chunk.nodes ?? chunk.links;
  if (!Array.isArray(entries) || !entries.every(isObject)) return null;
  return chunk as DetailsChunk;
}

/**
 * Merges a chunk into the attribute objects (`node(i)`, `link(i)`, core order). Returns false
 * when the chunk points outside the core. Fields are written in place, so no graph event fires.
 */
export function applyDetails(
  chunk: DetailsChunk,
  counts: { nodes: number; links: number },
  node: (i: number) => object,
  link: (i: number) => object,
): boolean {
  const isNodes = "nodes" in chunk;
  const entries = isNodes ? chunk.nodes : chunk.links;
  if (chunk.from < 0 || chunk.from + entries.length > (isNodes ? counts.nodes : counts.links)) return false;
  for (let k = 0; k < entries.length; k++)
    Object.assign(isNodes ? node(chunk.from + k) : link(chunk.from + k), entries[k]);
  return true;
}

/** Both parts at once, as a whole graph file (tools and tests). Throws on a bad details file. */
export function decodeGraph(core: CoreFile<GraphHeader>, details: string): GraphFile {
  const decoded = decodeCore(core);
  const [headLine, ...lines] = details.split("\n").filter((line) => line.length > 0);
  const problem = readDetailsHead(headLine ?? "", core.header.details.id);
  if (problem) throw new Error(`decodeGraph: the details file: ${problem}`);
  const { nodes, edges } = decoded.graph;
  const links = edges.slice(edges.length - decoded.linkKeys.length);
  const counts = { nodes: nodes.length, links: links.length };
  for (const line of lines) {
    const chunk = readDetailsChunk(line);
    if (
      !chunk ||
      !applyDetails(
        chunk,
        counts,
        (i) => nodes[i]!.attributes!,
        (i) => links[i]!.attributes!,
      )
    )
      throw new Error("decodeGraph: the details file has a malformed line");
  }
  return { header: decoded.header, graph: decoded.graph };
}

/** A file as read from disk: whole, or a compact core with the text of its details (null: missing). */
export function parseAnyGraphFile(
  data: unknown,
  details: string | null,
): { ok: true; file: GraphFile } | { ok: false; error: string } {
  if (typeof data === "object" && data !== null && "graph" in data) return validateGraphFile(data);
  const core = validateCoreFile(data);
  if (!core.ok) return core;
  if (details === null) return { ok: false, error: "its details file is missing" };
  try {
    return { ok: true, file: decodeGraph(core.core, details) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
