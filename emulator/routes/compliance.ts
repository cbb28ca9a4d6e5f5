import { z } from "zod";
import { parseWith } from "../params";
import { route, type Route } from "../router";
import type { Store } from "../store";

// The compliance settings singleton. Access Transparency (`access_transparency`, behind the
// `efs-2026-10-01` beta) is not available to emulated organizations, so it is never returned.

const state = z.enum(["enabled", "disabled"]);

const updateBody = z.strictObject({
  // The object form, or the string shorthand the API also takes.
  state: z.union([z.strictObject({ type: state }), state]).transform((s) => (typeof s === "string" ? s : s.type)),
});

const PATH = "/v1/organizations/compliance_settings";

export const complianceRoutes: Route[] = [
  route("GET", PATH, ({ store }) => settings(store)),
  route("POST", PATH, ({ store, body }) => {
    store.governance.compliance = parseWith(updateBody, body, "body").state;
    return settings(store);
  }),
];

function settings(store: Store) {
  return { type: "compliance_settings", state: { type: store.governance.compliance } };
}
