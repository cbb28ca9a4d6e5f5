import * as pulumi from "@pulumi/pulumi";

// Resources registered by type token, with the plugin's types, as a generated SDK registers them (its
// classes add nothing else here: the plugin defaults names and marks secret outputs itself).
class Resource extends pulumi.CustomResource {
  declare readonly key: pulumi.Output<string | undefined>;
  constructor(kind: string, name: string, args: Record<string, pulumi.Input<unknown>>, opts?: pulumi.CustomResourceOptions) {
    super(`anthropic:index:${kind}`, name, { key: undefined, ...args }, opts);
  }
}
class Provider extends pulumi.ProviderResource {
  constructor(name: string, args: Record<string, pulumi.Input<unknown>>) {
    super("anthropic", name, args);
  }
}

const config = new pulumi.Config();
// Three explicit providers: two of the default provider's organization (same key and URL), one of another.
const sameOrganization = { adminKey: config.requireSecret("orgOneKey"), baseUrl: config.require("orgOneUrl") };
const providers: Record<string, Provider> = {
  one: new Provider("one", sameOrganization),
  alsoOne: new Provider("also-one", sameOrganization),
  two: new Provider("two", { adminKey: config.requireSecret("orgTwoKey"), baseUrl: config.require("orgTwoUrl") }),
};

const prod = new Resource("Workspace", "prod", { name: "Production" });
const portal = new Resource("ApiKey", "portal", { workspaceId: prod.id, name: "Portal" });
const sandbox = new Resource("Workspace", "sandbox", {}, { provider: providers.two });
// The member a test moves between providers of one organization, and renames without an alias.
const member = new Resource(
  "WorkspaceMember",
  config.get("memberName") ?? "erin",
  { workspaceId: prod.id, userId: config.require("erinId"), role: "workspace_developer" },
  { provider: providers[config.get("memberProvider") ?? "one"] },
);

// Objects made outside the program, once a test has imported them (`pulumi import`, or the import option under an explicit provider).
// `importedInputs`: the inputs `pulumi import` recorded and printed, as the code it printed declares them.
const imported = config.getObject<Record<string, unknown>>("importedInputs");
if (imported) new Resource("Workspace", "imported", imported, { protect: true });
const adoptId = config.get("importOptionId");
if (adoptId) new Resource("Workspace", "adopted", { name: config.require("importOptionName") }, { import: adoptId, provider: providers.two });

const sandboxList = pulumi.runtime.invokeOutput("anthropic:index:getWorkspaces", {}, { provider: providers.two, dependsOn: [sandbox] });

export const prodId = prod.id;
export const sandboxId = sandbox.id;
export const memberId = member.id;
export const portalKey = portal.key;
export const sandboxNames = sandboxList.apply((r) => (r as { workspaces: Array<{ name: string }> }).workspaces.map((w) => w.name));
