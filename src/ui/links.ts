// Only http: and https: links are made clickable; they open in a new tab without access to this
// page (noopener) and without a referrer. Anything else (javascript:, data:, relative) is text.
import { el } from "./dom";

const SAFE_PROTOCOLS = new Set(["http:", "https:"]);

/** The URL, normalised, if it is an absolute http(s) URL; otherwise null. */
export function safeHttpUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
}

/** An external link, or a plain span with the same text when the URL is not http(s). */
export function externalLink(rawUrl: string, text: string, className?: string): HTMLElement {
  const href = safeHttpUrl(rawUrl);
  if (!href)
    return el("span", { className: "unsafe-link", text, attrs: { title: "Link not shown: not an http(s) URL" } });
  return el("a", {
    className,
    text,
    attrs: { href, target: "_blank", rel: "noopener noreferrer" },
  });
}
