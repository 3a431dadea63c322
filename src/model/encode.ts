// Writing a graph as the compact core and its details (./compact.ts), for the build. Pure: the
// same graph gives the same bytes. Lossless except for edge keys, which follow edgeKey's rule.
import {
  CORE_FIELDS,
  type CoreFile,
  type CoreLinks,
  type CoreNodes,
  DETAILS_CHUNK,
  DETAILS_FORMAT,
  KIND_LETTERS,
  LINK_BACKWARDS,
  LINK_INFLUENTIAL,
  SAME_AS_LABEL,
  detailsId,
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
} from "./graph-file";

export interface EncodedGraph {
  core: CoreFile<GraphHeader>;
  /** The details file's text (JSON lines). */
  details: string;
}

/** The attributes not among `core`: a node's or link's details. */
function rest(attributes: object, core: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(attributes)) if (!core.includes(key)) out[key] = value;
  return out;
}

const CORE_KEYS: Record<string, readonly string[]> = {
  paper: CORE_FIELDS.paper,
  section: CORE_FIELDS.section,
  suggestion: CORE_FIELDS.suggestion,
  lineage: ["kind", "kinds", "influential", "backwards", "size"],
  reference: ["kind", "backwards", "size"],
};

function emptyLinks(): CoreLinks {
  return { source: [], target: [], kinds: [], flags: [], size: [], evidence: [] };
}

function encodeEvidence(evidence: readonly LineageEvidence[]): number[] {
  return evidence.map((e) => LINEAGE_KINDS.indexOf(e.kind) * 2 + (e.influential === true ? 1 : 0));
}

function fail(what: string): never {
  throw new Error(`encodeGraph: ${what}`);
}

function dateOf(attrs: { year?: number; month?: number }): number | null {
  return attrs.year === undefined ? null : attrs.year * 100 + (attrs.month ?? 0);
}

