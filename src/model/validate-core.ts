// Validates a compact graph file's core (./compact.ts) once, at the boundary, so decoding can trust
// every column's length and every index. Errors name what is wrong and what to do, like
// ./validate.ts does for a whole file.
import { type CoreFile, type CoreLinks, KIND_LETTERS, SAME_AS_LABEL } from "./compact";
import { GRAPH_FORMAT, GRAPH_VERSION, type GraphHeader, LINEAGE_KINDS } from "./graph-file";

export type CoreValidation = { ok: true; core: CoreFile<GraphHeader> } | { ok: false; error: string };

const REBUILD = "Rebuild it with `npm run build:data`.";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const isFiniteNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isInteger = (v: unknown): v is number => Number.isInteger(v);
const isString = (v: unknown): v is string => typeof v === "string";

/** Whether `value` is an array of `length` items each passing `item`. */
function column(value: unknown, length: number, item: (v: unknown) => boolean): boolean {
  if (!Array.isArray(value) || value.length !== length) return false;
  for (const v of value) if (!item(v)) return false;
  return true;
}

function checkHeader(header: Record<string, unknown>): string | null {
  if (header.format !== GRAPH_FORMAT) return `The graph file is not a ${GRAPH_FORMAT} file. ${REBUILD}`;
  if (header.version !== GRAPH_VERSION)
    return `The graph file has version ${String(header.version)}; this app reads version ${GRAPH_VERSION}. ${REBUILD}`;
  if (!Array.isArray(header.topSections) || !Array.isArray(header.lists) || !isObject(header.counts))
    return `The graph file's header is incomplete. ${REBUILD}`;
  const details = header.details;
  if (!isObject(details) || !isString(details.id) || !isInteger(details.nodes) || !isInteger(details.links))
    return `The graph file's header does not describe its details file. ${REBUILD}`;
  return null;
}

function checkNodes(nodes: Record<string, unknown>): string | null {
  const keys = nodes.keys;
  if (!Array.isArray(keys) || !keys.every(isString)) return "its nodes have no keys";
  const n = keys.length;
  const kinds = nodes.kinds;
  const letters = new Set<string>(Object.values(KIND_LETTERS));
  if (!isString(kinds) || kinds.length !== n || [...kinds].some((k) => !letters.has(k)))
    return "its nodes' kinds do not match its keys";
  const isSectionAt = (v: unknown) => isInteger(v) && v >= 0 && v < n && kinds[v] === KIND_LETTERS.section;
  if (!column(nodes.labels, n, isString)) return "a node has no label";
  for (const name of ["x", "y", "size"] as const)
    if (!column(nodes[name], n, isFiniteNumber)) return `a node has no ${name}`;
  if (!column(nodes.top, n, isSectionAt)) return "a node's top section is not a section";
  if (!column(nodes.dates, n, (v) => v === null || (isInteger(v) && v % 100 <= 12))) return "a node has a bad date";
  if (!column(nodes.listings, n, (v) => Array.isArray(v) && v.every(isSectionAt))) return "a listing is not a section";
  if (!column(nodes.shortNames, n, (v) => v === null || v === SAME_AS_LABEL || isString(v)))
    return "a node has a bad short name";
  if (!column(nodes.citations, n, (v) => v === null || isFiniteNumber(v))) return "a node has a bad citation count";

  const sections = [...kinds].filter((k) => k === KIND_LETTERS.section).length;
  const s = nodes.sections;
  if (!isObject(s)) return "its sections are missing";
  if (!column(s.list, sections, isString) || !column(s.path, sections, (v) => Array.isArray(v) && v.every(isString)))
    return "a section lacks its list or path";
  if (!column(s.depth, sections, isInteger) || !column(s.papers, sections, isInteger))
    return "a section lacks its depth";
  if (!column(s.parent, sections, (v) => v === -1 || isSectionAt(v))) return "a section's parent is not a section";
  const suggestions = [...kinds].filter((k) => k === KIND_LETTERS.suggestion).length;
  const g = nodes.suggestions;
  if (!isObject(g)) return "its suggestions are missing";
  const isPaperAt = (v: unknown) => isInteger(v) && v >= 0 && v < n && kinds[v] === KIND_LETTERS.paper;
  if (!column(g.citedBy, suggestions, (v) => Array.isArray(v) && v.every(isPaperAt)))
    return "a suggestion lacks the papers that cite it";
  if (!column(g.rank, suggestions, isInteger)) return "a suggestion has no rank";
  return null;
}

function checkLinks(links: unknown, n: number, what: string): string | null {
  if (!isObject(links) || !Array.isArray(links.source)) return `its ${what} are missing`;
  const m = links.source.length;
  const isNode = (v: unknown) => isInteger(v) && v >= 0 && v < n;
  const isEvidence = (v: unknown) => isInteger(v) && v >= 0 && v >> 1 < LINEAGE_KINDS.length;
  if (!column(links.source, m, isNode) || !column(links.target, m, isNode))
    return `one of its ${what} has a missing end`;
  if (
    !column(links.kinds, m, isInteger) ||
    !column(links.flags, m, isInteger) ||
    !column(links.size, m, isFiniteNumber)
  )
    return `one of its ${what} lacks its kinds or size`;
  if (!column(links.evidence, m, (v) => Array.isArray(v) && v.every(isEvidence)))
    return `one of its ${what} has bad evidence`;
  return null;
}

/** Checks the header first (format, version), then every column. */
export function validateCoreFile(data: unknown): CoreValidation {
  if (!isObject(data) || !isObject(data.header) || !isObject(data.nodes))
    return { ok: false, error: `The graph file is not a ${GRAPH_FORMAT} file. ${REBUILD}` };
  const headerProblem = checkHeader(data.header);
  if (headerProblem) return { ok: false, error: headerProblem };
  const problem =
    checkNodes(data.nodes) ??
    checkLinks(data.lineage, (data.nodes.keys as unknown[]).length, "lineage links") ??
    checkLinks(data.references, (data.nodes.keys as unknown[]).length, "references");
  if (problem) return { ok: false, error: `The graph file is corrupt: ${problem}. ${REBUILD}` };
  const details = data.header.details as { nodes: number; links: number };
  const links = (data.lineage as CoreLinks).source.length + (data.references as CoreLinks).source.length;
  if (details.nodes !== (data.nodes.keys as unknown[]).length || details.links !== links)
    return { ok: false, error: `The graph file is corrupt: its header counts other nodes than it holds. ${REBUILD}` };
  if (!isObject(data.options)) data.options = {};
  return { ok: true, core: data as unknown as CoreFile<GraphHeader> };
}
