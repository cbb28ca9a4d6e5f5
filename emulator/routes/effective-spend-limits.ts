import { z } from "zod";
import { requireEnterprise } from "../organization-kind";
import { cursorPageQuery, pageByCursor } from "../pagination";
import { parseWith, q } from "../params";
import { route, type Route } from "../router";
import type { Store } from "../store";
import type { SpendLimit, User } from "../wire";

// `GET /v1/organizations/spend_limits/effective` (the SDK's spendLimits.effective.list): per member and
// period, the limit that applies and where it comes from. A member's own `user` override wins over the
// organization's default for that period (seat tiers and RBAC groups are claude.ai configuration the
// emulator does not model). Claude Enterprise organizations only.

const PERIODS = ["daily", "monthly", "weekly"] as const;
const query = z.object({
  ...cursorPageQuery,
  period: q.list(z.enum(PERIODS)),
  user_ids: q.list(z.string()).refine((ids) => !ids || ids.length <= 100, "at most 100 entries"),
});

function rowsFor(store: Store, user: User, periods: readonly string[] | undefined) {
  const limits = [...store.spendLimits.values()];
  const rows = [];
  for (const period of PERIODS) {
    if (periods && !periods.includes(period)) continue;
    const own = limits.find((l) => l.period === period && l.scope.type === "user" && l.scope.user_id === user.id);
    const source: SpendLimit | undefined = own ?? limits.find((l) => l.period === period && l.scope.type === "organization");
    if (!source) continue;
    rows.push({
      actor: { type: "user_actor", user_id: user.id, email_address: user.email, name: user.name, deleted: false },
      amount: source.amount,
      currency: source.currency,
      period,
      // Emulated usage is attributed to workspaces and keys, not to members.
      period_to_date_spend: "0",
      scope: { type: "user", user_id: user.id },
      source: structuredClone(source.scope),
      spend_limit_id: source.id,
    });
  }
  return rows;
}

export const effectiveSpendLimitRoutes: Route[] = [
  route("GET", "/v1/organizations/spend_limits/effective", ({ store, query: raw }) => {
    requireEnterprise(store, "Effective spend limits");
    const params = parseWith(query, raw, "query");
    const members = [...store.users.values()].filter((u) => !params.user_ids || params.user_ids.includes(u.id));
    // Pages by member, so one member's periods never split across pages.
    const withRows = members.map((u) => rowsFor(store, u, params.period)).filter((rows) => rows.length > 0);
    const page = pageByCursor(withRows, params, 20);
    return { data: page.data.flat(), next_page: page.next_page };
  }),
];
