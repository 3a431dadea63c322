// graphology-gexf's writer alone: its browser entry also sets up the parser at import, which needs
// the DOM's DOMParser (absent in Node tests) and is not used by the app.
declare module "graphology-gexf/browser/writer.js" {
  import type { Attributes, default as Graph } from "graphology-types";
  import type { GexfWriterOptions } from "graphology-gexf/common/types";

  export default function write<
    NodeAttributes extends Attributes = Attributes,
    EdgeAttributes extends Attributes = Attributes,
  >(graph: Graph<NodeAttributes, EdgeAttributes>, options?: GexfWriterOptions<NodeAttributes, EdgeAttributes>): string;
}