export function encodeGraph(file: GraphFile): EncodedGraph {
  const { nodes, edges } = file.graph;
  const index = new Map<string, number>(nodes.map((n, i) => [n.key, i]));
  const at = (key: string, what: string) => index.get(key) ?? fail(`${what} "${key}" is not a node`);
  const columns: CoreNodes = {
    keys: [],
    kinds: "",
    labels: [],
    x: [],
    y: [],
    size: [],
    top: [],
    dates: [],
    listings: [],
    shortNames: [],
    citations: [],
    sections: { list: [], path: [], depth: [], papers: [], parent: [] },
    suggestions: { citedBy: [], rank: [] },
  };
  /** A listing's section index; its list and path must be the section's own (the core keeps them once). */
  const listing = (key: string, ref: SectionRef) => {
    const j = at(ref.id, "section");
    const section = nodes[j]!.attributes;
    if (
      section?.kind !== "section" ||
      section.list !== ref.list ||
      section.path.join("\u0000") !== ref.path.join("\u0000")
    )
      fail(`"${key}" is listed in "${ref.id}" with another list or path than the section's`);
    return j;
  };
  const parentOf = new Map<string, string>();
  for (const edge of edges) if (edge.attributes?.kind === "subsection") parentOf.set(edge.source, edge.target);

  const nodeDetails: Record<string, unknown>[] = [];
  let kinds = "";
  let listed = 0;
  for (const { key, attributes } of nodes) {
    const attrs = (attributes ?? fail(`node "${key}" has no attributes`)) as NodeAttributes;
    kinds += KIND_LETTERS[attrs.kind] ?? fail(`node "${key}" has an unknown kind`);
    columns.keys.push(key);
    columns.labels.push(attrs.label);
    columns.x.push(attrs.x);
    columns.y.push(attrs.y);
    columns.size.push(attrs.size);
    columns.top.push(at(attrs.topSection, "top section"));
    if (attrs.kind === "section") {
      columns.dates.push(null);
      columns.listings.push([]);
      columns.shortNames.push(null);
      columns.citations.push(null);
      columns.sections.list.push(attrs.list);
      columns.sections.path.push(attrs.path);
      columns.sections.depth.push(attrs.depth);
      columns.sections.papers.push(attrs.paperCount);
      const parent = parentOf.get(key);
      columns.sections.parent.push(parent === undefined ? -1 : at(parent, "parent section"));
    } else {
      columns.dates.push(dateOf(attrs));
      columns.listings.push(attrs.sections.map((ref) => listing(key, ref)));
      const short = attrs.kind === "paper" ? attrs.shortName : undefined;
      columns.shortNames.push(short === undefined ? null : short === attrs.label ? SAME_AS_LABEL : short);
      columns.citations.push(attrs.citationCount ?? null);
      if (attrs.kind === "paper") listed += attrs.sections.length;
      else {
        columns.suggestions.citedBy.push(attrs.citedBy.map((paper) => at(paper, "citing paper")));
        columns.suggestions.rank.push(attrs.rank);
      }
    }
    nodeDetails.push(rest(attrs, CORE_KEYS[attrs.kind]!));
  }
  columns.kinds = kinds;

  const lineage = emptyLinks();
  const references = emptyLinks();
  const lineageDetails: Record<string, unknown>[] = [];
  const referenceDetails: Record<string, unknown>[] = [];
  let members = 0;
  for (const edge of edges) {
    const attrs = (edge.attributes ?? fail(`an edge from "${edge.source}" has no attributes`)) as EdgeAttributes;
    if (attrs.kind === "member" || attrs.kind === "subsection") {
      // Rebuilt from the listings and the sections' parents, so they must be exactly those.
      if (attrs.size !== 1 || Object.keys(attrs).length !== 2) fail(`a ${attrs.kind} edge carries more than its kind`);
      if (attrs.kind === "member") members++;
      continue;
    }
    if (attrs.kind !== "lineage" && attrs.kind !== "reference")
      fail(`an edge from "${edge.source}" has an unknown kind`);
    const links = attrs.kind === "lineage" ? lineage : references;
    links.source.push(at(edge.source, "edge end"));
    links.target.push(at(edge.target, "edge end"));
    links.kinds.push(
      attrs.kind === "lineage" ? attrs.kinds.reduce((bits, k) => bits | (1 << LINEAGE_KINDS.indexOf(k)), 0) : 0,
    );
    links.flags.push(
      (attrs.kind === "lineage" && attrs.influential ? LINK_INFLUENTIAL : 0) | (attrs.backwards ? LINK_BACKWARDS : 0),
    );
    links.size.push(attrs.size);
    links.evidence.push(encodeEvidence(attrs.evidence));
    (attrs.kind === "lineage" ? lineageDetails : referenceDetails).push(rest(attrs, CORE_KEYS[attrs.kind]!));
  }
  if (members !== listed) fail(`${members} member edges for ${listed} listings: they must be the papers' listings`);

  const linkDetails = [...lineageDetails, ...referenceDetails];
  const lines: string[] = [];
  for (let from = 0; from < nodeDetails.length; from += DETAILS_CHUNK)
    lines.push(JSON.stringify({ from, nodes: nodeDetails.slice(from, from + DETAILS_CHUNK) }));
  for (let from = 0; from < linkDetails.length; from += DETAILS_CHUNK)
    lines.push(JSON.stringify({ from, links: linkDetails.slice(from, from + DETAILS_CHUNK) }));
  const body = lines.map((line) => `${line}\n`).join("");
  const id = detailsId(body);
  const head = JSON.stringify({ format: DETAILS_FORMAT, version: GRAPH_VERSION, id });
  return {
    core: {
      header: { ...file.header, details: { id, nodes: nodeDetails.length, links: linkDetails.length } },
      options: file.graph.options ?? {},
      nodes: columns,
      lineage,
      references,
    },
    details: `${head}\n${body}`,
  };
}
