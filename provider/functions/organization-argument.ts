/** The `organization` argument every data function takes: the name of an organization in stack config. */
import { z } from "zod";
import { organizationNameProblem } from "../settings/organizations";

/** Unset or `"default"`: the top-level `anthropic:*` settings. Whether it is configured is checked by the client. */
export const organizationArgument = z
  .string({ error: organizationNameProblem(undefined) })
  .refine((name) => organizationNameProblem(name) === undefined, { error: (issue) => organizationNameProblem(issue.input) })
  .optional()
  .meta({
    description:
      "Which organization of the stack config (`anthropic:organizations.<name>.*`) to read; default: the top-level `anthropic:*` settings.",
  });
