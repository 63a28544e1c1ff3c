/**
 * Public-health bodies that health writing names often and that the other lists do not hold: centres of disease
 * control, health services, coalitions for vaccines, regional health organisations, a vaccine and serum institute,
 * regulators of medicines. Their names are translated (المركز الأوروبي للوقاية من الأمراض ومكافحتها / مرکز اروپایی
 * پیشگیری و کنترل بیماری‌ها), so no letter model finds them; written for the project, each row with its reason.
 *
 * Rows are as in organizations-world.ts: `[id, English name, Latin acronyms, Arabic names, Persian names, reason]`.
 * A centre of disease control is named with its country or continent: the bare name is every country's (the United
 * States' CDC is organizations-states.ts's).
 */

import type { WorldOrganizationRow } from './organizations-world.js';

export const HEALTH_ORGANIZATION_ROWS: readonly WorldOrganizationRow[] = [
  [
    'ECDC',
    'European Centre for Disease Prevention and Control',
    'ECDC',
    'المركز الأوروبي للوقاية من الأمراض ومكافحتها|المركز الأوروبي لمكافحة الأمراض والوقاية منها|المركز الأوروبي لمكافحة الأمراض|المركز الأوروبي للسيطرة على الأمراض',
    'مرکز اروپایی پیشگیری و کنترل بیماری‌ها|مرکز اروپایی پیشگیری و کنترل بیماری|مرکز اروپایی کنترل و پیشگیری از بیماری‌ها|مرکز اروپایی کنترل بیماری‌ها',
    'translated; named with Europe, not the United States’ CDC',
  ],
  [
    'AfricaCDC',
    'Africa Centres for Disease Control and Prevention',
    'Africa CDC',
    'المراكز الأفريقية لمكافحة الأمراض والوقاية منها|المراكز الإفريقية لمكافحة الأمراض والوقاية منها|المركز الأفريقي لمكافحة الأمراض والوقاية منها|المركز الأفريقي لمكافحة الأمراض|مراكز أفريقيا لمكافحة الأمراض والوقاية منها|مراكز مكافحة الأمراض الأفريقية',
    'مرکز کنترل و پیشگیری بیماری آفریقا|مرکز کنترل و پیشگیری از بیماری‌های آفریقا|مراکز کنترل و پیشگیری از بیماری آفریقا|مرکز کنترل بیماری‌های آفریقا|مرکز آفریقایی کنترل و پیشگیری از بیماری‌ها',
    'translated, the body of the African Union; named with Africa, not the United States’ CDC',
  ],
  [
    'ChinaCDC',
    'Chinese Center for Disease Control and Prevention',
    'China CDC',
    'المركز الصيني لمكافحة الأمراض والوقاية منها|المركز الصيني لمكافحة الأمراض|مركز الصين لمكافحة الأمراض والوقاية منها|المركز الصيني للسيطرة على الأمراض',
    'مرکز کنترل و پیشگیری از بیماری‌های چین|مرکز کنترل و پیشگیری بیماری چین|مرکز کنترل بیماری‌های چین|مرکز چینی کنترل و پیشگیری از بیماری‌ها',
    'translated; named with China, not the United States’ CDC',
  ],
  [
    'NHS',
    'National Health Service (UK)',
    'NHS',
    'هيئة الخدمات الصحية الوطنية|هيئة الخدمات الصحية الوطنية البريطانية|الخدمات الصحية الوطنية البريطانية|هيئة الصحة الوطنية البريطانية|خدمة الصحة الوطنية البريطانية',
    'سازمان خدمات درمانی ملی بریتانیا|سازمان ملی خدمات درمانی بریتانیا|خدمات بهداشت ملی بریتانیا|سرویس بهداشت ملی بریتانیا|سازمان خدمات بهداشت ملی',
    'translated: the national service of health; named with Britain where another state has a service of the same name',
  ],
  [
    'CEPI',
    'Coalition for Epidemic Preparedness Innovations',
    'CEPI',
    'التحالف من أجل ابتكارات التأهب للأوبئة|تحالف ابتكارات التأهب للأوبئة|تحالف ابتكارات الاستعداد للأوبئة|الائتلاف من أجل ابتكارات التأهب لمواجهة الأوبئة',
    'ائتلاف نوآوری‌های آمادگی در برابر همه‌گیری|ائتلاف نوآوری‌های آمادگی برای همه‌گیری|ائتلاف نوآوری برای آمادگی در برابر اپیدمی|ائتلاف نوآوری‌های آمادگی در برابر همه‌گیری‌ها',
    'translated: the coalition of innovations for preparedness against epidemics',
  ],
  [
    'PAHO',
    'Pan American Health Organization',
    'PAHO',
    'منظمة الصحة للبلدان الأمريكية|منظمة الصحة للبلدان الأميركية|منظمة الصحة الأمريكية|منظمة الصحة للأمريكتين',
    'سازمان بهداشت پان‌آمریکن|سازمان بهداشت پان آمریکن|سازمان بهداشت قاره آمریکا|سازمان بهداشت کشورهای آمریکایی',
    'translated: Arabic the health organisation of the American countries, Persian keeps Pan American; a regional office of the WHO',
  ],
  [
    'SFDA',
    'Saudi Food and Drug Authority',
    'SFDA',
    'الهيئة العامة للغذاء والدواء|الهيئة العامة للغذاء والدواء السعودية|هيئة الغذاء والدواء السعودية',
    'سازمان غذا و داروی عربستان|سازمان غذا و داروی عربستان سعودی|سازمان عمومی غذا و داروی عربستان',
    'translated; in Persian named with the country, since Iran’s bears the same name',
  ],
  [
    'RaziInstitute',
    'Razi Vaccine and Serum Research Institute',
    '',
    'معهد رازي للقاحات والأمصال|معهد رازي لأبحاث اللقاحات والأمصال|معهد رازي للأمصال واللقاحات|معهد رازي لبحوث اللقاحات والأمصال',
    'مؤسسه تحقیقات واکسن و سرم‌سازی رازی|موسسه تحقیقات واکسن و سرم سازی رازی|مؤسسه تحقیقات واکسن و سرم سازی رازی|مؤسسه واکسن و سرم‌سازی رازی|موسسه رازی|مؤسسه رازی',
    'translated: the institute of vaccines and serums named after al-Razi; the bare رازی, the physician, is not listed',
  ],
  [
    'HamadMedical',
    'Hamad Medical Corporation',
    '',
    'مؤسسة حمد الطبية|مؤسسة حمد الطبيه',
    'مؤسسه پزشکی حمد|موسسه پزشکی حمد|شرکت پزشکی حمد',
    'translated: the medical corporation of Hamad, Qatar’s public hospitals; not a hospital named Hamad',
  ],
];
