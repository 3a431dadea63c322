// The toolbar's Export menu: the papers shown (after every filter) as BibTeX, RIS or CSL-JSON; the
// whole graph as GEXF for Gephi; the map view as a PNG. Each format's code loads on first use
// (citation-js, the GEXF writer and the image helper are separate chunks), and a status line says
// what was saved or what went wrong.
import { loadCitations } from "../cite/load";
import type { Visibility } from "../filters/types";
import type { GraphIndex, PaperGraph } from "../load";
import type { MapHandle, MapRenderer } from "../map";
import type { Appearance } from "../map/appearance";
import type { GraphHeader } from "../model";
import type { AppState, Store } from "../state";
import { el } from "../ui/dom";
import { downloadBlob, downloadText } from "./download";
import { createMenu } from "./menu";
import { shownPapers } from "./shown";

export const FILE_BASE = "ai-reading-graph";
/** How long the note of what was saved stays under the Export button. */
export const STATUS_SHOWN_MS = 8000;

export interface ExportContext {
  graph: PaperGraph;
  index: GraphIndex;
  header: GraphHeader;
  appearance: Appearance;
  store: Store;
  selectVisibility: (state: AppState) => Visibility;
  renderer: MapRenderer;
  /** See MapHandle.attachLabels. */
  attachLabels: MapHandle["attachLabels"];
  /** See Regions.attach: the PNG shows the sections' regions as the map does. */
  attachRegions?: (copy: MapRenderer) => () => void;
  /** The map's element, whose background the PNG takes. */
  mapElement: HTMLElement;
}

type PaperFormat = "bib" | "ris" | "json";

const PAPER_FORMATS: Record<PaperFormat, { label: string; type: string }> = {
  bib: { label: "BibTeX", type: "application/x-bibtex" },
  ris: { label: "RIS", type: "application/x-research-info-systems" },
  json: { label: "CSL-JSON", type: "application/vnd.citationstyles.csl+json" },
};

export function mountExport(root: HTMLElement, ctx: ExportContext): () => void {
  const menu = createMenu("Export", "export-menu");
  const status = el("p", { className: "export-status", attrs: { role: "status", id: "export-status" } });
  root.append(menu.element, status);

  // The note floats under the button (it never makes the bar taller) and goes after a while;
  // screen readers have heard it by then (role=status).
  let clearTimer: ReturnType<typeof setTimeout> | undefined;
  const say = (text: string) => {
    clearTimeout(clearTimer);
    status.textContent = text;
  };
  const run = async (what: string, work: () => Promise<string>) => {
    say(`Preparing ${what}…`);
    try {
      say(await work());
    } catch (error) {
      say(`Could not export ${what}: ${error instanceof Error ? error.message : String(error)}.`);
    }
    clearTimer = setTimeout(() => (status.textContent = ""), STATUS_SHOWN_MS);
  };

  const exportPapers = (format: PaperFormat) =>
    run(PAPER_FORMATS[format].label, async () => {
      const papers = shownPapers(ctx.graph, ctx.index, ctx.selectVisibility(ctx.store.get()));
      const cite = await loadCitations();
      const items = cite.cslItems(ctx.graph, papers);
      const text =
        format === "bib" ? cite.toBibtex(items) : format === "ris" ? cite.toRis(items) : cite.toCslJson(items);
      const name = `${FILE_BASE}-papers.${format}`;
      downloadText(text, name, PAPER_FORMATS[format].type);
      return `Saved ${name}: ${papers.length} paper${papers.length === 1 ? "" : "s"}.`;
    });
  const exportGexf = () =>
    run("GEXF", async () => {
      const { toGexf } = await import("./gexf");
      const name = `${FILE_BASE}.gexf`;
      downloadText(toGexf(ctx.graph, { appearance: ctx.appearance, header: ctx.header }), name, "application/gexf+xml");
      return `Saved ${name}: ${ctx.graph.order} nodes, ${ctx.graph.size} edges.`;
    });
  const exportPng = () =>
    run("the map image", async () => {
      const { mapToPng } = await import("./png");
      const background = getComputedStyle(ctx.mapElement).backgroundColor || "#ffffff";
      const blob = await mapToPng(ctx.renderer, {
        background,
        attachLabels: ctx.attachLabels,
        attachRegions: ctx.attachRegions,
      });
      const name = `${FILE_BASE}-map.png`;
      downloadBlob(blob, name);
      return `Saved ${name}.`;
    });

  const update = (state: AppState) => {
    const visibility = ctx.selectVisibility(state);
    const shown = visibility.shownPapers;
    const hint =
      shown === visibility.totalPapers ? `all ${shown} papers` : `${shown} shown paper${shown === 1 ? "" : "s"}`;
    menu.setItems([
      (Object.keys(PAPER_FORMATS) as PaperFormat[]).map((format) => ({
        label: `${PAPER_FORMATS[format].label} (.${format})`,
        hint,
        disabled: shown === 0,
        run: () => void exportPapers(format),
      })),
      [
        { label: "Whole graph as GEXF", hint: "opens in Gephi", run: () => void exportGexf() },
        { label: "Map view as PNG", hint: "what is on screen", run: () => void exportPng() },
      ],
    ]);
  };
  update(ctx.store.get());
  let shownWith = ctx.selectVisibility(ctx.store.get());
  const unsubscribe = ctx.store.subscribe((state) => {
    const visibility = ctx.selectVisibility(state);
    if (visibility === shownWith) return;
    shownWith = visibility;
    update(state);
  });
  return () => {
    clearTimeout(clearTimer);
    unsubscribe();
    menu.destroy();
    status.remove();
  };
}
