// The sections of the lists as a tree: top-level sections in the legend's order, each with its
// sub-sections in list order (the build adds `subsection` edges, child → parent, in that order).
// Built once at load; the section filter, the legend, the URL and the timeline's bands read it.
import type { PaperGraph } from "../load";
import type { TopSection } from "../model";
import type { SectionCatalog } from "../state";

export interface SectionTree extends SectionCatalog {
  /** Top-level sections: the header's order first, then any other section without a parent. */
  roots: readonly string[];
  /** Every section, parents before children, siblings in list order. */
  ordered: readonly string[];
  has(id: string): boolean;
  children(id: string): readonly string[];
  parent(id: string): string | undefined;
  /** The section and every section under it, in tree order; null when it is not a section. */
  subtree(id: string): readonly string[] | null;
  /** The section's top-level ancestor (itself for a top-level section). */
  root(id: string): string | undefined;
}

const NONE: readonly string[] = Object.freeze([]);

export function buildSectionTree(graph: PaperGraph, topSections: readonly TopSection[] = []): SectionTree {
  const sections: string[] = [];
  graph.forEachNode((node, attrs) => {
    if (attrs.kind === "section") sections.push(node);
  });
  const known = new Set(sections);
  const parents = new Map<string, string>();
  const children = new Map<string, string[]>();
  graph.forEachEdge((_edge, attrs, source, target) => {
    if (attrs.kind !== "subsection" || !known.has(source) || !known.has(target) || parents.has(source)) return;
    parents.set(source, target);
    const list = children.get(target);
    if (list) list.push(source);
    else children.set(target, [source]);
  });

  const roots = topSections.map((t) => t.id).filter((id) => known.has(id) && !parents.has(id));
  const rootSet = new Set(roots);
  for (const s of sections) if (!parents.has(s) && !rootSet.has(s)) roots.push(s);

  // Pre-order walk; `seen` guards against a (corrupt) cycle of sub-sections.
  const ordered: string[] = [];
  const rootOf = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (id: string, root: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    ordered.push(id);
    rootOf.set(id, root);
    for (const child of children.get(id) ?? NONE) visit(child, root);
  };
  for (const r of roots) visit(r, r);

  const position = new Map(ordered.map((id, i) => [id, i]));
  const subtrees = new Map<string, readonly string[]>();
  const subtree = (id: string): readonly string[] | null => {
    if (!position.has(id)) return null;
    let list = subtrees.get(id);
    if (!list) {
      // In pre-order a subtree is the run of sections from `id` until the walk leaves it.
      const result = [id];
      const inside = new Set([id]);
      for (let i = (position.get(id) ?? 0) + 1; i < ordered.length; i++) {
        const s = ordered[i] as string;
        const p = parents.get(s);
        if (p === undefined || !inside.has(p)) break;
        inside.add(s);
        result.push(s);
      }
      list = Object.freeze(result);
      subtrees.set(id, list);
    }
    return list;
  };

  return {
    roots,
    ordered,
    has: (id) => position.has(id),
    children: (id) => children.get(id) ?? NONE,
    parent: (id) => parents.get(id),
    subtree,
    root: (id) => rootOf.get(id),
  };
}

const trees = new WeakMap<PaperGraph, SectionTree>();

/**
 * The graph's section tree, built on first use and shared by every feature that asks (the graph
 * never changes after load). The first caller's `topSections` fix the roots' order, so the shell
 * asks first, with the header's.
 */
export function sectionTreeOf(graph: PaperGraph, topSections: readonly TopSection[] = []): SectionTree {
  let tree = trees.get(graph);
  if (!tree) {
    tree = buildSectionTree(graph, topSections);
    trees.set(graph, tree);
  }
  return tree;
}
