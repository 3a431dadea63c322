// The legend: what each colour (top-level section, grouped by list) and each mark means. A colour's
// entry selects that section's hub, which opens it in the panel.
import type { PaperGraph } from "../load";
import type { GraphHeader } from "../model";
import { type Store, selectNode } from "../state";
import { el } from "../ui/dom";
import { sectionsByList } from "./utils";

export interface LegendContext {
  graph: PaperGraph;
  header: GraphHeader;
  store: Store;
  colors: Map<string, string>;
  sizedBy: "lineage" | "citations";
}

function swatch(className: string, color?: string): HTMLElement {
  const s = el("span", { className: `swatch ${className}`, attrs: { "aria-hidden": "true" } });
  if (color) s.style.setProperty(className.includes("ring") ? "border-color" : "background", color);
  return s;
}

export function mountLegend(root: HTMLElement, ctx: LegendContext): () => void {
  const groups = sectionsByList(ctx.header).map(({ list, sections }) =>
    el("div", { className: "legend-group" }, [
      el("h3", { text: list }),
      el(
        "ul",
        {},
        sections.map((s) => {
          const label = [swatch("dot", ctx.colors.get(s.id)), s.label];
          return el("li", {}, [
            ctx.graph.hasNode(s.id)
              ? el("button", { className: "legend-item", attrs: { type: "button", title: `Show “${s.label}”` } }, label)
              : el("span", { className: "legend-item" }, label),
          ]);
        }),
      ),
    ]),
  );
  const key = el("ul", { className: "legend-key" }, [
    el("li", {}, [swatch("dot key"), ` Paper — size: ${ctx.sizedBy === "citations" ? "citations" : "lineage links"}`]),
    el("li", {}, [swatch("ring key"), " Section of a list"]),
    el("li", {}, [el("span", { className: "edge-key lineage", attrs: { "aria-hidden": "true" } }), " builds on"]),
    el("li", {}, [el("span", { className: "edge-key member", attrs: { "aria-hidden": "true" } }), " listed in"]),
  ]);
  const details = el("details", { className: "legend" }, [el("summary", { text: "Legend" }), ...groups, key]);
  details.open = !matchMedia("(max-width: 700px)").matches;
  root.append(details);

  const buttons = [...details.querySelectorAll<HTMLButtonElement>("button.legend-item")];
  const ids = sectionsByList(ctx.header)
    .flatMap((g) => g.sections)
    .filter((s) => ctx.graph.hasNode(s.id))
    .map((s) => s.id);
  buttons.forEach((button, i) => {
    const id = ids[i];
    if (id) button.addEventListener("click", () => ctx.store.dispatch(selectNode(id)));
  });
  return () => root.replaceChildren();
}
