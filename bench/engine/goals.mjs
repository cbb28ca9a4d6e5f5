// The targets the issues set, next to the figures of this run. Figures, not a verdict: `within` only
// compares; nothing here fails the run. Ratios are package time over bare time: "median" is the ratio of
// the medians, "every round" the worst ratio of one round's back-to-back pair.

// Time ratios by stack size; a size not listed here takes the large-stack targets.
const TIME_TARGETS = {
  20: { up: 1.1, refresh: 1.1 },
  200: { up: 1.2, preview: 1.1, refresh: 1.2, destroy: 1.2 },
};
const EVERY_ROUND = new Set(["refresh"]);

function timeRows(n, operations) {
  const targets = TIME_TARGETS[n] ?? TIME_TARGETS[200];
  const rows = [];
  for (const [op, target] of Object.entries(targets)) {
    rows.push([`N=${n} ${op} time / bare (median)`, operations[op].ratio, target]);
    if (EVERY_ROUND.has(op)) rows.push([`N=${n} ${op} time / bare (every round)`, operations[op].pairRatio.max, target]);
  }
  return rows;
}

export function goals({ bySize, cold, first }) {
  const sizes = Object.keys(bySize).map(Number);
  const large = bySize[Math.max(...sizes)].state;
  const rows = [
    ...sizes.flatMap((n) => timeRows(n, bySize[n].operations)),
    ["serialized provider chars (Workspace __provider)", large.package.providerStringChars.inputs, 600],
    ["state bytes per resource / bare", large.ratio.resourceBytes, 1.3],
    ['require("pulumi-anthropic") added ms', cold.addedMs, 50],
    ["first call to first request ms (implementation(\"Workspace\"))", first.implementation.toFirstRequestMs.median, 60],
    ["first call to first request ms (serialized __provider, as the host)", first.serialized.toFirstRequestMs.median, 60],
  ];
  return rows.map(([goal, value, target]) => ({ goal, value, target, within: value <= target }));
}
