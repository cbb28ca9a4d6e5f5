import { beforeAll, beforeEach, describe, expect, test } from "vitest";
import type * as pulumi from "@pulumi/pulumi";
import { sdkFor } from "../conformance/sdk";
import { OWNER } from "../../provider/resources/owner";
import { useEmulator } from "../support/emulator";
import { oauthProvider, personSdk } from "../support/oauth-provider";
import { newDeployment, requestsByRoute } from "../support/provider";
import { rejected } from "../support/thrown";

// Finding 7 of the second trust pass: a create of a uniquely named kind whose response was lost (a
// crash, a dropped connection: the object exists, state never recorded it) is repeated by the next
// `up`. It must take over its own leftover, and refuse a same-named object that is not its own.
const emulator = useEmulator();
type Provider = Required<pulumi.dynamic.ResourceProvider>;
let accounts: Provider;
let issuers: Provider;
let rules: Provider;
beforeAll(async () => {
  [accounts, issuers, rules] = await Promise.all(
    (["ServiceAccount", "FederationIssuer", "FederationRule"] as const).map((kind) => oauthProvider(kind, emulator)),
  );
});
beforeEach(() => newDeployment());

const urn = (type: string, name: string) => `urn:pulumi:dev::crash::pulumi-nodejs:dynamic/anthropic:${type}::${name}`;
const org = () => personSdk(emulator).beta.organization;
/** The message a create fails with (it must fail). */
const refusal = async (create: Promise<unknown>) => (await rejected(Error, create)).message;
const federation = async () => (await emulator.control.state()).federation!;
const liveAccounts = async (name: string) => (await federation()).serviceAccounts.filter((a) => a.name === name && !a.archived_at);

describe("a ServiceAccount create repeated after its response was lost", () => {
  const inputs = { name: "ci-deploy", description: "deploys from CI", [OWNER]: urn("ServiceAccount", "ci-deploy") };

  test("takes over its own account, found by the owner line of its description, which outputs never show", async () => {
    const first = await accounts.create(inputs);
    expect((await org().serviceAccounts.retrieve(first.id)).description).toBe(`deploys from CI\n\npulumi-resource: ${inputs[OWNER]}`);
    expect(first.outs.description).toBe("deploys from CI");

    newDeployment(); // the process that made `first` is gone; the engine never recorded it
    await emulator.control.resetRequests();
    const second = await accounts.create({ ...inputs, organizationRole: "admin" });
    expect(second.id).toBe(first.id);
    expect(await requestsByRoute(emulator)).toEqual({
      "POST /v1/organizations/service_accounts": 1, "GET /v1/organizations/service_accounts": 1, "POST /v1/organizations/service_accounts/{id}": 1,
    });
    expect(await liveAccounts("ci-deploy")).toHaveLength(1);
    // Brought to the new inputs like an update; the owner line stays.
    expect(await org().serviceAccounts.retrieve(first.id)).toMatchObject({ organization_role: "admin", description: `deploys from CI\n\npulumi-resource: ${inputs[OWNER]}` });
    expect(second.outs).toMatchObject({ description: "deploys from CI", organizationRole: "admin" });
    expect((await accounts.diff(second.id, second.outs, { ...inputs, organizationRole: "admin" })).changes).toBe(false);
    const read = await accounts.read(second.id, second.outs);
    expect(read.props.description).toBe("deploys from CI");
  });

  test("an account of the same name made elsewhere is refused, naming the property and what to do", async () => {
    const console = await org().serviceAccounts.create({ name: "ci-deploy", description: "made in the Console" });
    const other = await accounts.create({ ...inputs, name: "ci-other", [OWNER]: urn("ServiceAccount", "ci-other") });
    const message = await refusal(accounts.create(inputs));
    expect(message).toBe(
      `name: a service account named "ci-deploy" already exists in this organization (${console.id}) and was not created by this resource ` +
        "(its description has no `pulumi-resource:` line naming it). Choose another name, or archive " + console.id +
        ` if nothing uses it (in the Console, or POST /v1/organizations/service_accounts/${console.id}/archive with an org:admin token), then run pulumi up again.`,
    );
    expect(await liveAccounts("ci-deploy")).toEqual([expect.objectContaining({ id: console.id, description: "made in the Console" })]);

    // Another resource's account (its owner line names that resource) is not taken over either.
    const message2 = await refusal(accounts.create({ ...inputs, name: "ci-other" }));
    expect(message2).toContain(`name: a service account named "ci-other" already exists in this organization (${other.id}) and was not created by this resource`);
  });
});

