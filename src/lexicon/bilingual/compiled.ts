import type { CompiledDomain } from '../bilingual-compile.js';

/**
 * The built-in domain files already read into the lexicon's index (see `compileDomain`), by domain name. In the
 * source it is empty and the lexicon reads its domains when first built; the build (tsup.config.ts) replaces this
 * module with the domains compiled from the same sources, so that the published library loads them instead of
 * reading them at every start. Domains computed at run time (the calendar's month names come from `Intl`) are
 * never compiled. A compiled domain is used only for a text of the length it was compiled from.
 */
export const COMPILED_DOMAINS: Readonly<Record<string, CompiledDomain>> | undefined = undefined;
