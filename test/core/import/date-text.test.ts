// Dates typed as text: the forms people use, the day/month order a column shows, and the locale's otherwise.
import {
  calendarDayPlacer,
  calendarDayText,
  calendarDayToDate,
  dayOrderEvidence,
  inferDayOrder,
  localeDayOrder,
  readDateText,
} from '../../../src/core/import/date-text';

const iso = (text: string, order?: 'dmy' | 'mdy') => {
  const d = readDateText(text, order);
  return d && calendarDayText(d);
};

describe('readDateText', () => {
  it('reads year-first dates in any common form without an order', () => {
    expect(iso('2017-10-01')).toBe('2017-10-01');
    expect(iso('2017.10.01')).toBe('2017-10-01');
    expect(iso('2017. 10. 1.')).toBe('2017-10-01');
    expect(iso('2017/10/1')).toBe('2017-10-01');
    expect(iso('2017년 10월 1일')).toBe('2017-10-01');
    expect(iso('2022-03-02 16:11')).toBe('2022-03-02 16:11');
  });

  it('reads year-last dates with the order, and needs none when only one reading is a date', () => {
    expect(iso('10/1/2017', 'mdy')).toBe('2017-10-01');
    expect(iso('10/1/2017', 'dmy')).toBe('2017-01-10');
    expect(iso('14/03/2022')).toBe('2022-03-14');
    expect(iso('3/14/2022')).toBe('2022-03-14');
    expect(iso('10/1/2017')).toBeUndefined();
    expect(iso('05/05/2022')).toBe('2022-05-05');
  });

  it('rejects impossible days and other text', () => {
    expect(iso('2017-02-30')).toBeUndefined();
    expect(iso('31/31/2020', 'dmy')).toBeUndefined();
    expect(iso('next week')).toBeUndefined();
    expect(iso('2017-10')).toBeUndefined();
  });
});

describe('inferDayOrder', () => {
  it("takes the order a column's unambiguous values show", () => {
    expect(inferDayOrder(['01/05/2022', '14/03/2022', '02/03/2022'])).toBe('dmy');
    expect(inferDayOrder(['01/05/2022', '3/14/2022'])).toBe('mdy');
  });
  it('says when nothing decides or values contradict each other', () => {
    expect(inferDayOrder(['01/05/2022', '2022-01-01'])).toBeUndefined();
    expect(inferDayOrder(['14/03/2022', '3/14/2022'])).toBe('conflict');
  });
  it('falls back to the locale: month first in en_US and ko_KR, day first in en_GB and de_DE', () => {
    expect(localeDayOrder('en_US')).toBe('mdy');
    expect(localeDayOrder('ko_KR')).toBe('mdy');
    expect(localeDayOrder('en_GB')).toBe('dmy');
    expect(localeDayOrder('de_DE')).toBe('dmy');
  });
});

describe('calendarDayToDate', () => {
  it('gives the moment the wall clock shows that day in the zone, across daylight saving', () => {
    const d = { y: 2022, m: 3, d: 14, hour: 0, minute: 0 };
    expect(calendarDayToDate(d, 'Asia/Seoul').toISOString()).toBe('2022-03-13T15:00:00.000Z');
    expect(calendarDayToDate(d, 'America/New_York').toISOString()).toBe('2022-03-14T04:00:00.000Z');
    expect(calendarDayToDate({ ...d, d: 13, hour: 3 }, 'America/New_York').toISOString()).toBe(
      '2022-03-13T07:00:00.000Z',
    );
  });
});

describe('readDateText at the edges of a real date', () => {
  it.each([
    ['2017-12-31', '2017-12-31'],
    ['2016-02-29', '2016-02-29'],
    ['1900-01-01', '1900-01-01'],
    ['2200-12-31', '2200-12-31'],
    ['2022-03-02 23:59', '2022-03-02 23:59'],
    ['2022-03-02T09:05', '2022-03-02 09:05'],
    ['2022-03-02 9:05:30.123', '2022-03-02 09:05'],
    ['2022-03-02 00:00', '2022-03-02'],
    ['2022년 3월 2일 16:11', '2022-03-02 16:11'],
    ['14/03/2022 09:30', '2022-03-14 09:30'],
    ['1.10.2017.', '2017-10-01'],
    ['２０１７－１０－０１', '2017-10-01'],
  ])('reads %j as %s', (text, out) => expect(iso(text, 'dmy')).toBe(out));

  it.each([
    '2017-00-01',
    '2017-13-01',
    '2017-01-00',
    '2017-01-32',
    '2017-04-31',
    '2017-02-29',
    '1899-12-31',
    '2201-01-01',
    '2022-03-02 24:00',
    '2022-03-02 12:60',
    '13/13/2022',
    '00/05/2022',
  ])('reads nothing from %j', (text) => {
    expect(readDateText(text, 'dmy')).toBeUndefined();
    expect(readDateText(text, 'mdy')).toBeUndefined();
  });

  it('lets a date that only one order fits override the order given', () => {
    expect(iso('3/14/2022', 'dmy')).toBe('2022-03-14');
    expect(iso('14/3/2022', 'mdy')).toBe('2022-03-14');
    expect(iso('05/05/2022', 'dmy')).toBe('2022-05-05');
    expect(iso('01/05/2022', 'mdy')).toBe('2022-01-05');
  });
});