describe("a FederationRule create repeated after its response was lost", () => {
  async function world() {
    const { exportJWK, generateKeyPair } = await import("jose");
    const jwk = { ...(await exportJWK((await generateKeyPair("RS256")).publicKey)), kid: "k1", alg: "RS256" };
    const issuer = await org().federation.issuers.create({ name: "acme-ci", issuer_url: "https://ci.acme.example", jwks: { type: "inline", keys: [jwk] } });
    const account = await org().serviceAccounts.create({ name: "deployer" });
    const workspaces = sdkFor(emulator).beta.organization.workspaces;
    const [one, two] = [await workspaces.create({ name: "Deploys" }), await workspaces.create({ name: "Staging" })];
    for (const w of [one, two]) await org().workspaces.serviceAccounts.add(w.id, { service_account_id: account.id, workspace_role: "workspace_developer" });
    return {
      name: "deploy",
      issuerId: issuer.id,
      match: { subjectPrefix: "pipeline:acme/*" },
      oauthScope: "workspace:developer",
      serviceAccountId: account.id,
      workspaceIds: [one.id, two.id],
      [OWNER]: urn("FederationRule", "deploy"),
    };
  }

  test("takes over its own rule and finishes it, with no second rule", async () => {
    const inputs = await world();
    const first = await rules.create({ ...inputs, workspaceIds: [inputs.workspaceIds[0]!] });
    expect(first.outs.description).toBe("");
    newDeployment();
    const second = await rules.create(inputs);
    expect(second.id).toBe(first.id);
    const live = (await federation()).rules.filter((r) => r.name === "deploy" && !r.archived_at);
    expect(live.map((r) => r.id)).toEqual([first.id]);
    // Finished: enabled in the workspace the interrupted create had not reached.
    expect([...(await org().federation.rules.retrieve(first.id)).workspace_ids].sort()).toEqual([...inputs.workspaceIds].sort());
    expect((await rules.diff(second.id, second.outs, inputs)).changes).toBe(false);
  });

  test("a same-named rule that is not its own is refused", async () => {
    const inputs = await world();
    await rules.create({ ...inputs, [OWNER]: urn("FederationRule", "someone-else") });
    expect(await refusal(rules.create(inputs))).toMatch(
      /^name: a federation rule named "deploy" already exists in this organization \(fdrl_\w+\) and was not created by this resource .* archive fdrl_\w+ if nothing uses it/,
    );
  });
});

test("a FederationIssuer has no field to prove whose it is: a same name is refused with what to run", async () => {
  const { exportJWK, generateKeyPair } = await import("jose");
  const jwk = { ...(await exportJWK((await generateKeyPair("RS256")).publicKey)), kid: "k1", alg: "RS256" };
  const inputs = { name: "acme-ci", issuerUrl: "https://ci.acme.example", jwks: { type: "inline", keys: [jwk] } };
  const first = await issuers.create(inputs);
  newDeployment();
  expect(await refusal(issuers.create(inputs))).toBe(
    `name: a federation issuer named "acme-ci" already exists in this organization (${first.id}) and may or may not be the leftover of an interrupted ` +
      "create of this resource: a federation issuer has no field that could record which resource created it, so it is never taken over. " +
      `Choose another name, or if an interrupted pulumi up created it for this resource and no rule uses it, archive ${first.id} ` +
      `(in the Console, or POST /v1/organizations/federation_issuers/${first.id}/archive with an org:admin token), then run pulumi up again.`,
  );
  expect((await federation()).issuers.filter((i) => i.name === "acme-ci" && !i.archived_at)).toHaveLength(1);
});
