import { describe, expect, it } from "vitest";

import { shownPapers } from "../../../src/export/shown";
import { computeVisibility } from "../../../src/filters/visibility";
import { state, syntheticGraph } from "../helpers-app";

const { graph, index } = syntheticGraph();

describe("the papers an export contains", () => {
  it("are the papers the filters leave on the map, oldest first, no section hub", () => {
    const visibility = computeVisibility(
      graph,
      index,
      state({ yearRange: { from: 2021, to: 2021 }, showUndated: false }),
    );
    expect(shownPapers(graph, index, visibility)).toEqual([
      "arxiv:2103.00020", // CLIP, 2021-02
      "arxiv:2106.09685", // LoRA, 2021-06
      "title:alphafold", // AlphaFold, 2021-07
      "arxiv:2112.10752", // Stable Diffusion, 2021-12
    ]);
  });

  it("are every paper when nothing is filtered, undated ones last, by title", () => {
    const papers = shownPapers(graph, index, computeVisibility(graph, index, state()));
    expect(papers).toHaveLength(index.papers.length);
    expect(papers.slice(-2)).toEqual(["title:undated-survey", "title:undated-notes"]);
  });
});
