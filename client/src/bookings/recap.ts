import { cellView, type Draft, draftLines } from '@portail/shared/bookings/grid';
import type { PlanningContext } from '@portail/shared/bookings/planning';
import { reservationStateOf } from '@portail/shared/bookings/rules';
import type { LineAction, LineState, RequestReason, ReservationState } from '@portail/shared/bookings/schema';

export type RecapLine = {
  date: string;
  unitId: number;
  unitName: string;
  action: LineAction;
  /** What the rules expect now; the server decides again on «Confirmer la réservation». */
  state: Exclude<LineState, 'refused'>;
  reason: RequestReason | null;
};

/** The lines of the draft with the state each should get, as the recap shows them (guide §4, §5). */
export function recapOf(ctx: PlanningContext, draft: Draft, now: Date): RecapLine[] {
  return draftLines(ctx, draft).flatMap((line) => {
    const unit = ctx.units.find((u) => u.id === line.unitId);
    if (!unit) return [];
    const view = cellView(ctx, line.date, unit, draft, now);
    const state = view.icon.endsWith('_requested') ? 'requested' : 'accepted';
    return [{ ...line, unitName: unit.name, state, reason: view.reason }];
  });
}

/** «Etat de la réservation»: «En attente de confirmation» as soon as one line is a request. */
export const expectedState = (lines: RecapLine[]): ReservationState | undefined =>
  lines.length > 0 ? reservationStateOf(lines.map((l) => l.state)) : undefined;
