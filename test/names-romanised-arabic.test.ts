import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

// Arabic and Persian names that newsrooms romanise as they are said (issue 12), each convention with names of its own.
describe('an Arabic or Persian name romanised as it is said', () => {
  it.each([
    // ن said m before ب, where it closes a syllable.
    ['Nora Jumblatt', 'نورا جنبلاط', 'm before b as ن'],
    ['Sumbul', 'سنبل', 'm before b as ن'],
    // ة said t in construct with the next word: -at, or -et as Levantine Arabic says it.
    ['Madinat Khalifa', 'مدينة خليفة', '-at as ة'],
    ['Harat al-Yahud', 'حارة اليهود', '-at as ة'],
    ['Haret al-Nasara', 'حارة النصارى', '-et as ة'],
    // The و that عمرو writes and does not say.
    ['Amr Waked', 'عمرو واكد', 'the و of عمرو'],
    // The long a said e (imala) in Maghrebi and Levantine romanisations of a given name.
    ['Hichem Mechichi', 'هشام المشيشي', 'imala'],
    ['Kamel Jendoubi', 'كمال الجندوبي', 'imala'],
    // Ben joined to a Maghrebi family name that Arabic writes apart.
    ['Malek Bennabi', 'مالك بن نبي', 'Ben (son of) joined to the family name'],
    // Persian says ق as غ, and its romanisations write gh.
    ['Eshagh Jahangiri', 'اسحاق جهانگیری', 'gh as ق'],
  ])('%s / %s', (latin, arabic, phrase) => {
    const m = compareNames(latin, arabic);
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain(phrase);
  });

  it.each([
    // m is ن only before b (Hamdan is حمدان).
    ['Hamdan', 'حندان'],
    // Omar, a vowel between m and r, is عمر: the silent و is Amr's.
    ['Omar Sharif', 'عمرو شريف'],
    // The construct ending names the first word; the second must still be the name's.
    ['Madinat Khalifa', 'مدينة خليل'],
    // Imala reads a given name, not any word: Helen is not هالان.
    ['Helen', 'هالان'],
    // Ben joined to the name after it reads that name, not one a letter longer.
    ['Malek Bennabi', 'مالك بن نبيل'],
  ])('%s is not %s', (latin, arabic) => {
    const m = compareNames(latin, arabic);
    expect(m.same, m.reason.detail).toBe(false);
  });
});
