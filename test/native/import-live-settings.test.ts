import { beforeAll, expect, test } from "vitest";
import type { PackageSchema } from "../../provider/native/package-schema";
import { adminFetch, useEmulator } from "../support/emulator";
import { testSchema } from "../support/native-schema";
import { newDeployment } from "../support/provider";
import { nativePath } from "./parity-paths";

// `pulumi import` of a workspace whose settings were made outside any program (a Console organization:
// the one kind that has workspace spend limits). The import records every setting the workspace has,
// not only its name, so that the printed code (and a program moving to the `import` option) states
// them, and a diff of those inputs against the imported state is empty. Settings of the resource alone
// (archiveOnDelete, adoptId) and the package's ownership tag are not the object's: they stay out.
const emulator = useEmulator({ resetBeforeEach: false });
let schema: PackageSchema;
beforeAll(async () => {
  schema = testSchema();
});

async function liveWorkspace(): Promise<string> {
  const created = await adminFetch(emulator, "POST", "/v1/organizations/workspaces", {
    body: {
      name: "Made in the Console", display_color: "#6C5BB9", tags: { team: "platform", "pulumi-resource": "urn:elsewhere" },
      data_residency: { allowed_inference_geos: ["us"], default_inference_geo: "us" },
    },
  });
  const id = created.body.id as string;
  const spend = await adminFetch(emulator, "POST", "/v1/organizations/spend_limits", {
    body: { amount: "12345", period: "monthly", scope: { type: "workspace", workspace_id: id } },
  });
  expect(spend.status).toBe(200);
  const entries = await adminFetch(emulator, "GET", `/v1/organizations/workspaces/${id}/rate_limits?include_inherited=true`);
  for (const entry of entries.body.data.filter((e: { group: { type: string } }) => e.group.type === "model_group")) {
    const limits = [{ type: "requests_per_minute", value: 50 }];
    expect((await adminFetch(emulator, "POST", `/v1/organizations/workspaces/${id}/rate_limits/${entry.rate_limit_id}`, { body: { limits } })).status).toBe(200);
  }
  return id;
}

test("an imported workspace records its live settings, not only its name", { timeout: 60_000 }, async () => {
  await emulator.control.reset();
  newDeployment();
  const id = await liveWorkspace();
  const path = nativePath("Workspace", { baseUrl: emulator.url, authToken: emulator.oauthToken }, schema);
  await emulator.control.resetRequests();

  const imported = await path.read(id, {});
  const requests = (await emulator.control.requests()).log.map((r) => r.method);
  expect(requests.filter((method) => method !== "GET")).toEqual([]);
  expect(imported.inputs).toEqual({
    name: "Made in the Console",
    displayColor: "#6C5BB9",
    tags: { team: "platform" },
    workspaceGeo: "us",
    allowedInferenceGeos: ["us"],
    defaultInferenceGeo: "us",
    spendLimit: { monthlyUsd: 123.45 },
    rateLimits: { requestsPerMinute: 50 },
  });
  const checked = await path.check(imported.inputs!, imported.inputs!);
  expect(checked.failures ?? []).toEqual([]);
  const diff = await path.diff(id, imported.props!, checked.inputs!);
  expect(diff.changes).toBe(false);
  // A refresh of the imported state keeps every setting, the spend limit found again by its id.
  newDeployment();
  const refreshed = await path.read(id, imported.props!);
  expect(refreshed.inputs).toEqual(imported.inputs);
});
