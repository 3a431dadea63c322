// One pass over the imported graph to build the lookups the features need (see GraphIndex).
import { followsLineage, isPaper, isSection } from "../model";
import type { GraphIndex, PaperGraph } from "./types";

export function buildGraphIndex(graph: PaperGraph): GraphIndex {
  const papers: string[] = [];
  const sections: string[] = [];
  const suggestions: string[] = [];
  const lineageDegree = new Map<string, number>();
  const builtOnBy = new Map<string, number>();
  const parentOf = new Map<string, string>();
  const directMembers = new Map<string, string[]>();
  let min = Infinity;
  let max = -Infinity;
  let undatedCount = 0;

  graph.forEachNode((node, attrs) => {
    if (isPaper(attrs)) {
      papers.push(node);
      lineageDegree.set(node, 0);
      if (attrs.year === undefined) undatedCount++;
      else {
        min = Math.min(min, attrs.year);
        max = Math.max(max, attrs.year);
      }
    } else if (isSection(attrs)) sections.push(node);
    else suggestions.push(node);
  });

  graph.forEachEdge((_edge, attrs, source, target) => {
    if (attrs.kind === "lineage") {
      lineageDegree.set(source, (lineageDegree.get(source) ?? 0) + 1);
      lineageDegree.set(target, (lineageDegree.get(target) ?? 0) + 1);
      if (followsLineage(attrs) && source !== target && isPaper(graph.getNodeAttributes(source)))
        builtOnBy.set(target, (builtOnBy.get(target) ?? 0) + 1);
    } else if (attrs.kind === "subsection") parentOf.set(source, target);
    else if (attrs.kind === "member") {
      const list = directMembers.get(target);
      if (list) list.push(source);
      else directMembers.set(target, [source]);
    }
  });

  // A paper counts for its section and every ancestor (a top-level hub gathers its whole subtree).
  const subtree = new Map<string, Set<string>>(sections.map((s) => [s, new Set<string>()]));
  for (const [section, members] of directMembers) {
    const seen = new Set<string>();
    for (let s: string | undefined = section; s !== undefined && !seen.has(s); s = parentOf.get(s)) {
      seen.add(s); // guards against a (corrupt) cycle of sub-sections
      const set = subtree.get(s);
      if (set) for (const paper of members) set.add(paper);
    }
  }

  return {
    papers,
    sections,
    suggestions,
    sectionPapers: new Map([...subtree].map(([s, set]) => [s, [...set]])),
    lineageDegree,
    builtOnBy,
    years: papers.length > undatedCount ? { min, max } : null,
    undatedCount,
  };
}
