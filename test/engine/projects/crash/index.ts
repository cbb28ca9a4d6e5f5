import * as anthropic from "pulumi-anthropic";

// Eight workspaces and eight invites start creating at once; each key waits for its workspace, so one kill
// can catch all three kinds in flight. Names and emails are distinct, so a duplicate is countable.
const COUNT = 8;
for (let n = 0; n < COUNT; n++) {
  const label = `load${String(n).padStart(2, "0")}`;
  const workspace = new anthropic.Workspace(label, { name: `Load ${label.slice(4)}` });
  new anthropic.ApiKey(`${label}-key`, { workspaceId: workspace.id, name: `${label} key` });
  new anthropic.UserInvite(`${label}-invite`, { email: `${label}@example.com`, role: "user" });
}
