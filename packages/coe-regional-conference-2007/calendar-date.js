/**
 * The one calendar-date model of cyberlex: every date the project reads or is asked about
 * (a source's "11/9/2009", a manifest's "2017-10-25", an accessor's or the CLI's `--at`) becomes
 * a `YYYY-MM-DD` string only through these functions, and only when the day exists.
 * Dependency-free on purpose: the data packages ship this file as it is.
 */
/** `YYYY-MM-DD` for a real day of the proleptic Gregorian calendar, or null (month 13, 30 February …). */
export function calendarDate(year, month, day) {
    if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day))
        return null;
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
        return null;
    if (day > daysInMonth(year, month))
        return null;
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
function daysInMonth(year, month) {
    if (month === 2)
        return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The date a strict `YYYY-MM-DD` string names, or null: "2009-1-1", "2009-13-45", "yesterday" are not dates. */
export function parseIsoDate(text) {
    if (typeof text !== 'string')
        return null;
    const m = ISO_DATE.exec(text);
    return m ? calendarDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
/** True when `text` is a strict `YYYY-MM-DD` string naming a real day. */
export function isIsoDate(text) {
    return typeof text === 'string' && parseIsoDate(text) !== null;
}
