import { describe, expect, it } from "vitest";
import { ResponseValidationError } from "../../provider/client/errors";
import { collect, paginateByCursor, paginateById } from "../../provider/client/pagination";

describe("id-cursor pagination", () => {
  it("follows last_id as after_id until has_more is false", async () => {
    const cursors: Array<string | undefined> = [];
    const pages = [
      { data: [1, 2], has_more: true, last_id: "b" },
      { data: [3, 4], has_more: true, last_id: "d" },
      { data: [5], has_more: false, last_id: "e" },
    ];
    const items = await collect(
      paginateById("listThings", async (afterId) => {
        cursors.push(afterId);
        return pages[cursors.length - 1]!;
      }),
    );
    expect(items).toEqual([1, 2, 3, 4, 5]);
    expect(cursors).toEqual([undefined, "b", "d"]);
  });

  it("fetches nothing until iterated, and no further than consumed", async () => {
    let fetches = 0;
    const iterable = paginateById("listThings", async () => {
      fetches++;
      return { data: [fetches], has_more: true, last_id: `id${fetches}` };
    });
    expect(fetches).toBe(0);
    for await (const item of iterable) {
      if (item === 2) break;
    }
    expect(fetches).toBe(2);
  });

  it("fails instead of silently truncating when has_more comes without last_id", async () => {
    const iterable = paginateById("listUsers", async () => ({ data: [1], has_more: true, last_id: null }));
    await expect(collect(iterable)).rejects.toThrowError(ResponseValidationError);
    await expect(collect(iterable)).rejects.toThrowError("listUsers failed: the server's pagination reported has_more without a last_id");
  });

  it("fails instead of looping when the cursor does not advance", async () => {
    const iterable = paginateById("listUsers", async () => ({ data: [1], has_more: true, last_id: "same" }));
    await expect(collect(iterable)).rejects.toThrowError(/returned the same last_id same twice/);
  });
});

describe("page-cursor pagination", () => {
  it("follows next_page until it is null", async () => {
    const cursors: Array<string | undefined> = [];
    const items = await collect(
      paginateByCursor("listUsage", async (page) => {
        cursors.push(page);
        return page === undefined ? { data: ["a"], next_page: "p2" } : { data: ["b"], next_page: null };
      }),
    );
    expect(items).toEqual(["a", "b"]);
    expect(cursors).toEqual([undefined, "p2"]);
  });

  it("stops when has_more is false even if a cursor is present", async () => {
    let calls = 0;
    const items = await collect(
      paginateByCursor("listCost", async () => {
        calls++;
        return { data: [calls], next_page: "again", has_more: false };
      }),
    );
    expect(items).toEqual([1]);
    expect(calls).toBe(1);
  });

  it("fails on a cursor cycle", async () => {
    const iterable = paginateByCursor("listCost", async (page) => ({ data: [page], next_page: page === "x" ? "y" : "x" }));
    await expect(collect(iterable)).rejects.toThrowError(/already returned/);
  });
});

describe("list results", () => {
  it("can be iterated twice, each time from the first page", async () => {
    let fetches = 0;
    const iterable = paginateById("listThings", async (afterId) => {
      fetches++;
      return afterId ? { data: [2], has_more: false, last_id: "b" } : { data: [1], has_more: true, last_id: "a" };
    });
    expect(await collect(iterable)).toEqual([1, 2]);
    expect(await collect(iterable)).toEqual([1, 2]);
    expect(fetches).toBe(4);
  });
});
