import type { EntityManager } from '@mikro-orm/postgresql';

/** Booked (places held) and requested per unit and day, against capacity: the occupancy board. */
export async function occupancy(em: EntityManager, facilityId: number, from: string, to: string) {
  const rows = await em.execute<{ unit_id: number; date: string; booked: string; requested: string }[]>(
    `select b.unit_id, to_char(b.date, 'YYYY-MM-DD') as date,
            count(*) filter (where b.state in ('booked', 'cancel_requested')) as booked,
            count(*) filter (where b.state = 'requested') as requested
     from booking b join unit u on u.id = b.unit_id
     where u.facility_id = ? and b.date between ? and ?
     group by b.unit_id, b.date`,
    [facilityId, from, to],
  );
  const units = await em.execute<{ id: number; name: string; daily_capacity: number; weekdays: number[] }[]>(
    'select id, name, daily_capacity, weekdays from unit where facility_id = ? order by position, id',
    [facilityId],
  );
  return {
    units: units.map((u) => ({ id: u.id, name: u.name, capacity: u.daily_capacity, weekdays: u.weekdays })),
    cells: rows.map((r) => ({
      unitId: r.unit_id,
      date: r.date,
      booked: Number(r.booked),
      requested: Number(r.requested),
    })),
  };
}

/** «Liste de présence»: the children expected per unit on a day at a facility. */
export async function attendance(em: EntityManager, facilityId: number, date: string) {
  const rows = await em.execute<
    {
      unit_id: number;
      unit_name: string;
      last_name: string;
      first_name: string;
      school_level: string;
      class_name: string | null;
      state: string;
    }[]
  >(
    `select u.id as unit_id, u.name as unit_name, c.last_name, c.first_name, c.school_level, c.class_name, b.state
     from booking b join unit u on u.id = b.unit_id join child c on c.id = b.child_id
     where u.facility_id = ? and b.date = ? and b.state in ('booked', 'cancel_requested')
     order by u.position, u.id, c.last_name, c.first_name`,
    [facilityId, date],
  );
  const units = new Map<
    number,
    {
      unitId: number;
      unitName: string;
      children: { lastName: string; firstName: string; schoolLevel: string; className: string | null }[];
    }
  >();
  for (const r of rows) {
    const unit = units.get(r.unit_id) ?? { unitId: r.unit_id, unitName: r.unit_name, children: [] };
    unit.children.push({
      lastName: r.last_name,
      firstName: r.first_name,
      schoolLevel: r.school_level,
      className: r.class_name,
    });
    units.set(r.unit_id, unit);
  }
  return [...units.values()];
}

/** «Effectifs restauration»: meals per day and facility, from the units that include one. */
export async function mealCounts(em: EntityManager, from: string, to: string) {
  const rows = await em.execute<{ date: string; facility: string; meals: string }[]>(
    `select to_char(b.date, 'YYYY-MM-DD') as date, f.name as facility, count(*) as meals
     from booking b join unit u on u.id = b.unit_id join facility f on f.id = u.facility_id
     where u.includes_meal and b.date between ? and ? and b.state in ('booked', 'cancel_requested')
     group by b.date, f.name order by b.date, f.name`,
    [from, to],
  );
  return rows.map((r) => ({ date: r.date, facility: r.facility, meals: Number(r.meals) }));
}
