/** A code and what `Intl.DisplayNames` names it in en, ar, fa and fa-AF (null where it names it nothing). */
export type RegionNameRow = readonly [id: string, en: string | null, ar: string | null, fa: string | null, faAF: string | null];

/** The countries and territories CLDR names (in the order of places.ts's `TWO_LETTER_REGIONS`) and the world regions. */
export interface RegionNames {
  readonly countries: readonly RegionNameRow[];
  readonly regions: readonly RegionNameRow[];
}

/**
 * The names `Intl.DisplayNames` gives the countries and world regions (see `regionNamesFromIntl`), as the build
 * machine's CLDR gave them. In the source it is empty and the names are asked of this runtime's `Intl` at first use;
 * the build (tsup.config.ts) replaces this module with the names read by the same code at build time, so that the
 * published library loads them instead of asking ≈ 1,100 names of `Intl` at every start.
 */
export const COMPILED_REGION_NAMES: RegionNames | undefined = undefined;
