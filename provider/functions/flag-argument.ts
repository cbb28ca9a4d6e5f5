/** A true-or-false argument of a data function (declarations/), optional. */
import { z } from "zod";

/** `what` (what it does and its default) goes into the error when given. */
export const flagArgument = (what?: string) =>
  z.boolean({ error: what === undefined ? "must be true or false" : `must be true or false (${what})` }).optional();
