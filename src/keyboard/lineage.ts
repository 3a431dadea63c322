// Moving along lineage with the arrow keys, as pure functions. With a paper selected: ↑ goes to a
// paper it builds on (an earlier one), ↓ to a paper that builds on it, and ←/→ to the previous or
// next of the papers the last ↑/↓ chose from (with no such step, through all its lineage
// neighbours). Only links and papers the filters show count. Neighbours are in the panel's order:
// oldest first, undated last, then by name.
import type { Visibility } from "../filters";
import type { PaperGraph } from "../load";
import { followsLineage, isPaper } from "../model";
import type { AppState, LineageDirection, LineageStep } from "../state";

export interface Neighbours {
  buildsOn: string[];
  builtOnBy: string[];
}

function nameOf(graph: PaperGraph, key: string): string {
  const a = graph.getNodeAttributes(key);
  return isPaper(a) ? (a.shortName ?? a.label) : a.label;
}

function byYearThenName(graph: PaperGraph) {
  return (a: string, b: string) => {
    const ya =
      graph.getNodeAttribute(a, "kind") === "paper"
        ? (graph.getNodeAttributes(a) as { year?: number }).year
        : undefined;
    const yb =
      graph.getNodeAttribute(b, "kind") === "paper"
        ? (graph.getNodeAttributes(b) as { year?: number }).year
        : undefined;
    return (ya ?? Infinity) - (yb ?? Infinity) || nameOf(graph, a).localeCompare(nameOf(graph, b)) || (a < b ? -1 : 1);
  };
}

/** The paper's lineage neighbours on the map now (link and paper both shown). */
export function shownNeighbours(graph: PaperGraph, paper: string, visibility: Visibility): Neighbours {
  const buildsOn = new Set<string>();
  const builtOnBy = new Set<string>();
  graph.forEachEdge(paper, (edge, attrs, source, target) => {
    if (!followsLineage(attrs) || source === target || visibility.hiddenEdges?.has(edge)) return;
    const other = source === paper ? target : source;
    if (visibility.hidden.has(other)) return;
    (source === paper ? buildsOn : builtOnBy).add(other);
  });
  const order = byYearThenName(graph);
  return { buildsOn: [...buildsOn].sort(order), builtOnBy: [...builtOnBy].sort(order) };
}

export function ringOf(neighbours: Neighbours, direction: LineageDirection): string[] {
  if (direction === "buildsOn") return neighbours.buildsOn;
  if (direction === "builtOnBy") return neighbours.builtOnBy;
  return [...neighbours.buildsOn, ...neighbours.builtOnBy.filter((n) => !neighbours.buildsOn.includes(n))];
}

export type LineageKey = "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight";

export type StepResult =
  { kind: "move"; node: string; step: LineageStep; position: number; of: number } | { kind: "none"; message: string };

/** What an arrow key does from the current state; null when it is not a lineage move (pan instead). */
export function lineageMove(
  graph: PaperGraph,
  state: AppState,
  visibility: Visibility,
  key: LineageKey,
): StepResult | null {
  const selected = state.selected;
  if (selected === null || !graph.hasNode(selected) || graph.getNodeAttribute(selected, "kind") !== "paper")
    return null;
  const name = nameOf(graph, selected);
  if (key === "ArrowUp" || key === "ArrowDown") {
    const direction: LineageDirection = key === "ArrowUp" ? "buildsOn" : "builtOnBy";
    const ring = ringOf(shownNeighbours(graph, selected, visibility), direction);
    const first = ring[0];
    if (first === undefined)
      return {
        kind: "none",
        message:
          direction === "buildsOn"
            ? `${name} builds on no paper shown on the map.`
            : `No paper shown on the map builds on ${name}.`,
      };
    return { kind: "move", node: first, step: { origin: selected, direction }, position: 1, of: ring.length };
  }
  const step = state.lineageStep;
  const delta = key === "ArrowRight" ? 1 : -1;
  if (step && graph.hasNode(step.origin)) {
    const ring = ringOf(shownNeighbours(graph, step.origin, visibility), step.direction);
    const at = ring.indexOf(selected);
    if (at !== -1) {
      if (ring.length === 1) return { kind: "none", message: `${name} is the only one; ↑ and ↓ go further.` };
      const i = (at + delta + ring.length) % ring.length;
      return { kind: "move", node: ring[i]!, step, position: i + 1, of: ring.length };
    }
  }
  const ring = ringOf(shownNeighbours(graph, selected, visibility), "all");
  if (!ring.length) return { kind: "none", message: `${name} has no lineage link shown on the map.` };
  const i = delta > 0 ? 0 : ring.length - 1;
  return {
    kind: "move",
    node: ring[i]!,
    step: { origin: selected, direction: "all" },
    position: i + 1,
    of: ring.length,
  };
}

/** The verb agrees with its subject: "the only paper that builds on", "2 of 3 papers that build on". */
const RELATION: Record<LineageDirection, (origin: string, one: boolean) => string> = {
  buildsOn: (origin) => `that ${origin} builds on`,
  builtOnBy: (origin, one) => `that ${one ? "builds" : "build"} on ${origin}`,
  all: (origin) => `linked to ${origin}`,
};

/** What the live region says after a move, e.g. "GPT-3, 2020: 1 of 1 papers that GPT-4 builds on. …". */
export function describeMove(
  graph: PaperGraph,
  result: Extract<StepResult, { kind: "move" }>,
  visibility: Visibility,
): string {
  const a = graph.getNodeAttributes(result.node);
  const year = isPaper(a) && a.year !== undefined ? `, ${a.year}` : "";
  const around = shownNeighbours(graph, result.node, visibility);
  return (
    `${nameOf(graph, result.node)}${year}: ` +
    `${result.of === 1 ? "the only paper" : `${result.position} of ${result.of} papers`} ` +
    `${RELATION[result.step.direction](nameOf(graph, result.step.origin), result.of === 1)}. ` +
    `It builds on ${around.buildsOn.length} and is built on by ${around.builtOnBy.length}.`
  );
}
