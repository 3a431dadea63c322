// Type declarations for the parts of citation-js the project uses (the packages ship none).
declare module "@citation-js/core" {
  export interface CslData {
    id?: string | number;
    type?: string;
    title?: string;
    [field: string]: unknown;
  }

  export interface FormatOptions {
    format?: "text" | "html" | "string" | "object";
    template?: string;
    lang?: string;
    [option: string]: unknown;
  }

  export class Cite {
    constructor(data?: unknown, options?: Record<string, unknown>);
    static async(data: unknown, options?: Record<string, unknown>): Promise<Cite>;
    data: CslData[];
    format(name: string, options?: FormatOptions): string;
  }

  export interface CslRegister {
    add(name: string, xml: string): void;
    has(name: string): boolean;
    list(): string[];
  }

  export const plugins: {
    input: {
      chain(data: unknown, options?: { target?: string; generateGraph?: boolean; forceType?: string }): unknown;
    };
    config: {
      /** `@csl` has `styles` (CSL templates by name: apa, vancouver, harvard1) and `locales`. */
      get(plugin: string): Record<string, unknown> & {
        styles?: CslRegister;
        locales?: CslRegister;
      };
    };
  };
}

declare module "@citation-js/name" {
  /** Splits a personal name into CSL parts (given, family, particles, suffix). */
  export function parse(name: string): Record<string, string>;
}

declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-ris";
