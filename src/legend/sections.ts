// The legend's sections, doubling as the section filter: a checkbox per section switches it and
// everything under it on or off (mixed when only part of it is off); the name selects the section,
// which highlights its papers and opens it in the panel; ▸ shows its sub-sections.
import type { PaperGraph } from "../load";
import type { GraphHeader } from "../model";
import { type SectionTree, checkState, toggleTarget } from "../sections";
import { type AppState, type Store, selectNode, setHiddenSections, setSectionsShown } from "../state";
import { el } from "../ui/dom";
import { sectionsByList } from "./utils";

export interface SectionFilterContext {
  graph: PaperGraph;
  header: GraphHeader;
  tree: SectionTree;
  store: Store;
  colors: Map<string, string>;
}

interface Row {
  id: string;
  checkbox: HTMLInputElement;
}

export function createSectionFilter(ctx: SectionFilterContext): { element: HTMLElement; destroy(): void } {
  const { graph, tree, store } = ctx;
  const rows: Row[] = [];
  let serial = 0;

  const row = (id: string, color: string | undefined): HTMLElement => {
    const attrs = graph.getNodeAttributes(id);
    const label = attrs.kind === "section" ? attrs.label : id;
    const count = attrs.kind === "section" ? attrs.paperCount : 0;
    const checkbox = el("input", {
      className: "section-check",
      attrs: { type: "checkbox", "aria-label": `Show ${label}`, "data-section": id },
    });
    const swatch = el("span", { className: "swatch dot", attrs: { "aria-hidden": "true" } });
    if (color) swatch.style.setProperty("background", color);
    const name = el(
      "button",
      {
        className: "legend-item",
        attrs: { type: "button", "data-node": id, title: `Highlight the papers of “${label}”` },
      },
      [
        swatch,
        el("span", { className: "legend-label", text: label }),
        el("span", { className: "legend-count", text: `${count}` }),
      ],
    );
    const children = tree.children(id);
    const line = el("div", { className: "section-row" }, [checkbox, name]);
    const item = el("li", {}, [line]);
    if (children.length) {
      const listId = `legend-sub-${++serial}`;
      const sub = el(
        "ul",
        { className: "legend-sub", attrs: { id: listId } },
        children.map((c) => row(c, color)),
      );
      sub.hidden = true;
      const expand = el("button", {
        className: "legend-expand",
        text: "▸",
        attrs: {
          type: "button",
          "aria-expanded": "false",
          "aria-controls": listId,
          "aria-label": `Sub-sections of ${label}`,
        },
      });
      expand.addEventListener("click", () => {
        sub.hidden = !sub.hidden;
        expand.setAttribute("aria-expanded", String(!sub.hidden));
        expand.textContent = sub.hidden ? "▸" : "▾";
      });
      line.append(expand);
      item.append(sub);
    }
    rows.push({ id, checkbox });
    return item;
  };

  const showAll = el("button", {
    className: "link-button legend-show-all",
    text: "Show all",
    attrs: { type: "button", title: "Switch every section back on" },
  });
  const groups = sectionsByList(ctx.header).map(({ list, sections }) =>
    el("div", { className: "legend-group" }, [
      el("h4", { text: list }),
      el(
        "ul",
        { className: "legend-tree" },
        sections.filter((s) => tree.has(s.id)).map((s) => row(s.id, ctx.colors.get(s.id))),
      ),
    ]),
  );
  const element = el("section", { className: "legend-part legend-sections", attrs: { "aria-label": "Sections" } }, [
    el("div", { className: "legend-head" }, [el("h3", { text: "Sections" }), showAll]),
    ...groups,
  ]);

  const onChange = (event: Event) => {
    const input = event.target as HTMLElement;
    const id = input.getAttribute?.("data-section");
    if (!id) return;
    const { ids, shown } = toggleTarget(tree, new Set(store.get().hiddenSections), id);
    store.dispatch(setSectionsShown(ids, shown));
  };
  const onClick = (event: MouseEvent) => {
    const id = (event.target as Element).closest?.("button.legend-item")?.getAttribute("data-node");
    if (id && graph.hasNode(id)) store.dispatch(selectNode(id));
  };
  element.addEventListener("change", onChange);
  element.addEventListener("click", onClick);
  showAll.addEventListener("click", () => store.dispatch(setHiddenSections([])));

  const render = (state: AppState) => {
    const hidden = new Set(state.hiddenSections);
    for (const { id, checkbox } of rows) {
      const check = checkState(tree, hidden, id);
      checkbox.checked = check === "on";
      checkbox.indeterminate = check === "mixed";
    }
    showAll.hidden = hidden.size === 0;
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.hiddenSections !== previous.hiddenSections) render(state);
  });
  render(store.get());
  return { element, destroy: unsubscribe };
}
