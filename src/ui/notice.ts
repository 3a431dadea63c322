// Dismissible notices for things the user should know but that do not stop the map (e.g. a link
// that named a paper not on this map).
import { el } from "./dom";

export function showNotice(root: HTMLElement, message: string): void {
  const close = el("button", {
    className: "icon-button",
    text: "×",
    attrs: { type: "button", "aria-label": "Dismiss" },
  });
  const notice = el("div", { className: "notice", attrs: { role: "status" } }, [el("p", { text: message }), close]);
  close.addEventListener("click", () => notice.remove());
  root.append(notice);
}
