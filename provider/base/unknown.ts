/**
 * The value the engine passes for an input that is not known yet (during preview). A leaf: the settings
 * check an organization name that may be unknown, below the resources' own checks (resources/check.ts).
 */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
