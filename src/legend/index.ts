// The legend: what each colour (top-level section, grouped by list) and each mark means, and the
// filters that follow from it: sections on and off (./sections.ts) and kinds of lineage link
// (./link-kinds.ts). A section's name selects it, which highlights its papers.
import type { LinkKindCensus } from "../link-kinds/utils";
import type { PaperGraph } from "../load";
import type { GraphHeader } from "../model";
import type { SectionTree } from "../sections";
import type { Store } from "../state";
import { el } from "../ui/dom";
import { type AutoFoldContext, autoFoldLegend } from "./auto-fold";
import "./legend.css";
import { createLinkKindFilter } from "./link-kinds";
import { createRegionsToggle } from "./regions-toggle";
import { createSectionFilter } from "./sections";

export interface LegendContext {
  graph: PaperGraph;
  header: GraphHeader;
  tree: SectionTree;
  links: LinkKindCensus;
  store: Store;
  colors: Map<string, string>;
  sizedBy: "built-on-by";
  /** The most papers that build on one paper: what the largest node stands for. */
  maxBuiltOnBy: number;
  /** Blocks other features add under the filters (the suggestions switch). */
  extra?: HTMLElement[];
  /** The map and the panel, for folding the legend out of the panel's way on mid-sized screens. */
  layout?: Pick<AutoFoldContext, "map" | "panel">;
}

/** The legend starts folded on screens this narrow, where it would cover the map. */
export const LEGEND_FOLDED_QUERY = "(max-width: 700px)";

function swatch(className: string): HTMLElement {
  return el("span", { className: `swatch ${className}`, attrs: { "aria-hidden": "true" } });
}

export function mountLegend(root: HTMLElement, ctx: LegendContext): () => void {
  const sections = createSectionFilter(ctx);
  const links = createLinkKindFilter(ctx.links, ctx.store);
  const regions = createRegionsToggle(ctx.store);
  sections.element.append(regions.element);
  const key = el("ul", { className: "legend-key" }, [
    el("li", {}, [
      swatch("dot key"),
      ` Paper — size: how many papers on the map build on it (the largest: ${ctx.maxBuiltOnBy})`,
    ]),
    el("li", {}, [swatch("ring key"), " Section of a list"]),
    el("li", {}, [el("span", { className: "edge-key member", attrs: { "aria-hidden": "true" } }), " listed in"]),
  ]);
  const details = el("details", { className: "legend" }, [
    el("summary", { text: "Sections and links" }),
    sections.element,
    links.element,
    ...(ctx.extra ?? []),
    key,
  ]);
  details.open = !matchMedia(LEGEND_FOLDED_QUERY).matches;
  root.append(details);
  const stopFolding = ctx.layout ? autoFoldLegend(details, { store: ctx.store, ...ctx.layout }) : () => {};
  return () => {
    stopFolding();
    sections.destroy();
    regions.destroy();
    links.destroy();
    root.replaceChildren();
  };
}