describe('dayOrderEvidence', () => {
  it.each([
    ['14/03/2022', 'dmy'],
    ['3/14/2022', 'mdy'],
    ['01/05/2022', 'either'],
    ['05/05/2022', undefined],
    ['14/14/2022', undefined],
    ['2022-03-14', undefined],
    ['soon', undefined],
    [' 14/03/2022 ', 'dmy'],
    ['\u00a03/14/2022', 'mdy'],
  ])('%j shows %s', (text, evidence) => expect(dayOrderEvidence(text)).toBe(evidence));

  it('lets only deciding values decide a column', () => {
    expect(inferDayOrder(['01/05/2022', '05/05/2022'])).toBeUndefined();
    expect(inferDayOrder([])).toBeUndefined();
    expect(inferDayOrder(['3/14/2022', '01/05/2022', '4/15/2022'])).toBe('mdy');
    expect(inferDayOrder(['14/3/2022', '15/4/2022'])).toBe('dmy');
  });

  it('reads month first in the locales that write it so, and in a workbook without a locale', () => {
    for (const locale of ['en_US', 'en_PH', 'ko', 'ja_JP', 'zh_CN', 'fil_PH', 'EN_us', ''])
      expect([locale, localeDayOrder(locale)]).toEqual([locale, 'mdy']);
    for (const locale of ['fr_FR', 'en_AU', 'xko', 'de'])
      expect([locale, localeDayOrder(locale)]).toEqual([locale, 'dmy']);
  });
});

describe('calendarDayText', () => {
  it('shows a time only when the day has one', () => {
    expect(calendarDayText({ y: 2022, m: 3, d: 4, hour: 9, minute: 0 })).toBe('2022-03-04 09:00');
    expect(calendarDayText({ y: 2022, m: 3, d: 4, hour: 0, minute: 5 })).toBe('2022-03-04 00:05');
    expect(calendarDayText({ y: 2022, m: 11, d: 24, hour: 0, minute: 0 })).toBe('2022-11-24');
  });

  it('keeps the day of a midnight the clocks skip, taking the moment after the gap', () => {
    // Brazil's daylight saving began at 00:00 on 2018-11-04: that midnight never happened there.
    const d = { y: 2018, m: 11, d: 4, hour: 0, minute: 0 };
    expect(calendarDayToDate(d, 'America/Sao_Paulo').toISOString()).toBe(
      '2018-11-04T03:00:00.000Z',
    );
    expect(
      calendarDayToDate(
        { y: 2022, m: 3, d: 13, hour: 2, minute: 30 },
        'America/New_York',
      ).toISOString(),
    ).toBe('2022-03-13T07:30:00.000Z');
    // An hour the clocks repeat in autumn reads as written.
    const repeated = calendarDayToDate(
      { y: 2022, m: 11, d: 6, hour: 1, minute: 30 },
      'America/New_York',
    );
    expect(repeated.toLocaleString('en-US', { timeZone: 'America/New_York' })).toBe(
      '11/6/2022, 1:30:00 AM',
    );
  });

  it('places the same day again at the same moment, and a different day at its own', () => {
    const day = { y: 2023, m: 7, d: 1, hour: 8, minute: 30 };
    expect(calendarDayToDate(day, 'Asia/Seoul').toISOString()).toBe('2023-06-30T23:30:00.000Z');
    expect(calendarDayToDate(day, 'Asia/Seoul').toISOString()).toBe('2023-06-30T23:30:00.000Z');
    expect(calendarDayToDate(day, 'UTC').toISOString()).toBe('2023-07-01T08:30:00.000Z');
    expect(calendarDayToDate({ ...day, minute: 31 }, 'UTC').toISOString()).toBe(
      '2023-07-01T08:31:00.000Z',
    );
  });
});

describe('calendarDayPlacer', () => {
  it('places a calendar day once, in the zone given, and gives cells of that day the same Date', () => {
    const place = calendarDayPlacer('Asia/Seoul');
    const day = { y: 2022, m: 3, d: 14, hour: 0, minute: 0 };
    const first = place(day);
    expect(first.toISOString()).toBe('2022-03-13T15:00:00.000Z');
    expect(place(day)).toBe(first);
    expect(place({ ...day, d: 15 }).toISOString()).toBe('2022-03-14T15:00:00.000Z');
  });
});
