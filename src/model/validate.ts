// Validates a loaded graph file once, at the boundary, so the app can trust its shape after.
// Errors name what is wrong in words a user can act on ("rebuild with npm run build:data").
import { GRAPH_FORMAT, GRAPH_VERSION, type GraphFile } from "./graph-file";

export type ValidationResult = { ok: true; file: GraphFile } | { ok: false; error: string };

const REBUILD = "Rebuild it with `npm run build:data`.";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** A month is 1–12: the time filter counts months (year × 12 + month − 1), so 13 would be next January. */
function badDate(attrs: Record<string, unknown>): "year" | "month" | null {
  if (attrs.year !== undefined && !Number.isInteger(attrs.year)) return "year";
  const month = attrs.month;
  if (month !== undefined && !(Number.isInteger(month) && (month as number) >= 1 && (month as number) <= 12))
    return "month";
  return null;
}

function checkNode(node: unknown, index: number): string | null {
  if (!isObject(node) || typeof node.key !== "string") return `node ${index} has no key`;
  const attrs = node.attributes;
  if (!isObject(attrs)) return `node "${node.key}" has no attributes`;
  if (attrs.kind !== "paper" && attrs.kind !== "section" && attrs.kind !== "suggestion")
    return `node "${node.key}" has an unknown kind`;
  if (typeof attrs.label !== "string") return `node "${node.key}" has no label`;
  if (!isFiniteNumber(attrs.x) || !isFiniteNumber(attrs.y)) return `node "${node.key}" has no position`;
  if (!isFiniteNumber(attrs.size)) return `node "${node.key}" has no size`;
  if (typeof attrs.topSection !== "string") return `node "${node.key}" has no top section`;
  if (attrs.kind === "paper") {
    if (typeof attrs.title !== "string") return `paper "${node.key}" has no title`;
    if (!Array.isArray(attrs.sections) || !Array.isArray(attrs.summaries) || !Array.isArray(attrs.links))
      return `paper "${node.key}" lacks sections, summaries or links`;
    if (!Array.isArray(attrs.names) || !Array.isArray(attrs.lists)) return `paper "${node.key}" lacks names or lists`;
    const date = badDate(attrs);
    if (date) return `paper "${node.key}" has a bad ${date}`;
  } else if (attrs.kind === "suggestion") {
    if (typeof attrs.title !== "string") return `suggestion "${node.key}" has no title`;
    if (!Array.isArray(attrs.citedBy) || !Array.isArray(attrs.sections))
      return `suggestion "${node.key}" lacks the papers that cite it`;
    const date = badDate(attrs);
    if (date) return `suggestion "${node.key}" has a bad ${date}`;
    if (!Number.isInteger(attrs.rank)) return `suggestion "${node.key}" has no rank`;
  } else if (!Array.isArray(attrs.path) || typeof attrs.depth !== "number") {
    return `section "${node.key}" lacks its path`;
  }
  return null;
}

function checkEdge(edge: unknown, index: number, keys: Set<string>): string | null {
  if (!isObject(edge) || typeof edge.source !== "string" || typeof edge.target !== "string")
    return `edge ${index} has no ends`;
  if (!keys.has(edge.source) || !keys.has(edge.target)) return `edge ${index} points at a missing node`;
  const attrs = edge.attributes;
  if (!isObject(attrs)) return `edge ${index} has no attributes`;
  if (attrs.kind === "lineage") {
    if (!Array.isArray(attrs.kinds) || !Array.isArray(attrs.evidence)) return `lineage edge ${index} lacks evidence`;
  } else if (attrs.kind === "reference") {
    if (!Array.isArray(attrs.evidence)) return `reference edge ${index} lacks evidence`;
  } else if (attrs.kind !== "member" && attrs.kind !== "subsection") {
    return `edge ${index} has an unknown kind`;
  }
  return null;
}

/** Checks the header first (format, version), then every node and edge. */
export function validateGraphFile(data: unknown): ValidationResult {
  if (!isObject(data) || !isObject(data.header) || !isObject(data.graph))
    return { ok: false, error: `The graph file is not a ${GRAPH_FORMAT} file. ${REBUILD}` };
  const { header, graph } = data;
  if (header.format !== GRAPH_FORMAT)
    return { ok: false, error: `The graph file is not a ${GRAPH_FORMAT} file. ${REBUILD}` };
  if (header.version !== GRAPH_VERSION)
    return {
      ok: false,
      error: `The graph file has version ${String(header.version)}; this app reads version ${GRAPH_VERSION}. ${REBUILD}`,
    };
  if (!Array.isArray(header.topSections) || !Array.isArray(header.lists) || !isObject(header.counts))
    return { ok: false, error: `The graph file's header is incomplete. ${REBUILD}` };
  if (!Array.isArray(graph.nodes) || !Array.isArray(graph.edges))
    return { ok: false, error: `The graph file has no nodes or edges list. ${REBUILD}` };

  const keys = new Set<string>();
  for (let i = 0; i < graph.nodes.length; i++) {
    const problem = checkNode(graph.nodes[i], i);
    if (problem) return { ok: false, error: `The graph file is corrupt: ${problem}. ${REBUILD}` };
    keys.add((graph.nodes[i] as { key: string }).key);
  }
  for (let i = 0; i < graph.edges.length; i++) {
    const problem = checkEdge(graph.edges[i], i, keys);
    if (problem) return { ok: false, error: `The graph file is corrupt: ${problem}. ${REBUILD}` };
  }
  return { ok: true, file: data as unknown as GraphFile };
}
