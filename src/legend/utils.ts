import type { GraphHeader, TopSection } from "../model";

/** Top sections grouped by list, in the header's order (lists first seen first). */
export function sectionsByList(header: GraphHeader): { list: string; sections: TopSection[] }[] {
  const groups = new Map<string, TopSection[]>();
  for (const l of header.lists) groups.set(l.name, []);
  for (const s of header.topSections) {
    const group = groups.get(s.list);
    if (group) group.push(s);
    else groups.set(s.list, [s]);
  }
  return [...groups].filter(([, sections]) => sections.length).map(([list, sections]) => ({ list, sections }));
}
