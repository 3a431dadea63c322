// Breaking a cycle in the lineage deterministically. When no waiting paper is ready, every waiting
// paper still builds on another waiting paper, so walking from the oldest one along such links must
// come back to a paper already seen: that closes a cycle. On it, the link most likely wrong is
// ignored: first one where an older paper is said to build on a newer one (the biggest gap first),
// else the one with the weakest evidence (a mention is weaker than a citation, a citation weaker
// than "a later version of", an influential citation counts more), then by edge key.
import { dateValue } from "../lineage/utils";
import type { PaperGraph } from "../load";
import { type LineageEdgeAttributes, type LineageKind, isLineage } from "../model";

export type IgnoredReason = "target-last" | "older-builds-on-newer" | "weakest-evidence";

export interface IgnoredLink {
  edge: string;
  /** The paper said to build on `target`. */
  source: string;
  target: string;
  reason: IgnoredReason;
}

const KIND_STRENGTH: Record<LineageKind, number> = { mentions: 1, cites: 2, version: 3 };

/** How much evidence backs a link: its strongest kind, plus one if influential, then its count. */
export function linkStrength(attrs: LineageEdgeAttributes): [number, number] {
  const strongest = Math.max(0, ...attrs.kinds.map((k) => KIND_STRENGTH[k] ?? 0));
  return [strongest + (attrs.influential ? 1 : 0), attrs.evidence.length];
}

/** Months by which the paper building on is older than the paper it builds on (0 when not older). */
function anachronism(graph: PaperGraph, source: string, target: string): number {
  const gap = dateValue(graph, target) - dateValue(graph, source);
  return Number.isFinite(gap) && gap > 0 ? gap : 0;
}

interface Candidate {
  edge: string;
  source: string;
  target: string;
}

export function weakestLinkOnCycle(
  graph: PaperGraph,
  waiting: ReadonlySet<string>,
  prerequisites: ReadonlyMap<string, ReadonlyMap<string, Candidate>>,
  byDate: (a: string, b: string) => number,
): IgnoredLink {
  const start = [...waiting].sort(byDate)[0];
  if (start === undefined) throw new Error("reading order: no cycle to break");
  const seenAt = new Map<string, number>();
  const walk: string[] = [];
  let node = start;
  while (!seenAt.has(node)) {
    seenAt.set(node, walk.length);
    walk.push(node);
    const next = [...prerequisites.get(node)!.keys()].filter((m) => waiting.has(m)).sort(byDate)[0];
    if (next === undefined) throw new Error(`reading order: ${node} waits on no waiting paper`);
    node = next;
  }
  const cycle = [...walk.slice(seenAt.get(node)!), node];
  const links: Candidate[] = [];
  for (let i = 1; i < cycle.length; i++) links.push(prerequisites.get(cycle[i - 1]!)!.get(cycle[i]!)!);

  const score = (link: Candidate) => {
    const attrs = graph.getEdgeAttributes(link.edge);
    const [strength, count] = isLineage(attrs) ? linkStrength(attrs) : [0, 0];
    return { gap: anachronism(graph, link.source, link.target), strength, count };
  };
  let best = links[0]!;
  let bestScore = score(best);
  for (const link of links.slice(1)) {
    const s = score(link);
    const better =
      s.gap !== bestScore.gap
        ? s.gap > bestScore.gap
        : s.strength !== bestScore.strength
          ? s.strength < bestScore.strength
          : s.count !== bestScore.count
            ? s.count < bestScore.count
            : link.edge < best.edge;
    if (better) [best, bestScore] = [link, s];
  }
  return { ...best, reason: bestScore.gap > 0 ? "older-builds-on-newer" : "weakest-evidence" };
}
