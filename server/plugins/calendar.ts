/**
 * "Today" for every route, in the deployment's time zone, and the check that a submitted day
 * is a real one not in the future, with a message naming the record and field.
 */
import type { FastifyInstance } from 'fastify';
import { dayIn, isRealDay } from '../../shared/dates';
import { HttpError } from './errors';

declare module 'fastify' {
  interface FastifyInstance {
    /** Today's date (YYYY-MM-DD) where the users are. */
    today(): string;
    /** The users' IANA time zone. */
    timeZone: string;
    /** Throws a 400 unless `day` is a real YYYY-MM-DD day up to today. */
    checkPastDay(day: string, field: string, record: string): void;
  }
}

export function registerCalendar(app: FastifyInstance, timeZone: string): void {
  // Fail at start, not at the first request, if the zone name is wrong.
  dayIn(timeZone);
  app.decorate('today', () => dayIn(timeZone));
  app.decorate('timeZone', timeZone);
  app.decorate('checkPastDay', (day: string, field: string, record: string) => {
    if (!isRealDay(day)) throw new HttpError(400, `${field} ${day} is not a real day; give YYYY-MM-DD.`, field, record);
    if (day > dayIn(timeZone)) throw new HttpError(400, `${field} ${day} is in the future; today is ${dayIn(timeZone)}.`, field, record);
  });
}
