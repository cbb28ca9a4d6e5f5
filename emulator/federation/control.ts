import type { Route } from "../router";
import { callerOf } from "./caller";
import { renderRule } from "./render";
import { archiveRule } from "./rule-archive";
import { createRule } from "./rule-writes";

type ControlRoute = (method: Route["method"], path: string, what: string, handler: Route["handler"]) => Route;

/**
 * The Console's part in federation: only a Console session may create or archive a rule whose scope goes
 * beyond `workspace:developer`/`workspace:inference` (an `org:admin` rule, say). A real organization does
 * those steps in the Claude Console; the emulator's control surface plays the Console for them.
 */
export function federationControlRoutes(route: ControlRoute): Route[] {
  return [
    route("POST", "federation_rules",
      "create a federation rule as the Console does (any oauth_scope, org:admin included): the API's rule create body",
      (ctx) => renderRule(ctx.store, createRule(ctx, callerOf(ctx)))),
    route("POST", "federation_rules/{id}/archive",
      "archive a federation rule as the Console does (any oauth_scope): exchange against it stops, its workspaces are cleared",
      (ctx) => renderRule(ctx.store, archiveRule(ctx.store, ctx.store.federation.rule(ctx.params.id), callerOf(ctx).actorId))),
  ];
}
