import { describe, expect, test } from 'vitest';
import { compareNames } from '../src/index.js';

describe('particles of European names, written as each language hears them', () => {
  test.each([
    ['ريمون دي فالمور', 'ریمون دو والمور'],
    ['كارلوس دا سيلفيرا', 'کارلوس دو سیلویرا'],
    ['إنريكي دي لوسادا', 'انریکه د لوسادا'],
  ])('%s / %s: one person, and the explanation names the particle', (a, b) => {
    const m = compareNames(a, b);
    expect(m.same).toBe(true);
    expect(m.reason.detail).toMatch(/one particle of a European name/u);
  });

  test('particles of two families stay apart (de against von)', () => {
    expect(compareNames('هانس دي مولر', 'هانس فون مولر').same).toBe(false);
  });

  test('a particle-like word that opens the name is no particle between two parts', () => {
    const m = compareNames('دي سالفو', 'دو سالفو');
    expect(m.reason.detail).not.toMatch(/one particle of a European name/u);
  });
});

describe("a club's or a company's English head left out in Arabic script", () => {
  test.each([
    ['Sepahan FC', 'سپاهان'],
    ['Zorvex Company', 'زورفكس'],
    ['Al-Nasr SC', 'النصر'],
  ])('%s / %s: the same body, the head left out', (a, b) => {
    const m = compareNames(a, b);
    expect(m.same).toBe(true);
    expect(m.reason.detail).toMatch(/head .* is left out/u);
  });

  test('a club named after its city is not the city', () => {
    expect(compareNames('Isfahan FC', 'اصفهان').same).toBe(false);
  });

  test("an agency's head is not dropped: Fars News is not the province", () => {
    expect(compareNames('Fars News', 'فارس').same).toBe(false);
  });
});
