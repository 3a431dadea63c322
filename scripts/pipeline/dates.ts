// Which of two papers came first, as finely as the data tells: year, then month, then — for two
// new-style arXiv IDs of the same month — the ID's number, which arXiv assigns in submission order
// (RETRO, 2112.04426, came out before Gopher, 2112.11446). Name links never point at a later paper;
// a citation of a later paper is kept but flagged (`backwards`), so lineage never runs forwards.
import type { Paper } from "./types";

type Dated = Pick<Paper, "year" | "month" | "arxivId">;

const NEW_STYLE_ID = /^(\d{4})\.(\d{4,5})$/;

/** Negative when `a` came out before `b`, positive after, 0 when the data cannot tell. */
export function comparePublication(a: Dated, b: Dated): number {
  if (a.year === undefined || b.year === undefined) return 0;
  if (a.year !== b.year) return a.year - b.year;
  if (a.month === undefined || b.month === undefined) return 0;
  if (a.month !== b.month) return a.month - b.month;
  const idA = NEW_STYLE_ID.exec(a.arxivId ?? "");
  const idB = NEW_STYLE_ID.exec(b.arxivId ?? "");
  // Same month by date and by ID: the ID's sequence number orders them.
  if (!idA || !idB || idA[1] !== idB[1]) return 0;
  return Number(idA[2]) - Number(idB[2]);
}

/** `cited` came out after `citing`: a citation between them runs backwards in time. */
export function isLater(cited: Dated, citing: Dated): boolean {
  return comparePublication(cited, citing) > 0;
}
