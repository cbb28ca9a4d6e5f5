// Summaries of repeated timings: what the figures quote is the median; min and max show the noise.

export function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: round(sorted[0]), median: round(median(sorted)), max: round(sorted[sorted.length - 1]) };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function round(value, digits = 3) {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
