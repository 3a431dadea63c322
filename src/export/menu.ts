// A menu button (WAI-ARIA menu pattern): Enter, Space or ArrowDown opens it on the first item,
// ArrowUp on the last; arrows, Home and End move; Enter or Space chooses; Escape or Tab closes and
// Escape returns focus to the button; a click elsewhere closes it.
import { el } from "../ui/dom";

export interface MenuItem {
  label: string;
  hint?: string;
  disabled?: boolean;
  run(): void;
}

export interface Menu {
  element: HTMLElement;
  button: HTMLButtonElement;
  /** Replaces the items (their labels say how many papers are shown). */
  setItems(groups: MenuItem[][]): void;
  close(): void;
  destroy(): void;
}

export function createMenu(label: string, id: string): Menu {
  const button = el("button", {
    className: "toolbar-button",
    text: `${label} ▾`,
    attrs: {
      type: "button",
      id: `${id}-button`,
      "aria-haspopup": "menu",
      "aria-expanded": "false",
      "aria-controls": id,
    },
  });
  const list = el("div", { className: "menu", attrs: { id, role: "menu", "aria-labelledby": `${id}-button` } });
  list.hidden = true;
  const element = el("div", { className: "menu-root" }, [button, list]);
  let items: HTMLButtonElement[] = [];

  const enabled = () => items.filter((i) => i.getAttribute("aria-disabled") !== "true");
  const open = (focus: "first" | "last") => {
    list.hidden = false;
    button.setAttribute("aria-expanded", "true");
    const choices = enabled();
    (focus === "first" ? choices[0] : choices.at(-1))?.focus();
  };
  const close = (refocus = false) => {
    if (list.hidden) return;
    list.hidden = true;
    button.setAttribute("aria-expanded", "false");
    if (refocus) button.focus();
  };

  button.addEventListener("click", () => (list.hidden ? open("first") : close()));
  button.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      open(event.key === "ArrowDown" ? "first" : "last");
    }
  });
  list.addEventListener("keydown", (event) => {
    const choices = enabled();
    const at = choices.indexOf(document.activeElement as HTMLButtonElement);
    const move = (to: number) => choices[(to + choices.length) % choices.length]?.focus();
    if (event.key === "ArrowDown") move(at + 1);
    else if (event.key === "ArrowUp") move(at - 1);
    else if (event.key === "Home") move(0);
    else if (event.key === "End") move(choices.length - 1);
    else if (event.key === "Escape") {
      // Escape closes the menu only, not the panel behind it.
      event.stopPropagation();
      close(true);
    } else if (event.key === "Tab") close();
    else return;
    if (event.key !== "Tab") event.preventDefault();
  });
  const onDocumentClick = (event: MouseEvent) => {
    if (!element.contains(event.target as Node)) close();
  };
  document.addEventListener("click", onDocumentClick);

  return {
    element,
    button,
    setItems(groups) {
      items = [];
      list.replaceChildren();
      groups.forEach((group, g) => {
        if (g > 0) list.append(el("div", { className: "menu-separator", attrs: { role: "separator" } }));
        for (const item of group) {
          const entry = el(
            "button",
            { className: "menu-item", attrs: { type: "button", role: "menuitem", tabindex: "-1" } },
            [
              el("span", { className: "menu-item-label", text: item.label }),
              item.hint ? el("span", { className: "menu-item-hint", text: item.hint }) : null,
            ],
          );
          if (item.disabled) entry.setAttribute("aria-disabled", "true");
          entry.addEventListener("click", () => {
            if (item.disabled) return;
            close(true);
            item.run();
          });
          items.push(entry);
          list.append(entry);
        }
      });
    },
    close: () => close(),
    destroy() {
      document.removeEventListener("click", onDocumentClick);
      element.remove();
    },
  };
}
