// The small papers-per-year bar chart above the slider. Each bar is every paper of its year; the
// solid part of it is those listed in a section switched on in the legend, so the chart follows
// the section filter while keeping its scale. Decorative for screen readers (the slider and the
// count carry the information); each bar has a tooltip for pointer users.
import { el } from "../ui/dom";
import type { YearBin } from "./types";

export interface Histogram {
  element: HTMLElement;
  /** Marks the bars inside [from, to]. */
  highlight(from: number, to: number): void;
  /** The papers per year that the section filter keeps (same years as the bins, in order). */
  setShown(shown: readonly YearBin[]): void;
}

const papers = (n: number) => `${n} paper${n === 1 ? "" : "s"}`;

export function createHistogram(bins: YearBin[]): Histogram {
  const max = Math.max(1, ...bins.map((b) => b.count));
  const shares: HTMLElement[] = [];
  const bars = bins.map((bin) => {
    const share = el("div", { className: "share" });
    share.style.height = "100%";
    shares.push(share);
    const bar = el(
      "div",
      { className: bin.count ? "bar" : "bar empty", attrs: { title: `${bin.year}: ${papers(bin.count)}` } },
      [share],
    );
    bar.style.height = `${(bin.count / max) * 100}%`;
    return bar;
  });
  const element = el("div", { className: "histogram", attrs: { "aria-hidden": "true" } }, bars);
  return {
    element,
    highlight(from, to) {
      bins.forEach((bin, i) => bars[i]?.classList.toggle("in-range", bin.year >= from && bin.year <= to));
    },
    setShown(shown) {
      bins.forEach((bin, i) => {
        const count = Math.min(bin.count, shown[i]?.count ?? 0);
        shares[i]!.style.height = bin.count ? `${(count / bin.count) * 100}%` : "0%";
        const title =
          count === bin.count
            ? `${bin.year}: ${papers(bin.count)}`
            : `${bin.year}: ${papers(bin.count)}, ${count} in the sections shown`;
        bars[i]!.setAttribute("title", title);
      });
    },
  };
}
