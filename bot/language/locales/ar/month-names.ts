/**
 * The months as United Nations Arabic documents write them: the Levantine name, a slash, the
 * Egyptian one ("آذار/مارس", "حزيران/يونيه"), as the letters' Arabic translations in `data/` do
 * ("10 حزيران/يونيه 2024"). The answers' dates use them in place of `Intl`'s ("مارس", "يونيو"),
 * so one answer does not write a month two ways. January first.
 */
export const AR_MONTH_NAMES: readonly string[] = [
  "كانون الثاني/يناير",
  "شباط/فبراير",
  "آذار/مارس",
  "نيسان/أبريل",
  "أيار/مايو",
  "حزيران/يونيه",
  "تموز/يوليه",
  "آب/أغسطس",
  "أيلول/سبتمبر",
  "تشرين الأول/أكتوبر",
  "تشرين الثاني/نوفمبر",
  "كانون الأول/ديسمبر",
];
