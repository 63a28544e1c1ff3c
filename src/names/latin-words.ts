// Latin words of a name: its words, its digit groups, and whether it reads as French (which Persian follows).

// Letters and letter groups that French spelling has and English, German or a transliteration from Russian or

// Chinese does not: accents, eau, oi, qu, gu before e or i, ill, -tion, -ent, -es, -ier at the end, the particles.
export const FRENCH_SIGNS = /[éèêëàâîïôûùçœ]|eau|oi|qu|gu[ei]|ill|tion|ou[^r]|[^aeiou]es$|ent$|ier$|ault$|aux$|eux$|ot$|ais$/u;
// French given names that show no French letters (Thierry Henry / تیری آنری, Alain / آلن): a name that opens with one
// is French, and its other words are read as French says them too.
export const FRENCH_WORDS = new Set([
  ...['le', 'la', 'de', 'du', 'des', 'saint', 'sainte', 'jean', 'jacques', 'pierre', 'louis'],
  ...['thierry', 'michel', 'alain', 'henri', 'yves', 'claude', 'marcel', 'christophe', 'philippe', 'gilles', 'sylvie', 'brigitte'],
]);
/** Whether a Latin name shows French spelling, so that French reading rules may apply to its words (Le Pen, Laurent). */

export function looksFrench(name: string): boolean {
  return name
    .toLowerCase()
    .split(/[\s\-–—']+/u)
    .some((w) => FRENCH_WORDS.has(w) || FRENCH_SIGNS.test(w));
}
/** Digits of a name, in Latin, Arabic-Indic or Persian figures, as one string per group (COVID-19 → ['19']). */

export function digitGroups(name: string): string[] {
  const out: string[] = [];
  let group = '';
  for (const ch of name) {
    const c = ch.charCodeAt(0);
    const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x660 && c <= 0x669 ? c - 0x660 : c >= 0x6f0 && c <= 0x6f9 ? c - 0x6f0 : -1;
    if (d >= 0) group += String(d);
    else if (group) {
      out.push(group);
      group = '';
    }
  }
  if (group) out.push(group);
  return out;
}
/** The Latin words of a name: letters and digits split at spaces, hyphens and '&' (which Arabic writes آند or و). */

export function latinWords(name: string): string[] {
  return name
    .split(/[\s\-–—/&+.,]+/u)
    .map((w) => w.replace(/[0-9]/gu, ''))
    .filter((w) => /[A-Za-z\u00c0-\u024f]/u.test(w) && !COMPANY_FORMS.has(w.toLowerCase()));
}
// Legal forms of companies, which one text writes and another leaves out, in Latin or Arabic script (Adriftmorn
// Limited / ادریفتمورن).

export const COMPANY_FORMS = new Set(['limited', 'ltd', 'inc', 'corp', 'corporation', 'llc', 'plc', 'gmbh', 'ag']);
