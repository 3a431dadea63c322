// The compact graph file: what the build writes and the app reads back, node for node.
import { describe, expect, it } from "vitest";

import { CORE_FIELDS, decodeCore, decodeGraph, readDetailsHead, validateCoreFile } from "../../../src/model";
import type {
  GraphFile,
  LineageEdgeAttributes,
  PaperAttributes,
  ReferenceEdgeAttributes,
  SuggestionAttributes,
} from "../../../src/model";
import { encodeGraph } from "../../../src/model/encode";
import { buildLargeGraphFile } from "../../fixtures/large-graph";
import { syntheticFile, syntheticOnlineGraph } from "../helpers-app";

/** Edges by what they join (the compact file rebuilds keys by rule; fixtures let graphology pick them). */
function edgesByEnds(file: GraphFile) {
  return new Map(file.graph.edges.map((e) => [`${e.attributes!.kind} ${e.source}>${e.target}`, e.attributes]));
}

/**
 * Synthetic: the online fixture (citations, some influential) with every kind of node and link the
 * file can hold added — a suggestion cited by two papers, its references (one of a later paper),
 * and a lineage link flagged backwards.
 */
function everyKindFile(): GraphFile {
  const file = syntheticOnlineGraph().file;
  const papers = file.graph.nodes.filter((n) => n.attributes?.kind === "paper");
  const [a, b] = [papers[0]!, papers[1]!];
  const pa = a.attributes as PaperAttributes;
  const suggestion: SuggestionAttributes = {
    kind: "suggestion",
    label: "Outside",
    title: "Outside: A Paper the Lists Cite",
    arxivId: "1901.00901",
    doi: "10.1000/outside",
    s2Id: "s2-outside",
    year: 2019,
    month: 1,
    authors: ["A. Author", "B. Author"],
    authorCount: 12,
    citationCount: 321,
    citedBy: [a.key, b.key],
    sections: pa.sections,
    topSection: pa.topSection,
    rank: 1,
    x: 1.5,
    y: -2.25,
    size: 3,
  };
  file.graph.nodes.push({ key: "arxiv:1901.00901", attributes: suggestion });
  const cites = (source: string) => ({ kind: "cites" as const, text: "cites it", source, influential: true });
  file.graph.edges.push(
    {
      key: `r:${a.key}>arxiv:1901.00901`,
      source: a.key,
      target: "arxiv:1901.00901",
      attributes: { kind: "reference", evidence: [cites("Semantic Scholar")], size: 1 },
    },
    {
      key: `r:${b.key}>arxiv:1901.00901`,
      source: b.key,
      target: "arxiv:1901.00901",
      attributes: { kind: "reference", evidence: [cites("data/citations/x.tsv:3")], backwards: true, size: 1 },
    },
  );
  const later: LineageEdgeAttributes = {
    kind: "lineage",
    kinds: ["cites"],
    evidence: [{ ...cites("OpenAlex"), detail: "[12] The entry.", citingVersion: "v2", intents: ["background"] }],
    influential: true,
    backwards: true,
    size: 2,
  };
  file.graph.edges.push({ key: `l:${b.key}>${a.key}`, source: b.key, target: a.key, attributes: later });
  file.header.counts.suggestions = 1;
  return file;
}

function roundTrip(file: GraphFile): GraphFile {
  const { core, details } = encodeGraph(file);
  const checked = validateCoreFile(JSON.parse(JSON.stringify(core)));
  if (!checked.ok) throw new Error(checked.error);
  return decodeGraph(checked.core, details);
}

