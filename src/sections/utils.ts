// Pure rules of the section filter. A section that is "off" hides its own listings; a paper stays
// on the map while any section it is listed in is on (a paper in two sections stays while one is
// shown). A legend row switches its whole subtree, so its checkbox is on, off or mixed.
import type { SectionRef } from "../model";
import type { SectionTree } from "./tree";

export type CheckState = "on" | "off" | "mixed";

/** Whether every section the paper is listed in is off. A paper listed nowhere is never hidden. */
export function isHiddenBySections(listings: readonly SectionRef[], hidden: ReadonlySet<string>): boolean {
  if (hidden.size === 0 || listings.length === 0) return false;
  return listings.every((ref) => hidden.has(ref.id));
}

/** A legend row's checkbox: on when nothing under it is off, off when all of it is, else mixed. */
export function checkState(tree: SectionTree, hidden: ReadonlySet<string>, id: string): CheckState {
  const subtree = tree.subtree(id) ?? [id];
  let off = 0;
  for (const s of subtree) if (hidden.has(s)) off++;
  return off === 0 ? "on" : off === subtree.length ? "off" : "mixed";
}

/** What a click on a row does: an on row goes off; an off or mixed row comes back on, wholly. */
export function toggleTarget(tree: SectionTree, hidden: ReadonlySet<string>, id: string) {
  return { ids: tree.subtree(id) ?? [id], shown: checkState(tree, hidden, id) !== "on" };
}

/** The sections to switch off to show only this one (and what is under it). */
export function onlySection(tree: SectionTree, id: string): string[] {
  const keep = new Set(tree.subtree(id) ?? []);
  return tree.ordered.filter((s) => !keep.has(s));
}

/**
 * Section hubs with something to show: a section is "alive" while a shown paper is listed in it
 * (and that listing is on) or in a section under it. Others are hidden with their papers.
 */
export function liveSections(
  tree: SectionTree,
  shownListings: Iterable<readonly SectionRef[]>,
  hidden: ReadonlySet<string>,
): Set<string> {
  const alive = new Set<string>();
  for (const listings of shownListings)
    for (const ref of listings) {
      if (hidden.has(ref.id)) continue;
      for (let s: string | undefined = ref.id; s !== undefined && !alive.has(s); s = tree.parent(s)) alive.add(s);
    }
  return alive;
}
