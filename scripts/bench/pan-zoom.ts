// Frame times while panning and zooming the app's map: drags the map and turns the wheel as a user
// does (so sigma's "camera moving" optimisations apply), while the page records every animation
// frame's interval and sigma's render time.
import type { Page } from "playwright-core";

export async function panAndZoom(page: Page, steps: number): Promise<{ render: number[]; intervals: number[] }> {
  await page.evaluate(() => {
    const { renderer } = window.__readingGraph!;
    const record = { render: [] as number[], intervals: [] as number[], running: true, started: 0 };
    (window as unknown as { __frames: typeof record }).__frames = record;
    renderer.on("beforeRender", () => (record.started = performance.now()));
    renderer.on("afterRender", () => record.render.push(performance.now() - record.started));
    let last = performance.now();
    const tick = (now: number) => {
      record.intervals.push(now - last);
      last = now;
      if (record.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const box = (await page.locator("#map").boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 0; i < steps; i++)
    await page.mouse.move(cx + 200 * Math.sin((i / steps) * Math.PI * 2), cy + 120 * Math.sin((i / steps) * Math.PI));
  await page.mouse.up();
  for (let i = 0; i < steps / 2; i++) await page.mouse.wheel(0, i < steps / 4 ? -120 : 120);
  return page.evaluate(async () => {
    await new Promise((done) => setTimeout(done, 300));
    const record = (window as unknown as { __frames: { render: number[]; intervals: number[]; running: boolean } })
      .__frames;
    record.running = false;
    return { render: record.render, intervals: record.intervals.slice(1) };
  });
}
