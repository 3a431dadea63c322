// The lineage part of a link: `lineage=KEY` shows a paper's lineage, `pathfrom=KEY&pathto=KEY` a
// path between two papers. Parsed and validated with the rest of the link (../state/url.ts); what
// cannot be shown is dropped with a notice.
import type { AppState } from "../state/types";
import type { LineageUrlState } from "./actions";

export const LINEAGE_URL_PARAMS = { lineage: "lineage", pathFrom: "pathfrom", pathTo: "pathto" } as const;

/** Only the keys the link sets, so a link without lineage reads exactly as before. */
export function parseLineageParams(
  params: URLSearchParams,
  isPaper: (key: string) => boolean,
  notices: string[],
): Partial<LineageUrlState> {
  const out: Partial<LineageUrlState> = {};
  const lineage = params.get(LINEAGE_URL_PARAMS.lineage);
  if (lineage) {
    if (isPaper(lineage)) out.lineage = lineage;
    else notices.push(`The link asks for the lineage of "${lineage}", which is not a paper on this map.`);
  }
  const from = params.get(LINEAGE_URL_PARAMS.pathFrom);
  const to = params.get(LINEAGE_URL_PARAMS.pathTo);
  if (from || to) {
    const unknown = [from, to].filter((key): key is string => !!key && !isPaper(key));
    if (!from || !to)
      notices.push("The link's path names only one paper (it needs pathfrom and pathto); no path is shown.");
    else if (unknown.length)
      notices.push(
        `The link's path names ${unknown.map((k) => `"${k}"`).join(" and ")}, not a paper on this map; no path is shown.`,
      );
    else if (from === to) notices.push("The link's path starts and ends at the same paper; no path is shown.");
    else out.path = { from, to };
  }
  if (out.lineage && out.path) {
    notices.push("The link asks for a lineage and a path at once; the path is shown.");
    delete out.lineage;
  }
  return out;
}

export function serializeLineageParams(state: Partial<LineageUrlState>, encode: (value: string) => string): string[] {
  const parts: string[] = [];
  if (state.lineage) parts.push(`${LINEAGE_URL_PARAMS.lineage}=${encode(state.lineage)}`);
  if (state.path)
    parts.push(
      `${LINEAGE_URL_PARAMS.pathFrom}=${encode(state.path.from)}`,
      `${LINEAGE_URL_PARAMS.pathTo}=${encode(state.path.to)}`,
    );
  return parts;
}

export function lineageUrlChanged(a: AppState, b: AppState): boolean {
  return a.lineage !== b.lineage || a.path?.from !== b.path?.from || a.path?.to !== b.path?.to;
}
