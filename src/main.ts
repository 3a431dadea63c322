// The shell: load the graph file, validate it, Graph.import, create the map, mount the features,
// bind the URL. It only wires; each feature lives in its folder. Returns a cleanup that kills sigma.
import { citeExtension } from "./cite/panel";
import { mountExport } from "./export";
import { createVisibilitySelector, mountYearFilter } from "./filters";
import { createLineageKeys, mountKeyHint } from "./keyboard";
import { mountLegend } from "./legend";
import { createLineageSelectors, mountLineage } from "./lineage";
import { linkKindCensus } from "./link-kinds/utils";
import { mountListView } from "./list-view";
import { type LoadError, buildGraphIndex, importGraph, loadGraphDetails, loadGraphFile } from "./load";
import { type MapHandle, createMap } from "./map";
import { computeAppearance } from "./map/appearance";
import { bindCameraSync } from "./map/camera-sync";
import { createObstacles, watchObstacles } from "./map/obstacles";
import { assignSectionColors } from "./map/palette";
import { pageDrawMode, probeWebGL } from "./map/software-webgl";
import type { GraphHeader } from "./model";
import { mountPanel } from "./panel";
import { LOADING_DETAILS_TEXT, mountPendingPanel } from "./panel/pending";
import { mountPlayback } from "./playback";
import { readingOrderExtension } from "./reading-order/panel";
import { type Regions, mountRegions } from "./regions";
import { mountSearch } from "./search";
import { sectionTreeOf } from "./sections";
import { NARROW_QUERY, mountBottomSheet } from "./sheet";
import {
  INITIAL_STATE,
  bindUrl,
  createStore,
  parseExploreParams,
  parseUrlState,
  restoreExploreUrlState,
  restoreUrlState,
  showAppliedUrl,
} from "./state";
import "./styles.css";
import { createSuggestionsLegend, mountSuggestionsView } from "./suggestions";
import { exposeTestHooks } from "./test-hooks";
import { mountTimeline, readableTimelineRatio } from "./timeline";
import { makeFoldable } from "./ui/collapsible";
import { byId, el } from "./ui/dom";
import { showNotice } from "./ui/notice";
import "./ui/toolbar.css";

const GRAPH_URL = "./graph.json";

function showStatus(content: HTMLElement[], role: "status" | "alert" = "status"): void {
  const status = byId("status");
  status.setAttribute("role", role);
  status.replaceChildren(...content);
  status.hidden = false;
}

function showError(error: LoadError): void {
  document.body.classList.add("has-error");
  showStatus(
    [el("div", { className: "error-card" }, [el("h2", { text: error.title }), el("p", { text: error.detail })])],
    "alert",
  );
}

function describeData(header: GraphHeader): string {
  const lists = header.lists.map((l) => l.name).join(" and ");
  const asOf = header.dataAsOf ? ` · data as of ${header.dataAsOf}` : "";
  return `${header.counts.papers} papers from ${lists}${asOf}`;
}

