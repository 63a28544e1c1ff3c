import { PersianCalendar } from '@internationalized/date';
import { calendarSystem } from './calendar.js';

/** The Solar Hijri calendar of Iran and Afghanistan (Farvardin/Hamal … Esfand/Hut), months fixed to the sun. */
export const persian = calendarSystem('persian', 'persian', new PersianCalendar(), true);
