import { EditableCard } from './EditableCard.tsx';
import { formatPrice, formatRule, formatWeekdays, type Unit } from './format.ts';
import { UnitForm } from './UnitForm.tsx';

type Props = {
  facilityId: number;
  unit: Unit & { priceCents: number; includesMeal: boolean };
  canEdit: boolean;
  onSaved: () => void;
};

/** A unit as staff read it, the processing delays in the guide's words; an admin edits it in place. */
export function UnitCard(props: Props) {
  const u = () => props.unit;
  return (
    <EditableCard
      title={
        <>
          {u().name} <span class="setup-card__code">({u().code})</span>
        </>
      }
      editLabel={`l’unité ${u().name}`}
      canEdit={props.canEdit}
      facts={
        <>
          <dt>Horaires</dt>
          <dd>
            {u().startTime}–{u().endTime}
          </dd>
          <dt>Jours</dt>
          <dd>{formatWeekdays(u().weekdays)}</dd>
          <dt>Capacité par jour</dt>
          <dd>{u().dailyCapacity}</dd>
          <dt>Réservation</dt>
          <dd>{formatRule(u().bookAcceptUntil, u().bookRequestUntil)}</dd>
          <dt>Annulation</dt>
          <dd>{formatRule(u().cancelAcceptUntil, u().cancelRequestUntil)}</dd>
          <dt>Prix</dt>
          <dd>
            {formatPrice(u().priceCents)}
            {u().includesMeal ? ', repas compris' : ''}
          </dd>
        </>
      }
      form={(done) => (
        <UnitForm
          facilityId={props.facilityId}
          unit={u()}
          position={u().position}
          onSaved={() => {
            props.onSaved();
            done();
          }}
          onCancel={done}
        />
      )}
    />
  );
}
