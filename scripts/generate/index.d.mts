/** Every generated file, repository-relative path -> content, as it should be checked in. */
export function generated(): Map<string, string>;
