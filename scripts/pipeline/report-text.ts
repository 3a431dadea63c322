// Text from the lists and citation files, made safe for the markdown report.

/** List text in a markdown report: no raw HTML, no table breaks, no runaway length. */
export function escapeText(text: string, max = 160): string {
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return short.replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\s+/g, " ");
}
