// Dates typed as text: the forms people use, the day/month order a column shows, and the locale's otherwise.
import {
  calendarDayText,
  calendarDayToDate,
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
