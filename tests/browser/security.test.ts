// Text is text: list data carrying <script>, <img onerror>, javascript: links and HTML entities is
// shown literally and never runs. One graph comes from a markdown list through the real build CLI
// (tests/fixtures/xss-list.md); a second, hand-written one puts the raw payloads straight into the
// file (which the build would never write) to test the app's own defences.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { buildGraphFile } from "../fixtures/synthetic-graph";
import { type AppPage, openApp, openBrowser } from "./helpers";
import { GRAPHS_DIR } from "./paths";

const EVIL = `<img src=x onerror="window.__xss='raw'"><script>window.__xss='raw-script'</script>`;

/** A graph with raw HTML in every string field and unsafe URLs in the links. SYNTHETIC. */
function rawPayloadGraph() {
  return buildGraphFile({
    lists: [{ name: `evil<script>window.__xss='list'</script>`, file: "evil.md" }],
    sections: [
      {
        key: "s",
        list: `evil<script>window.__xss='list'</script>`,
        path: [`Section ${EVIL}`],
        description: `Intro ${EVIL}`,
      },
    ],
    papers: [
      {
        id: "1706.03762",
        title: `Title ${EVIL} &amp; &lt;b&gt;`,
        shortName: `Short ${EVIL}`,
        year: 2017,
        authors: [`Author ${EVIL}`],
        sections: ["s"],
        summary: `Summary ${EVIL}`,
        links: [
          { label: `js ${EVIL}`, url: "javascript:window.__xss='js-link'" },
          { label: "data", url: "data:text/html,<script>window.__xss='data'</script>" },
          { label: "vbscript", url: "vbscript:msgbox(1)" },
          { label: "relative", url: "/graph.json" },
          { label: "fine", url: "https://example.org/paper" },
        ],
      },
      { id: "1810.04805", title: "BERT", year: 2018, sections: ["s"], summary: "ok" },
    ],
    lineage: [{ from: "1810.04805", to: "1706.03762", kind: "mentions", text: `evidence ${EVIL}` }],
  });
}

let browser: Browser;
beforeAll(async () => {
  const built = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      resolve("scripts/build-graph.ts"),
      "--input",
      resolve("tests/fixtures/xss-list.md"),
      "--out",
      join(GRAPHS_DIR, "xss.json"),
      "--report",
      join(GRAPHS_DIR, "xss-report.md"),
      "--quiet",
    ],
    { encoding: "utf8" },
  );
  if (built.status !== 0) throw new Error(`building the XSS list failed:\n${built.stderr}`);
  writeFileSync(join(GRAPHS_DIR, "xss-raw.json"), JSON.stringify(rawPayloadGraph()));
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens every node in the panel and hovers it, so every string reaches the page once. */
async function visitEveryNode(
  page: Page,
): Promise<{ key: string; title: string; panel: string; summaries: string[] }[]> {
  const keys = await page.evaluate(() => window.__readingGraph!.graph.nodes());
  const seen = [];
  for (const key of keys) {
    await page.evaluate((k) => {
      const { store } = window.__readingGraph!;
      store.dispatch((s) => ({ ...s, selected: k, hovered: k }));
    }, key);
    await expect.poll(() => page.locator("#panel").isVisible()).toBe(true);
    seen.push(
      await page.evaluate((k) => {
        const attrs = window.__readingGraph!.graph.getNodeAttributes(k);
        return {
          key: k,
          title: attrs.kind === "paper" ? attrs.title : attrs.label,
          panel: document.getElementById("panel")!.textContent ?? "",
          summaries: attrs.kind === "paper" ? attrs.summaries.map((s) => s.text) : [],
          heading: document.querySelector("#panel h2")!.textContent,
        };
      }, key),
    );
    expect(seen[seen.length - 1]!.title).toBe(await page.locator("#panel h2").textContent());
  }
  return seen;
}

/** Everything that would show that markup became DOM or ran. */
async function injected(page: Page) {
  return page.evaluate(() => {
    const handlers: string[] = [];
    for (const el of document.querySelectorAll("*"))
      for (const attr of el.attributes) if (/^on/i.test(attr.name)) handlers.push(`${el.tagName} ${attr.name}`);
    return {
      xss: (window as unknown as { __xss?: string }).__xss ?? null,
      elements: document.querySelectorAll("img, iframe, svg, object, embed, b, script:not([type=module])").length,
      scripts: [...document.scripts].map((s) => s.src.replace(location.origin, "")),
      handlers,
      unsafeHrefs: [...document.querySelectorAll("a")]
        .map((a) => a.getAttribute("href") ?? "")
        .filter((href) => !/^https?:\/\//.test(href)),
      badRel: [...document.querySelectorAll("a")].filter(
        (a) => a.rel !== "noopener noreferrer" || a.target !== "_blank",
      ).length,
    };
  });
}

describe("list data in the page", () => {
  for (const graph of ["xss", "xss-raw"]) {
    describe(graph === "xss" ? "from a markdown list built by the build CLI" : "from raw payloads in the file", () => {
      let app: AppPage;
      const dialogs: string[] = [];
      beforeAll(async () => {
        app = await openApp(browser, { graph });
        app.page.on("dialog", (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
      });
      afterAll(async () => {
        await app.page.close();
      });

      it("runs nothing and creates no elements from it", async () => {
        const { page } = app;
        await visitEveryNode(page);
        // Click every link-looking thing the panel shows for the paper with unsafe links.
        for (const span of await page.locator("#panel .unsafe-link").all()) await span.click();
        const found = await injected(page);
        expect(found.xss).toBeNull();
        expect(found.elements).toBe(0);
        expect(found.handlers).toEqual([]);
        expect(found.unsafeHrefs).toEqual([]);
        expect(found.badRel).toBe(0);
        expect(found.scripts).toHaveLength(1);
        expect(dialogs).toEqual([]);
        expect(app.problems).toEqual([]);
      });

      it("shows titles and summaries literally, markup and entities included", async () => {
        const { page } = app;
        const seen = await visitEveryNode(page);
        for (const node of seen) {
          expect(node.panel).toContain(node.title);
          for (const summary of node.summaries) expect(node.panel).toContain(summary);
        }
        const all = seen.map((n) => n.panel).join("\n");
        if (graph === "xss") {
          // The entities decode to characters that must stay characters.
          expect(all).toContain("<script>window.__xss='entity'</script>");
          expect(all).toContain(`<img src=x onerror="window.__xss='numeric'">`);
          expect(all).toContain("Evil & section <b>bold</b>");
        } else {
          expect(all).toContain(EVIL);
          expect(all).toContain("&amp; &lt;b&gt;");
        }
      });
    });
  }

  it("is protected by a Content-Security-Policy that allows no inline script", async () => {
    const { page } = await openApp(browser);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    const scriptSrc = /script-src ([^;]*)/.exec(csp ?? "")?.[1] ?? "";
    expect(scriptSrc.trim()).toBe("'self'");
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/connect-src 'self'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    // The policy is live: an inline script added now is refused.
    const ran = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__inline = true";
      document.body.append(script);
      return (window as unknown as { __inline?: boolean }).__inline ?? false;
    });
    expect(ran).toBe(false);
    await page.close();
  });
});
