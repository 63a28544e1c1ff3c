// Digits in a name in Latin letters that Arabic and Persian write by their English names (3M / ثري إم, MI6 /
// ام‌آی‌سیکس): an acronym is read aloud as English says it, its digits too.

// The English names of the digits, and how they are said where English spelling does not say it (one, two).
const ENGLISH_DIGITS: readonly string[] = ['Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine'];
const SAID: Readonly<Record<string, string>> = { One: 'Wan', Two: 'Tu' };

/** A Latin name with its digits spelled out: as shown (MI Six) and as read (for one and two, as said). */
export interface SpelledDigits {
  readonly shown: string;
  readonly read: string;
}

/**
 * The Latin name with each single digit spelled as its English word, set apart from the letters around it
 * (MI6 → MI Six, 3M → Three M), or undefined when it has no digit or a number of two digits or more.
 */
export function spellDigits(latin: string): SpelledDigits | undefined {
  if (!/[0-9]/u.test(latin) || /[0-9]{2}/u.test(latin)) return undefined;
  const spell = (said: boolean): string =>
    latin
      .replace(/[0-9]/gu, (d) => {
        const word = ENGLISH_DIGITS[Number(d)] ?? d;
        return ` ${said ? (SAID[word] ?? word) : word} `;
      })
      .replace(/\s+/gu, ' ')
      .trim();
  return { shown: spell(false), read: spell(true) };
}
