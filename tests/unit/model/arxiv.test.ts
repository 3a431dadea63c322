import { describe, expect, it } from "vitest";

import { arxivIdDate, arxivIdFromUrl, normalizeArxivId } from "../../../src/model";

describe("arxivIdFromUrl", () => {
  it.each([
    ["https://arxiv.org/abs/1706.03762", "1706.03762"],
    ["https://arxiv.org/abs/2106.09685v2", "2106.09685"],
    ["https://arxiv.org/pdf/1810.04805.pdf", "1810.04805"],
    ["https://arxiv.org/pdf/2307.02486v1.pdf", "2307.02486"],
    ["https://arxiv.org/abs/2109.01652.pdf", "2109.01652"],
    ["https://arxiv.org/abs/1907.12412v1.pdf", "1907.12412"],
    ["https://arxiv.org/pdf/2205.11916.pdf%EC%97%90%EC%84%9C", "2205.11916"],
    ["https://arxiv.org/pdf/2106.09685", "2106.09685"],
    ["http://arxiv.org/abs/1301.3781", "1301.3781"],
    ["https://www.arxiv.org/abs/2303.08774/", "2303.08774"],
    ["https://export.arxiv.org/abs/2302.13971", "2302.13971"],
    ["https://arxiv.org/ftp/arxiv/papers/1901/1901.08746.pdf", "1901.08746"],
    ["https://huggingface.co/papers/2306.07174", "2306.07174"],
    ["https://arxiv.org/abs/hep-th/9901001v3", "hep-th/9901001"],
    ["https://arxiv.org/abs/math.GT/0309136", "math.GT/0309136"],
  ])("reads %s as %s", (url, id) => {
    expect(arxivIdFromUrl(url)).toBe(id);
  });

  it.each([
    ["a page that is not a paper", "https://arxiv.org/list/cs.CL/recent"],
    ["another host", "https://openreview.net/pdf?id=BZ5a1r-kVsf"],
    ["a Hugging Face model page", "https://huggingface.co/spaces/chansung/LLaMA-7B"],
    ["a month 13", "https://arxiv.org/abs/2313.00001"],
    ["text that is not a URL", "arxiv 1706.03762"],
  ])("returns null for %s", (_why, url) => {
    expect(arxivIdFromUrl(url)).toBeNull();
  });
});

describe("normalizeArxivId", () => {
  it("strips the version and an arxiv: prefix", () => {
    expect(normalizeArxivId("arXiv:2106.09685v2")).toBe("2106.09685");
  });

  it("rejects malformed identifiers", () => {
    expect(normalizeArxivId("2106.968")).toBeNull();
  });
});

describe("arxivIdDate", () => {
  it("reads year and month from a new-style ID", () => {
    expect(arxivIdDate("1706.03762")).toEqual({ year: 2017, month: 6 });
  });

  it("reads the 1990s from an old-style ID", () => {
    expect(arxivIdDate("hep-th/9901001")).toEqual({ year: 1999, month: 1 });
  });

  it("reads the 2000s from an old-style ID", () => {
    expect(arxivIdDate("cs/0112017")).toEqual({ year: 2001, month: 12 });
  });
});
