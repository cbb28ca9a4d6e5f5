import { describe, expect, it } from "vitest";
import { adminFetch, useEmulator } from "../support/emulator";

const emu = useEmulator();

describe("id-cursor pagination", () => {
  it("walks 2,500 seeded users with limit 1000 in exactly 3 requests", async () => {
    const seeded = await emu.control.seedUsers(2500);
    expect(seeded).toHaveLength(2500);
    await emu.control.resetRequests();

    const seen: string[] = [];
    let afterId: string | undefined;
    for (;;) {
      const page = await adminFetch(emu, "GET", `/v1/organizations/users?limit=1000${afterId ? `&after_id=${afterId}` : ""}`);
      expect(page.status).toBe(200);
      seen.push(...page.body.data.map((u: { id: string }) => u.id));
      expect(page.body.first_id).toBe(page.body.data[0].id);
      expect(page.body.last_id).toBe(page.body.data.at(-1).id);
      if (!page.body.has_more) break;
      afterId = page.body.last_id;
    }
    const report = await emu.control.requests();
    expect(report.byRoute["GET /v1/organizations/users"]).toBe(3);
    expect(report.total).toBe(3);
    // 2,500 seeded users plus the organization's admin, each once, in creation order.
    expect(seen).toHaveLength(2501);
    expect(new Set(seen).size).toBe(2501);
    expect(seen.slice(1)).toEqual(seeded.map((u) => u.id));
  });

  it("pages backwards with before_id and defaults to 20 items", async () => {
    await emu.control.seedUsers(45);
    const first = await adminFetch(emu, "GET", "/v1/organizations/users");
    expect(first.body.data).toHaveLength(20);
    expect(first.body.has_more).toBe(true);
    const second = await adminFetch(emu, "GET", `/v1/organizations/users?after_id=${first.body.last_id}`);
    const back = await adminFetch(emu, "GET", `/v1/organizations/users?before_id=${second.body.first_id}&limit=5`);
    expect(back.body.data.map((u: { id: string }) => u.id)).toEqual(first.body.data.slice(15).map((u: { id: string }) => u.id));
    expect(back.body.has_more).toBe(true);
  });

  it("resumes after a cursor whose object was deleted in between", async () => {
    const users = await emu.control.seedUsers(6);
    await emu.control.remove(users[2].id);
    const page = await adminFetch(emu, "GET", `/v1/organizations/users?after_id=${users[2].id}`);
    expect(page.body.data.map((u: { id: string }) => u.id)).toEqual(users.slice(3).map((u) => u.id));
    expect(page.body.has_more).toBe(false);
  });

  it("answers an empty page with null cursors", async () => {
    const page = await adminFetch(emu, "GET", "/v1/organizations/invites");
    expect(page.body).toEqual({ data: [], has_more: false, first_id: null, last_id: null });
  });

  it("rejects before_id together with after_id", async () => {
    const page = await adminFetch(emu, "GET", "/v1/organizations/users?before_id=user_a&after_id=user_b");
    expect(page.status).toBe(400);
    expect(page.body.error.message).toMatch(/both/);
  });
});

describe("page-token pagination", () => {
  it("returns every rate-limit entry in one page without limit, and follows next_page with one", async () => {
    const all = await adminFetch(emu, "GET", "/v1/organizations/rate_limits");
    expect(all.body.next_page).toBeNull();
    expect(all.body.data.length).toBeGreaterThan(3);

    const ids: string[] = [];
    let page: string | null = null;
    do {
      const query: string = page ? `limit=3&page=${page}` : "limit=3";
      const response = await adminFetch(emu, "GET", `/v1/organizations/rate_limits?${query}`);
      expect(response.body.data.length).toBeLessThanOrEqual(3);
      ids.push(...response.body.data.map((e: { id: string }) => e.id));
      page = response.body.next_page;
    } while (page);
    expect(ids).toEqual(all.body.data.map((e: { id: string }) => e.id));
  });

  it("rejects a page token it never issued", async () => {
    const response = await adminFetch(emu, "GET", "/v1/organizations/rate_limits?page=bogus");
    expect(response.status).toBe(400);
    expect(response.body.error.type).toBe("invalid_request_error");
  });
});