export async function start(): Promise<() => void> {
  showStatus([
    el("div", { className: "spinner", attrs: { "aria-hidden": "true" } }),
    el("p", { text: "Loading the map…" }),
  ]);
  const loaded = await loadGraphFile(GRAPH_URL);
  // Marks for `npm run bench` (navigation → fetched → parsed → validated ("loaded") → imported →
  // indexed → map created → features mounted → first frame); they cost nothing.
  performance.mark("graph-loaded");
  if (!loaded.ok) {
    showError(loaded.error);
    return () => {};
  }
  if (!probeWebGL().available) {
    showError({
      title: "This browser cannot draw the map",
      detail:
        "The map needs WebGL, which is turned off or unavailable here. Try another browser, or enable hardware acceleration.",
    });
    return () => {};
  }
  const imported = importGraph(loaded.file);
  if (!imported.ok) {
    showError(imported.error);
    return () => {};
  }
  performance.mark("graph-imported");
  const { header } = loaded.file;
  const { graph } = imported;
  const index = buildGraphIndex(graph);
  const colors = assignSectionColors(header.topSections);
  const appearance = computeAppearance(graph, index, colors);

  const lineage = createLineageSelectors(graph);
  const tree = sectionTreeOf(graph, header.topSections);

  const fromUrl = parseUrlState(window.location.search, (key) => graph.hasNode(key), lineage.isPaper, index.years);
  const exploreFromUrl = parseExploreParams(new URLSearchParams(window.location.search), tree, fromUrl.notices);
  const store = createStore(restoreExploreUrlState(exploreFromUrl)(restoreUrlState(fromUrl.state)(INITIAL_STATE)));
  lineage.readThroughSuggestionsFrom(() => store.get().throughSuggestions);
  const suggestionsLegend = createSuggestionsLegend(index, store);
  const selectVisibility = createVisibilitySelector(graph, index, tree);
  performance.mark("graph-indexed");
  const mapElement = byId("map");
  const panelElement = byId("panel");
  const noticeRoot = byId("notices");
  const announce = (message: string) => (byId("announcer").textContent = message);
  // The boxes that float over the map: the camera frames papers clear of them, labels avoid them.
  const floating = [
    "legend",
    "filters",
    "panel",
    "key-hint",
    "lineage-bar",
    "notices",
    "map-controls",
    "export-status",
    "timeline-headers",
    "suggestions-view",
  ];
  const floatingElements = () => floating.map((id) => document.getElementById(id));
  const obstacles = createObstacles(mapElement, floatingElements);

  let map: MapHandle | undefined;
  // Mounted once the map is up; the map's labels read the regions' names through this.
  const late: { regions?: Regions } = {};
  try {
    map = createMap({
      container: mapElement,
      graph,
      index,
      appearance,
      store,
      selectVisibility,
      obstacles,
      highlight: { select: lineage.highlight, changed: lineage.highlightChanged },
      labelBlockers: () => late.regions?.nameBoxes() ?? [],
      labelNamed: (key) => late.regions?.named(key) ?? false,
      fitOptions: () =>
        store.get().view === "timeline" && map ? { noFartherThan: readableTimelineRatio(map.renderer) } : {},
      onKey: createLineageKeys({ graph, store, selectVisibility, announce, map: () => mapElement }),
    });
  } catch (error) {
    showError({
      title: "This browser cannot draw the map",
      detail: `Starting the WebGL renderer failed (${error instanceof Error ? error.message : String(error)}).`,
    });
    return () => {};
  }
  performance.mark("map-created");
  const { renderer, frames } = map;
  const regions = mountRegions({ renderer, graph, index, tree, colors, store, selectVisibility });
  late.regions = regions;
  // Sigma drew its first frame synchronously in its constructor; the next animation frame shows it.
  requestAnimationFrame(() => performance.mark("map-first-frame"));
  byId("subtitle").textContent = describeData(header);
  byId("status").hidden = true;
  mapElement.setAttribute(
    "aria-label",
    `Map of ${header.counts.papers} papers. Arrow keys pan, + and − zoom, 0 fits the map. With a paper selected, ` +
      "up and down arrows go to a paper it builds on or one built on it, left and right to the others; Shift+arrows pan.",
  );

  // Features that read only core fields, mounted with the map (src/model/compact.ts: the rule).
  let detailsLoaded = false;
  // Until the details are in, the panel names a chosen paper and says the rest is loading. Mounted
  // first, as the full panel used to be: the legend folds itself by whether the panel is open.
  const pendingPanel = loaded.details
    ? mountPendingPanel(panelElement, { graph, store, returnFocusTo: () => mapElement })
    : null;
  const cleanups = [
    regions.destroy,
    mountYearFilter(byId("filters"), { graph, index, store, selectVisibility }),
    mountPlayback(byId("filters"), { graph, index, store }),
    mountLegend(byId("legend"), {
      graph,
      header,
      tree,
      links: linkKindCensus(graph),
      store,
      colors,
      sizedBy: appearance.sizedBy,
      maxBuiltOnBy: appearance.maxBuiltOnBy,
      extra: [suggestionsLegend.element],
      layout: { map: mapElement, panel: panelElement },
    }),
    suggestionsLegend.destroy,
    bindUrl(store, window, {
      hasNode: (key) => graph.hasNode(key),
      isPaper: lineage.isPaper,
      sections: tree,
      yearSpan: index.years,
      onNotices: (notices) => notices.forEach((n) => showNotice(noticeRoot, n)),
    }),
    bindCameraSync({ renderer, store, home: map.home }),
    exposeTestHooks({
      renderer,
      graph,
      store,
      drawnLabels: map.drawnLabels,
      drawnRegions: regions.drawn,
      mapHides: map.hides,
      mapHidesEdge: map.hidesEdge,
      drawMode: pageDrawMode(),
      presentMode: frames.mode,
      framesBusy: frames.busy,
      drawNow: () => void frames.direct(() => renderer.refresh()),
      detailsLoaded: () => detailsLoaded,
    }),
    mountTimeline({
      renderer,
      graph,
      index,
      tree,
      store,
      selectVisibility,
      fitAll: map.fitAll,
      headers: {
        column: byId("timeline-headers"),
        dockBeside: () => byId("legend"),
        rightCover: () => panelElement,
        colors,
      },
      buttons: { map: byId<HTMLButtonElement>("view-map"), timeline: byId<HTMLButtonElement>("view-timeline") },
    }),
    mountKeyHint(byId("key-hint"), { graph, store, selectVisibility, map: mapElement }),
    mountBottomSheet(panelElement, store),
    makeFoldable(byId("filters"), "the year filter", NARROW_QUERY),
  ];
  performance.mark("features-mounted");
  fromUrl.notices.forEach((n) => showNotice(noticeRoot, n));
  if (fromUrl.adjusted || fromUrl.notices.length) showAppliedUrl(window, store.get(), tree);
  // Every box is in place now: frame the view the link describes, clear of them, and lay the
  // labels out again whenever one of them changes.
  map.home();
  cleanups.push(watchObstacles(floatingElements, () => renderer.scheduleRender()));

  // Features that read details (titles, summaries, evidence…), mounted once they are in the graph:
  // at once for a whole file, else streamed after the first frame (src/load/details.ts). Until
  // then a chosen paper's panel says its details are loading, and a search waits for them.
  const mountDetailFeatures = () => {
    const focused = document.activeElement;
    const lineageUi = mountLineage({
      store,
      selectors: lineage,
      selectVisibility,
      frame: map.frame,
      mapElement,
      bar: byId("lineage-bar"),
    });
    cleanups.push(
      lineageUi.destroy,
      mountPanel(panelElement, {
        graph,
        index,
        header,
        store,
        colors,
        selectVisibility,
        returnFocusTo: () => mapElement,
        extensions: [
          lineageUi.panel,
          readingOrderExtension({ store, selectors: lineage, selectVisibility }),
          citeExtension(graph),
        ],
      }),
      mountSuggestionsView(byId("suggestions-view"), {
        graph,
        index,
        store,
        lists: header.lists.length,
        selectVisibility,
      }),
      mountExport(byId("export"), {
        graph,
        index,
        header,
        appearance,
        store,
        selectVisibility,
        renderer,
        attachLabels: map.attachLabels,
        attachRegions: regions.attach,
        mapElement,
      }),
      mountListView(byId("list-view"), {
        graph,
        index,
        tree,
        store,
        selectVisibility,
        toggle: listToggle,
        announce,
      }),
    );
    listToggle.disabled = false;
    listToggle.removeAttribute("title");
    // The full panel focuses its title; keep focus where the user had it (the search box, say).
    if (focused instanceof HTMLElement && !panelElement.contains(focused) && document.activeElement !== focused)
      focused.focus({ preventScroll: true });
    detailsLoaded = true;
    // What mounts now (the lineage bar, the full panel) may have moved or narrowed the view: go
    // back to the one the state describes (the link's camera, one the user placed, or a framing).
    if (loaded.details) map.home();
  };
  const listToggle = byId<HTMLButtonElement>("list-toggle");
  let detailsReady: Promise<void> = Promise.resolve();
  if (!loaded.details) mountDetailFeatures();
  else {
    const pending = loaded.details;
    listToggle.disabled = true;
    listToggle.title = LOADING_DETAILS_TEXT;
    detailsReady = new Promise((resolve, reject) =>
      // After the first frame is on screen, so the details never delay it.
      requestAnimationFrame(() =>
        setTimeout(async () => {
          const outcome = await loadGraphDetails(graph, pending);
          if (!outcome.ok) {
            showNotice(noticeRoot, `${outcome.error.title}: ${outcome.error.detail}`);
            pendingPanel?.fail(`${outcome.error.title}.`);
            reject(new Error(outcome.error.detail));
            return;
          }
          performance.mark("details-loaded");
          pendingPanel?.destroy();
          mountDetailFeatures();
          resolve();
        }, 0),
      ),
    );
    detailsReady.catch(() => {});
  }
  cleanups.push(
    mountSearch(byId("search"), {
      graph,
      index,
      tree,
      store,
      selectVisibility,
      centre: map.centre,
      leaveTo: () => mapElement,
      detailsReady,
    }),
  );

  const controls: [string, () => void][] = [
    ["zoom-in", map.zoomIn],
    ["zoom-out", map.zoomOut],
    ["fit-all", map.fitAll],
  ];
  for (const [id, action] of controls) byId(id).addEventListener("click", action);

  return () => {
    for (const [id, action] of controls) byId(id).removeEventListener("click", action);
    cleanups.forEach((cleanup) => cleanup());
    map.destroy();
  };
}

void start();
