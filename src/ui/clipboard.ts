// Copying text: the async Clipboard API where the page may use it, else the old select-and-copy on
// a hidden textarea (older browsers, http: pages, a refused permission). Says whether it worked, so
// the button can tell the user, and offer the text to copy by hand when neither way does.
import { el } from "./dom";

export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, document not focused): fall through to the old way.
  }
  const area = el("textarea", { className: "offscreen", attrs: { readonly: "", "aria-hidden": "true" } });
  area.value = text;
  const active = document.activeElement as HTMLElement | null;
  document.body.append(area);
  area.select();
  let copied: boolean;
  try {
    copied = document.execCommand("copy");
  } catch {
    copied = false;
  }
  area.remove();
  active?.focus({ preventScroll: true });
  return copied;
}

/** How long a button says "Copied" before it reads as before. */
export const COPIED_FEEDBACK_MS = 2000;

/**
 * A button that copies `text()` and says so: its label turns to "Copied ✓" for a moment and `status`
 * (a live region) reads the outcome; on failure, `onFail` can select the text for a manual copy.
 */
export function copyButton(
  label: string,
  text: () => string,
  status: HTMLElement,
  what: string,
  onFail?: () => void,
): HTMLButtonElement {
  const button = el("button", { className: "copy-button", text: label, attrs: { type: "button" } });
  let timer: ReturnType<typeof setTimeout> | undefined;
  button.addEventListener("click", async () => {
    const ok = await copyText(text());
    clearTimeout(timer);
    button.textContent = ok ? "Copied ✓" : "Copy failed";
    button.classList.toggle("copied", ok);
    status.textContent = ok
      ? `${what} copied to the clipboard.`
      : `Could not copy ${what.toLowerCase()}: select it and press Ctrl+C (⌘C).`;
    if (!ok) onFail?.();
    timer = setTimeout(() => {
      button.textContent = label;
      button.classList.remove("copied");
    }, COPIED_FEEDBACK_MS);
  });
  return button;
}
