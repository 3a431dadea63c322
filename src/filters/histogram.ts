// The small papers-per-year bar chart above the slider. Decorative for screen readers (the slider
// and the count carry the information); each bar has a tooltip for pointer users.
import { el } from "../ui/dom";
import type { YearBin } from "./types";

export interface Histogram {
  element: HTMLElement;
  /** Marks the bars inside [from, to]. */
  highlight(from: number, to: number): void;
}

export function createHistogram(bins: YearBin[]): Histogram {
  const max = Math.max(1, ...bins.map((b) => b.count));
  const bars = bins.map((bin) => {
    const bar = el("div", {
      className: bin.count ? "bar" : "bar empty",
      attrs: { title: `${bin.year}: ${bin.count} paper${bin.count === 1 ? "" : "s"}` },
    });
    bar.style.height = `${(bin.count / max) * 100}%`;
    return bar;
  });
  const element = el("div", { className: "histogram", attrs: { "aria-hidden": "true" } }, bars);
  return {
    element,
    highlight(from, to) {
      bins.forEach((bin, i) => bars[i]?.classList.toggle("in-range", bin.year >= from && bin.year <= to));
    },
  };
}