describe("the compact graph file", () => {
  const fixtures: [string, () => GraphFile][] = [
    ["the synthetic lists", syntheticFile],
    ["2,000 synthetic papers", () => buildLargeGraphFile(2000)],
    ["a synthetic graph with every kind of node and link", everyKindFile],
  ];

  for (const [name, make] of fixtures)
    it(`reads back every node and edge of ${name}, every attribute`, () => {
      const file = make();
      const back = roundTrip(file);
      expect(back.header).toEqual(file.header);
      expect(back.graph.nodes.map((n) => n.key)).toEqual(file.graph.nodes.map((n) => n.key));
      expect(back.graph.nodes).toEqual(file.graph.nodes);
      expect(edgesByEnds(back)).toEqual(edgesByEnds(file));
    });

  it("keeps suggestions, references and links to a later paper as they are", () => {
    const back = roundTrip(everyKindFile());
    const suggestion = back.graph.nodes.find((n) => n.key === "arxiv:1901.00901")!.attributes as SuggestionAttributes;
    expect(suggestion).toMatchObject({ kind: "suggestion", rank: 1, year: 2019, month: 1, authorCount: 12 });
    const references = back.graph.edges.filter((e) => e.attributes?.kind === "reference");
    expect(references.map((e) => (e.attributes as ReferenceEdgeAttributes).backwards ?? false)).toEqual([false, true]);
    const later = back.graph.edges.filter((e) => e.attributes?.kind === "lineage" && e.attributes.backwards);
    expect(later).toHaveLength(1);
    expect((later[0]!.attributes as LineageEdgeAttributes).evidence[0]).toMatchObject({ citingVersion: "v2" });
  });

  it("gives the same bytes for the same graph", () => {
    const a = encodeGraph(syntheticFile());
    const b = encodeGraph(syntheticFile());
    expect(JSON.stringify(a.core)).toBe(JSON.stringify(b.core));
    expect(a.details).toBe(b.details);
  });

  it("holds only the core fields in the core, and every other field in the details", () => {
    const file = syntheticFile();
    const { core } = encodeGraph(file);
    const { graph } = decodeCore(core);
    for (const node of graph.nodes) {
      const kind = node.attributes!.kind;
      for (const field of Object.keys(node.attributes!)) expect(CORE_FIELDS[kind], field).toContain(field);
    }
    const paper = graph.nodes.find((n) => n.attributes!.kind === "paper")!.attributes as unknown as Record<
      string,
      unknown
    >;
    expect(paper.title).toBeUndefined();
    expect(paper.summaries).toBeUndefined();
    const lineage = graph.edges.find((e) => e.attributes!.kind === "lineage")!.attributes as unknown as {
      evidence: Record<string, unknown>[];
    };
    // The filters read each entry's kind and influential flag; its text comes with the details.
    expect(Object.keys(lineage.evidence[0]!).sort()).toEqual(expect.arrayContaining(["kind"]));
    expect(lineage.evidence[0]!.text).toBeUndefined();
  });

  it("is much smaller than the whole file, details apart", () => {
    const file = buildLargeGraphFile(2000);
    const { core } = encodeGraph(file);
    expect(JSON.stringify(core).length).toBeLessThan(JSON.stringify(file).length / 2);
  });

  it("refuses details from another build", () => {
    const { core, details } = encodeGraph(syntheticFile());
    const other = encodeGraph(buildLargeGraphFile(50));
    expect(readDetailsHead(details.split("\n")[0]!, core.header.details.id)).toBeNull();
    expect(readDetailsHead(other.details.split("\n")[0]!, core.header.details.id)).toMatch(/another build/);
    expect(() => decodeGraph(core, other.details)).toThrow(/another build/);
  });

  it("names what is wrong in a corrupt core", () => {
    const { core } = encodeGraph(syntheticFile());
    const broken = JSON.parse(JSON.stringify(core));
    broken.nodes.listings[5] = [99999];
    const result = validateCoreFile(broken);
    expect(result.ok === false && result.error).toMatch(/corrupt: a listing is not a section.*npm run build:data/);
    const old = validateCoreFile({ ...JSON.parse(JSON.stringify(core)), header: { ...core.header, version: 2 } });
    expect(old.ok === false && old.error).toMatch(/version 2; this app reads version 3/);
  });
});
