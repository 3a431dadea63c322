// Saving a file the page made: a Blob behind an object URL, clicked through an <a download>. Works
// under the page's CSP (no inline script, no data: navigation), and never leaves the browser.
import { el } from "../ui/dom";

/** Long enough for the browser to start the download before the URL goes away. */
const REVOKE_AFTER_MS = 60_000;

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = el("a", { attrs: { href: url, download: fileName, hidden: "" } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName);
}
