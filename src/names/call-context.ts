// The context of a top-level compareNames call, which the comparisons of its parts read (set in compare.ts).

/**
 * The top-level call under way, which the outcome of a part depends on: whether either name shows it is foreign
 * (a foreign given name or surname ending, a borrowed letter: then a native-looking word in it may be a
 * transliteration, جاري in جاري كاسباروف); whether the two names are in one language (their letters do not say
 * Arabic against Persian: across the two each re-transliterates a foreign name's consonants, Turkic q is ق in
 * Persian and ك in Arabic, قارص / کارس, so a native-looking word there proves less); whether their letters say
 * the same language, or neither says one, or one says Arabic and the other nothing (خمس / خميس: a
 * word of letters common to both languages may be Arabic); whether a given name's forms in two languages may be read
 * as one (both names have a family name after it, and neither ends in a regnal number: باولو and بابلو alone are two
 * names, تشارلز الثالث and كارلوس الثالث two kings); and whether a top-level call is under way (its context is set).
 */
export const callContext = { foreign: false, oneLanguage: false, sameScript: false, givenForms: false, inCall: false };
