import type { EntityManager } from '@mikro-orm/postgresql';
import type { LineOutcome } from '@portail/shared/bookings/planning';

/**
 * Writes a reservation's recorded lines and the planning cells they change, in one statement: a booking
 * line adds its cell (booked, or requested when it waits for staff); an accepted cancellation deletes the
 * child's cell; a requested one marks it `cancel_requested`, pointing at its line. This runs while the
 * service-wide reservation counter is locked (see `submitReservation`), so it goes straight to SQL rather
 * than through 2 × 20 tracked entities: the rush's profile spent most of that section in the unit of work.
 */
export async function recordLines(
  em: EntityManager,
  reservationId: number,
  childId: number,
  recorded: readonly LineOutcome[],
): Promise<void> {
  if (recorded.length === 0) return;
  await em.execute(
    `with line as (
       insert into reservation_line (reservation_id, date, unit_id, action, state, request_reason)
       select ?, d, u, a, s, nullif(r, '')
       from unnest(array[?]::date[], array[?]::int[], array[?]::text[], array[?]::text[], array[?]::text[])
         as x(d, u, a, s, r)
       returning id, date, unit_id, action, state),
     booked as (
       insert into booking (child_id, unit_id, date, state, line_id, updated_at)
       select ?, unit_id, date, case when state = 'accepted' then 'booked' else 'requested' end, id, now()
       from line where action = 'book'),
     cancelled as (
       delete from booking b using line
       where line.action = 'cancel' and line.state = 'accepted'
         and b.child_id = ? and b.unit_id = line.unit_id and b.date = line.date),
     asked as (
       update booking b set state = 'cancel_requested', line_id = line.id, updated_at = now() from line
       where line.action = 'cancel' and line.state = 'requested'
         and b.child_id = ? and b.unit_id = line.unit_id and b.date = line.date)
     select count(*) from line`,
    [
      reservationId,
      recorded.map((o) => o.date),
      recorded.map((o) => o.unitId),
      recorded.map((o) => o.action),
      recorded.map((o) => o.state),
      // MikroORM renders a null inside an array as nothing: '' stands for «no reason» and becomes null above.
      recorded.map((o) => o.requestReason ?? ''),
      childId,
      childId,
      childId,
    ],
  );
}
