import { expect } from '@open-wc/testing';
import {
  formatDate,
  formatDuration,
  formatList,
  formatLocalTime,
  formatNumber,
  formatPercent,
  formatRelativeTime,
  formatReplyTime,
} from '../../../src/core/format.js';

const now = new Date('2026-03-12T10:00:00Z');
const hoursFromNow = (hours: number) => new Date(now.getTime() + hours * 3600_000);

describe('format', () => {
  it('formats relative times in the largest fitting unit', () => {
    expect(formatRelativeTime(hoursFromNow(-3), 'en', now)).to.equal('3 hours ago');
    expect(formatRelativeTime(hoursFromNow(72), 'en', now)).to.equal('in 3 days');
    expect(formatRelativeTime(hoursFromNow(24), 'en', now)).to.equal('tomorrow');
    expect(formatRelativeTime(hoursFromNow(-3), 'es', now)).to.equal('hace 3 horas');
    expect(formatRelativeTime(hoursFromNow(72), 'es', now)).to.equal('dentro de 3 días');
    expect(formatRelativeTime(hoursFromNow(-3), 'ar', now)).to.equal('قبل 3 ساعات');
    expect(formatRelativeTime(now, 'en', now)).to.equal('now');
  });

  it('formats dates', () => {
    expect(
      formatDate('2026-03-12T10:00:00Z', 'en', { dateStyle: 'long', timeZone: 'UTC' }),
    ).to.equal('March 12, 2026');
    expect(
      formatDate('2026-03-12T10:00:00Z', 'es', { dateStyle: 'long', timeZone: 'UTC' }),
    ).to.equal('12 de marzo de 2026');
    expect(
      formatDate('2026-03-12T10:00:00Z', 'ar', { dateStyle: 'long', timeZone: 'UTC' }),
    ).to.contain('مارس');
  });

  it('formats numbers and percentages', () => {
    expect(formatNumber(12345.5, 'en')).to.equal('12,345.5');
    expect(formatNumber(12345.5, 'es')).to.equal('12.345,5');
    expect(formatPercent(0.42, 'en')).to.equal('42%');
    expect(formatPercent(0.42, 'es')).to.equal('42\u00a0%'); // no-break space
    expect(formatPercent(0.425, 'en', 1)).to.equal('42.5%');
  });

  it('joins lists the way each language does', () => {
    expect(formatList(['Go', 'Rust', 'TypeScript'], 'en')).to.equal('Go, Rust, and TypeScript');
    expect(formatList(['Go', 'Rust', 'TypeScript'], 'es')).to.equal('Go, Rust y TypeScript');
    expect(formatList(['Go', 'Rust'], 'en', 'disjunction')).to.equal('Go or Rust');
    expect(formatList(['Go', 'Rust'], 'ar')).to.equal('Go وRust');
  });

  it('tells the time somewhere else', () => {
    expect(formatLocalTime('Asia/Tokyo', 'es', '2026-03-12T05:05:00Z')).to.equal(
      '14:05 local time',
    );
    expect(formatLocalTime('America/New_York', 'en', '2026-03-12T18:30:00Z')).to.equal(
      '2:30 PM local time',
    );
  });

  it('turns hours into the unit a person would use', () => {
    expect(formatDuration(0.5, 'en')).to.equal('30 minutes');
    expect(formatDuration(5, 'en')).to.equal('5 hours');
    expect(formatDuration(48, 'en')).to.equal('2 days');
    expect(formatDuration(48, 'es')).to.equal('2 días');
    expect(formatDuration(24 * 21, 'en')).to.equal('3 weeks');
    expect(formatReplyTime(48, 'en')).to.equal('usually replies within 2 days');
  });
});
