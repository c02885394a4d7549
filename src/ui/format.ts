// Dates and numbers in the user's language. One locale for the whole page, set by the language
// switch (src/ui/i18n) before it re-renders, so plain helpers need no React context.
let locale = 'en-US'
let mediumDate: Intl.DateTimeFormat
let numbers: Intl.NumberFormat
let relative: Intl.RelativeTimeFormat
setFormatLocale(locale)

/** Switches every formatter below to `nextLocale` ("en-US", "de-DE"). */
export function setFormatLocale(nextLocale: string): void {
  locale = nextLocale
  // Fiori shows dates in medium format ("Feb 1, 2027", "01.02.2027"). Simulated dates are calendar
  // days in UTC, so formatting pins the time zone: a user in UTC-8 must not see Jan 31.
  mediumDate = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
  numbers = new Intl.NumberFormat(locale)
  relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
}

export function formatLocale(): string {
  return locale
}

/** "2027-02-01" → "Feb 1, 2027" (en) / "01.02.2027" (de). */
export function formatDate(isoDate: string | undefined): string {
  // A signing request has no validity yet: no date, no text.
  if (isoDate === undefined) return ''
  return mediumDate.format(new Date(`${isoDate}T00:00:00Z`))
}

/** 5000 → "5,000" (en) / "5.000" (de). */
export function formatNumber(n: number): string {
  return numbers.format(n)
}

/** A near event in words: "today", "tomorrow", "in 12 days", "3 days ago" (or "heute", "in 12 Tagen"). */
export function relativeDays(days: number): string {
  return relative.format(days, 'day')
}
