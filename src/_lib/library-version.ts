/** The library's version, written into the bundles at build time (tsup `define`; vitest defines it too). */
declare const __TREATMENT_QUALITY_VERSION__: string | undefined;

/** The version of treatment-quality, as in its package.json; `0.0.0-source` when run from source without a build step. */
export const LIBRARY_VERSION: string = typeof __TREATMENT_QUALITY_VERSION__ === "string" ? __TREATMENT_QUALITY_VERSION__ : "0.0.0-source";
