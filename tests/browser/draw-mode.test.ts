// Plain and instanced drawing (src/map/software-webgl.ts, src/map/filter-programs.ts): this
// machine's software WebGL makes the app draw plain, and the two modes draw the same picture —
// every WebGL layer of the real map compared block by block, whole, filtered and zoomed in (the
// GPU-filter checks run at 5,000 papers too). Each picture must have ink, so an empty canvas cannot
// pass.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openApp, openBrowser } from "./helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The picture is compared in squares of this many pixels (sums of each channel). */
const BLOCK = 16;
/** Share of blocks allowed to differ at all, and by how much a channel's sum may. */
const MAX_DIFFERENT_BLOCKS = 0.002;

interface Picture {
  mode: string;
  layers: Record<string, number[]>;
  inked: number;
}

/**
 * Puts the camera at the same place, redraws, and reads each WebGL layer in the same task as the
 * draw (the drawing buffer is not kept once shown), summed by BLOCK × BLOCK squares.
 */
async function picture(page: Page, camera: { x: number; y: number; ratio: number }): Promise<Picture> {
  return page.evaluate(
    ([state, block]) => {
      const { renderer, drawMode, drawNow } = window.__readingGraph!;
      renderer.getCamera().setState({ ...state, angle: 0 });
      drawNow();
      const layers: Record<string, number[]> = {};
      let inked = 0;
      for (const [name, canvas] of Object.entries(renderer.getCanvases())) {
        // A 2D layer (labels, hovers) answers null here: only WebGL layers are read.
        const gl = (canvas.getContext("webgl2") ?? canvas.getContext("webgl")) as WebGLRenderingContext | null;
        if (!gl) continue;
        const { width, height } = canvas;
        const pixels = new Uint8Array(width * height * 4);
        gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
        const columns = Math.ceil(width / block);
        const sums = new Array<number>(columns * Math.ceil(height / block) * 4).fill(0);
        for (let y = 0; y < height; y++)
          for (let x = 0; x < width; x++) {
            const at = (y * width + x) * 4;
            const to = (Math.floor(y / block) * columns + Math.floor(x / block)) * 4;
            for (let c = 0; c < 4; c++) sums[to + c]! += pixels[at + c]!;
            if (pixels[at + 3]! > 0) inked++;
          }
        layers[name] = sums;
      }
      return { mode: drawMode, layers, inked };
    },
    [camera, BLOCK] as const,
  );
}

function differentBlocks(a: number[], b: number[]): number {
  let different = 0;
  for (let i = 0; i < a.length; i += 4) if ([0, 1, 2, 3].some((c) => a[i + c] !== b[i + c])) different++;
  return different / (a.length / 4);
}

async function filterFrom(page: Page, year: number): Promise<void> {
  const field = page.getByRole("textbox", { name: "From year" });
  await field.fill(String(year));
  await field.press("Enter");
}

describe("the draw mode", () => {
  it("is plain on this machine's software WebGL and instanced with ?draw=instanced; both draw the same picture, whole, filtered and zoomed in", async () => {
    const pages = [await openApp(browser), await openApp(browser, { search: "?draw=instanced" })];
    // The real lists are small: their frames go straight to the canvases (src/map/present.ts).
    for (const { page } of pages) expect(await page.evaluate(() => window.__readingGraph!.presentMode)).toBe("direct");
    for (const step of ["whole", "filtered", "zoomed"] as const) {
      if (step === "filtered") for (const { page } of pages) await filterFrom(page, 2019);
      const camera = step === "zoomed" ? { x: 0.45, y: 0.55, ratio: 0.25 } : { x: 0.5, y: 0.5, ratio: 1 };
      const [plain, instanced] = [await picture(pages[0]!.page, camera), await picture(pages[1]!.page, camera)];
      expect([plain.mode, instanced.mode]).toEqual(["plain", "instanced"]);
      expect(plain.inked, step).toBeGreaterThan(1000);
      expect(Object.keys(plain.layers).sort()).toEqual(Object.keys(instanced.layers).sort());
      for (const layer of Object.keys(plain.layers))
        expect(
          differentBlocks(plain.layers[layer]!, instanced.layers[layer]!),
          `${step}: ${layer}`,
        ).toBeLessThanOrEqual(MAX_DIFFERENT_BLOCKS);
      expect(Math.abs(plain.inked - instanced.inked) / instanced.inked, step).toBeLessThan(0.001);
    }
    for (const app of pages) {
      expect(app.problems).toEqual([]);
      await app.page.close();
    }
  });
});
