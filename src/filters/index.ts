// The year filter: histogram (following the section filter and the playback), two-handle slider,
// editable from/to fields, the undated toggle and the "N of M papers shown" count. It reads the
// store and sends setYearRange/setShowUndated; the map hides papers on the GPU (see
// ../map/filter-programs.ts). Dragging updates the map on every input event; one history entry is
// pushed per drag, later moves of the same drag replace it.
import type { GraphIndex, PaperGraph } from "../load";
import { isPaper } from "../model";
import { type AppState, type Store, setShowUndated, setYearRange } from "../state";
import { el } from "../ui/dom";
import { createHistogram } from "./histogram";
import { createDualRange } from "./slider";
import type { Visibility } from "./types";
import { handlesFromRange, rangeFromHandles, yearHistogram, yearHistogramShown } from "./utils";
import { readYearFields } from "./year-fields";

export { createVisibilitySelector } from "./visibility";
export type { Visibility } from "./types";

export interface YearFilterContext {
  graph: PaperGraph;
  index: GraphIndex;
  store: Store;
  selectVisibility: (state: AppState) => Visibility;
}

export function countText(v: Visibility): string {
  return `${v.shownPapers} of ${v.totalPapers} paper${v.totalPapers === 1 ? "" : "s"} shown`;
}

export function mountYearFilter(root: HTMLElement, ctx: YearFilterContext): () => void {
  const { graph, index, store } = ctx;
  const span = index.years;
  const count = el("p", { className: "count", attrs: { role: "status", id: "paper-count" } });
  const undated = el("input", { attrs: { type: "checkbox", id: "show-undated" } });
  const undatedLabel = el("label", { className: "undated-toggle", attrs: { for: "show-undated" } }, [
    undated,
    ` Undated papers (${index.undatedCount})`,
  ]);
  undated.disabled = index.undatedCount === 0;
  const legend = el("legend", { text: "Years" });
  const fieldset = el("fieldset", { className: "year-filter" }, [legend]);
  root.append(fieldset);

  let sync: (state: AppState) => void = () => {};
  if (span) {
    const papers = index.papers.map((p) => {
      const a = graph.getNodeAttributes(p);
      return isPaper(a)
        ? { year: a.year, month: a.month, sections: a.sections }
        : { year: undefined, month: undefined, sections: [] };
    });
    const histogram = createHistogram(
      yearHistogram(
        papers.map((p) => p.year),
        span,
      ),
    );
    let histogramFor: Pick<AppState, "hiddenSections" | "playhead"> | null = null;
    const slider = createDualRange(span.min, span.max, { from: "From year", to: "To year" });
    const field = (id: string, label: string) => {
      const input = el("input", {
        className: "year-field",
        attrs: { id, type: "text", inputmode: "numeric", autocomplete: "off", size: "4", "aria-label": label },
      });
      return { input, label: el("label", { attrs: { for: id } }, [label.replace(" year", ""), " ", input]) };
    };
    const fieldMessage = el("p", { className: "year-field-message muted", attrs: { "aria-live": "polite" } });
    const fromField = field("year-from", "From year");
    const toField = field("year-to", "To year");
    // The frame holds the bars and, while the years play, the playhead over them (../playback).
    fieldset.append(
      el("div", { className: "histogram-frame" }, [histogram.element]),
      slider.element,
      el("div", { className: "year-fields" }, [fromField.label, toField.label, undatedLabel]),
      fieldMessage,
    );

    let dragging = false;
    const fromHandles = () => {
      // The first input of a drag adds a history entry; the rest of the drag replaces it.
      const history = dragging ? "replace" : "push";
      dragging = true;
      fieldMessage.textContent = "";
      store.dispatch(setYearRange(rangeFromHandles(Number(slider.from.value), Number(slider.to.value), span)), {
        history,
      });
    };
    for (const input of [slider.from, slider.to]) {
      input.addEventListener("input", fromHandles);
      input.addEventListener("change", () => (dragging = false));
    }
    const fromFields = () => {
      const read = readYearFields(fromField.input.value, toField.input.value, span);
      // Clamped, swapped or put back: say so, so the fields never change under the reader silently.
      fieldMessage.textContent = read.message;
      if (read.handles) store.dispatch(setYearRange(rangeFromHandles(read.handles[0], read.handles[1], span)));
      sync(store.get());
    };
    for (const input of [fromField.input, toField.input]) {
      input.addEventListener("change", fromFields);
      input.addEventListener("keydown", (event) => {
        if (event.key === "Enter") fromFields();
      });
    }
    sync = (state) => {
      const [a, b] = handlesFromRange(state.yearRange, span);
      slider.set(a, b);
      histogram.highlight(a, b);
      if (state.hiddenSections !== histogramFor?.hiddenSections || state.playhead !== histogramFor.playhead) {
        histogramFor = state;
        histogram.setShown(yearHistogramShown(papers, new Set(state.hiddenSections), state.playhead, span));
      }
      fromField.input.value = `${a}`;
      toField.input.value = `${b}`;
    };
  } else {
    fieldset.append(el("p", { className: "muted", text: "No paper has a year." }), undatedLabel);
  }
  fieldset.append(count);

  undated.addEventListener("change", () => store.dispatch(setShowUndated(undated.checked)));

  const render = (state: AppState) => {
    sync(state);
    undated.checked = state.showUndated;
    count.textContent = countText(ctx.selectVisibility(state));
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.yearRange !== previous.yearRange ||
      state.showUndated !== previous.showUndated ||
      state.hiddenSections !== previous.hiddenSections ||
      state.playhead !== previous.playhead
    )
      render(state);
  });
  render(store.get());
  return () => {
    unsubscribe();
    root.replaceChildren();
  };
}
