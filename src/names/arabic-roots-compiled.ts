/**
 * The Arabic roots the project's vocabulary shows, as the build computed them (see `compileRoots`). In the source
 * it is empty and the roots are read from the lexicon's headwords and the word lists at first use; the build
 * (tsup.config.ts) replaces this module with the roots read from the same sources, so that the published library
 * loads them instead of reading them at every start.
 */
export const COMPILED_ROOTS: readonly string[] | undefined = undefined;
