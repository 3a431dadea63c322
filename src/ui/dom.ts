// Building DOM from data: every string becomes a text node (never HTML), attributes are set one by
// one, and links go through ./links.ts. This is the only way list data reaches the page.
export type Child = Node | string | null | undefined | false;

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) can make a title
 * read backwards. The build strips them from list text; text reaching the page loses them too, in
 * case a graph file was written by something else.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function plainText(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}

export interface ElementOptions {
  className?: string;
  text?: string;
  attrs?: Record<string, string>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.attrs)
    for (const [name, value] of Object.entries(options.attrs)) {
      // Event-handler attributes would run code; nothing here should ever set one.
      if (/^on/i.test(name)) throw new Error(`dom: refusing to set the event attribute "${name}"`);
      node.setAttribute(name, value);
    }
  if (options.text !== undefined) node.textContent = plainText(options.text);
  append(node, children);
  return node;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(plainText(child)) : child);
  }
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`The page is missing #${id}; index.html and the app are out of step.`);
  return node as T;
}
