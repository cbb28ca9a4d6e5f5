import { beforeAll, beforeEach, describe, expect, test } from "vitest";
import type * as pulumi from "@pulumi/pulumi";
import { sdkFor } from "../conformance/sdk";
import { useEmulator } from "../support/emulator";
import { configuredProvider, newDeployment, requestsByRoute } from "../support/provider";

const emulator = useEmulator();
let provider: Required<pulumi.dynamic.ResourceProvider>;
beforeAll(async () => {
  provider = await configuredProvider("WebhookEndpoint", emulator);
});
beforeEach(async () => {
  newDeployment();
  await emulator.control.resetRequests();
});

const BASE = "/v1/organizations/webhooks";
const opened = "user_profile.enforcement_action_opened";
const resolved = "user_profile.enforcement_action_resolved";
const inputs = { name: "alerts", url: "https://example.com/hooks", events: [opened, resolved] };
const webhooks = () => sdkFor(emulator).beta.organization.webhooks;

async function created(extra: Record<string, unknown> = {}) {
  const result = await provider.create({ ...inputs, ...extra });
  await emulator.control.resetRequests();
  return result;
}

describe("WebhookEndpoint", () => {
  test("create is one request and returns the signing secret; read is one request and carries it over", async () => {
    const { id, outs } = await provider.create(inputs);
    expect(outs.signingSecret).toMatch(/^whsec_/);
    expect(outs).toMatchObject({ ...inputs, enabled: true, description: "", disabledReason: "" });
    expect(await requestsByRoute(emulator)).toEqual({ [`POST ${BASE}`]: 1 });

    await emulator.control.resetRequests();
    const read = await provider.read(id, outs);
    expect(read.props.signingSecret).toBe(outs.signingSecret);
    // Only what the program set comes back as inputs.
    expect(read.inputs).toEqual(inputs);
    expect(await requestsByRoute(emulator)).toEqual({ [`GET ${BASE}/{id}`]: 1 });
  });

  test("a no-change preview costs nothing; reordered events are no change", async () => {
    const { id, outs } = await created();
    const diff = await provider.diff(id, outs, { ...inputs, events: [resolved, opened] });
    expect(diff.changes).toBe(false);
    expect(await requestsByRoute(emulator)).toEqual({});
  });

  test("url, events, name, description and enabled update in place in one request, keeping the secret", async () => {
    const { id, outs } = await created();
    const news = { ...inputs, url: "https://example.com/v2", events: ["external_key.failed"], description: "pager", enabled: false };
    const diff = await provider.diff(id, outs, news);
    expect(diff).toMatchObject({ changes: true, replaces: [] });
    const { outs: after } = await provider.update(id, outs, news);
    expect(after).toMatchObject({ ...news, signingSecret: outs.signingSecret });
    expect(await requestsByRoute(emulator)).toEqual({ [`POST ${BASE}/{id}`]: 1 });
    expect(await webhooks().retrieve(id)).toMatchObject({ url: "https://example.com/v2", state: "disabled", description: "pager" });
  });

  test("a keepers change regenerates the secret in place (no replace), in one request", async () => {
    const { id, outs } = await created({ keepers: { rotation: "2026-Q3" } });
    const news = { ...inputs, keepers: { rotation: "2026-Q4" } };
    expect(await provider.diff(id, outs, news)).toMatchObject({ changes: true, replaces: [] });
    const { outs: after } = await provider.update(id, outs, news);
    expect(after.signingSecret).toMatch(/^whsec_/);
    expect(after.signingSecret).not.toBe(outs.signingSecret);
    expect(after.keepers).toEqual({ rotation: "2026-Q4" });
    expect(await requestsByRoute(emulator)).toEqual({ [`POST ${BASE}/{id}/regenerate_signing_secret`]: 1 });
    // The endpoint is the same one.
    expect((await webhooks().retrieve(id)).url).toBe(inputs.url);
  });

  test("enabled: false at create takes a second request; the endpoint starts disabled", async () => {
    const { id, outs } = await provider.create({ ...inputs, enabled: false });
    expect(outs.enabled).toBe(false);
    expect(await requestsByRoute(emulator)).toEqual({ [`POST ${BASE}`]: 1, [`POST ${BASE}/{id}`]: 1 });
    expect((await webhooks().retrieve(id)).state).toBe("disabled");
  });

  test("a failed disable after create deletes the endpoint again (nothing left delivering)", async () => {
    await emulator.control.fault({ route: `POST ${BASE}/{id}`, kind: "status", status: 400, times: 1 });
    await expect(provider.create({ ...inputs, enabled: false })).rejects.toThrow(/updateWebhook/);
    expect((await webhooks().list()).data).toEqual([]);
  });

  test("drift made outside Pulumi shows on refresh and the next update puts it back", async () => {
    const { id, outs } = await created({ enabled: true });
    await webhooks().update(id, { url: "https://evil.example.com", state: "disabled", enabled_events: [opened] });
    const read = await provider.read(id, outs);
    expect(read.inputs).toMatchObject({ url: "https://evil.example.com", enabled: false, events: [opened] });
    const diff = await provider.diff(id, read.props, { ...inputs, enabled: true });
    expect(diff.changes).toBe(true);
    await provider.update(id, read.props, { ...inputs, enabled: true });
    expect(await webhooks().retrieve(id)).toMatchObject({ url: inputs.url, state: "enabled", enabled_events: [opened, resolved] });
  });

  test("an endpoint deleted outside Pulumi reads as gone", async () => {
    const { id, outs } = await created();
    await webhooks().delete(id);
    expect((await provider.read(id, outs)).id).toBe("");
  });

  test("delete is one request; deleting again succeeds", async () => {
    const { id, outs } = await created();
    await provider.delete(id, outs);
    expect(await requestsByRoute(emulator)).toEqual({ [`DELETE ${BASE}/{id}`]: 1 });
    await expect(webhooks().retrieve(id)).rejects.toMatchObject({ status: 404 });
    await expect(provider.delete(id, outs)).resolves.toBeUndefined();
  });

  test("errors and audit never carry the signing secret", async () => {
    const { id, outs } = await created();
    await emulator.control.fault({ route: `POST ${BASE}/{id}/regenerate_signing_secret`, kind: "status", status: 400, times: 1 });
    const error = (await provider.update(id, outs, { ...inputs, keepers: { v: 2 } }).catch((e) => e)) as Error;
    expect(error.message).toMatch(/regenerateWebhookSigningSecret/);
    expect(error.message).not.toContain(outs.signingSecret);
  });
});
