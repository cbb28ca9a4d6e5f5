/** Writes the SDKs of `languages` (nodejs, go, python, dotnet; all by default) under `out/<language>`. */
export function generateSdks(out: string, languages?: string[]): void;
