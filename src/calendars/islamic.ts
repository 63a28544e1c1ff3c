import { IslamicCivilCalendar, IslamicUmalquraCalendar } from '@internationalized/date';
import { calendarSystem } from './calendar.js';

/** The lunar Hijri calendar by the Umm al-Qura tables (Saudi Arabia's official calendar); the default. */
export const islamicUmalqura = calendarSystem('islamic', 'islamic-umalqura', new IslamicUmalquraCalendar(), false);

/** The lunar Hijri calendar by the civil (tabular) rule. */
export const islamicCivil = calendarSystem('islamic', 'islamic-civil', new IslamicCivilCalendar(), false);
