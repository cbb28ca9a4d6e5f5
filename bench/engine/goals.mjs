// The targets of the issue "Performance at the floor", next to the figures of this run. Figures, not a
// verdict: `within` only compares; nothing here fails the run.

export function goals({ operations, state, cold, first }) {
  const rows = [
    ["up time / bare", operations.up.ratio, 1.2],
    ["no-change preview time / bare", operations.preview.ratio, 1.1],
    ["refresh time / bare", operations.refresh.ratio, 1.2],
    ["destroy time / bare", operations.destroy.ratio, 1.2],
    ["serialized provider chars (Workspace __provider)", state.package.providerStringChars.inputs, 600],
    ["state bytes per resource / bare", state.ratio.resourceBytes, 1.3],
    ['require("pulumi-anthropic") added ms', cold.addedMs, 50],
    ["first call to first request ms (implementation(\"Workspace\"))", first.implementation.toFirstRequestMs.median, 60],
    ["first call to first request ms (serialized __provider, as the host)", first.serialized.toFirstRequestMs.median, 60],
  ];
  return rows.map(([goal, value, target]) => ({ goal, value, target, within: value <= target }));
}
