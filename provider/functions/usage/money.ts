/**
 * Cost amounts arrive as decimal strings of cents with a fraction ("3.3015"). They are summed as exact
 * integers of a billionth of a cent, so a month of hourly rows adds up to the same figure as one
 * aggregated row, and become a floating-point number of dollars only at the end.
 */

const FRACTION_DIGITS = 9;
/** Units per US dollar: 100 cents of 10^9 units each. */
const UNITS_PER_USD = 10 ** (FRACTION_DIGITS + 2);

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** "3.3015" (cents) -> 3301500000n; digits past the ninth are rounded half up. */
export function centsToUnits(amount: string): bigint {
  const match = DECIMAL.exec(amount.trim());
  if (!match) throw new RangeError(`not a decimal amount: ${JSON.stringify(amount)}`);
  const [, sign, whole, fraction = ""] = match;
  let units = BigInt(whole + fraction.padEnd(FRACTION_DIGITS, "0").slice(0, FRACTION_DIGITS));
  if (fraction.length > FRACTION_DIGITS && fraction[FRACTION_DIGITS]! >= "5") units += 1n;
  return sign ? -units : units;
}

/** Dollars as the nearest double: 3301500000n -> 0.033015. */
export function unitsToUsd(units: bigint): number {
  return Number(units) / UNITS_PER_USD;
}

/** A dollar amount from a user (finite, below 10^21) in the same units. */
export function usdToUnits(usd: number): bigint {
  return BigInt(usd.toFixed(FRACTION_DIGITS + 2).replace(".", ""));
}
