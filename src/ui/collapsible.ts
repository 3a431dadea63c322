// A floating box that folds to its first line on a narrow screen (the year filter keeps its title
// and count), with a button to unfold it. On wide screens the button is hidden and the box open.
import { el } from "./dom";

export function makeFoldable(box: HTMLElement, label: string, query: string): () => void {
  const button = el("button", {
    className: "fold-button icon-button",
    text: "▴",
    attrs: { type: "button", "aria-expanded": "true", "aria-label": `Show or hide ${label}` },
  });
  const apply = (folded: boolean) => {
    box.classList.toggle("folded", folded);
    button.setAttribute("aria-expanded", String(!folded));
    button.textContent = folded ? "▾" : "▴";
  };
  button.addEventListener("click", () => apply(!box.classList.contains("folded")));
  box.prepend(button);
  apply(matchMedia(query).matches);
  return () => button.remove();
}
