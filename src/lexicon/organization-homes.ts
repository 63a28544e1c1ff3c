/**
 * The country a party, a movement or an armed group of the organisation lists belongs to (ISO 3166 code). One
 * name is borne by bodies of several countries (the Hamas of Algeria, the Hezbollah of Iraq, the Istiqlal of Morocco
 * and of Mauritania): a known body's name with its own country's adjective after it is the body (حزب الله اللبناني),
 * with another country's adjective another body of the same name (حزب الله العراقي). Written for the project; a body
 * not listed here keeps the older reading (a country after its name is part of it or left out by its kind).
 */
export const ORGANIZATION_HOMES: Readonly<Record<string, string>> = {
  // Lebanon, Palestine, Yemen, Syria, Iraq: parties and armed groups whose names bodies elsewhere also bear.
  Hezbollah: 'LB',
  Amal: 'LB',
  Hamas: 'PS',
  Fatah: 'PS',
  Houthis: 'YE',
  Nusra: 'SY',
  KataibHezbollah: 'IQ',
  PUK: 'IQ',
  // Afghanistan, Pakistan, Iran: the Taliban of Afghanistan against the Pakistani Taliban (تحریک طالبان پاکستان).
  Taliban: 'AF',
  ISKP: 'AF',
  Haqqani: 'AF',
  JamiatIslami: 'AF',
  LeT: 'PK',
  PPP: 'PK',
  JaishAlAdl: 'IR',
  // Parties of Turkey, Israel, the Maghreb, Africa, Europe, Asia and the Americas.
  AKP: 'TR',
  CHP: 'TR',
  MHP: 'TR',
  Likud: 'IL',
  Ennahda: 'TN',
  BokoHaram: 'NG',
  UnitedRussia: 'RU',
  CPC: 'CN',
  BJP: 'IN',
  INC: 'IN',
  SPD: 'DE',
  CDU: 'DE',
  UKConservatives: 'GB',
  UKLabour: 'GB',
  USDemocrats: 'US',
};
