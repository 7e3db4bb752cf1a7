import { formatDate, formatDateTime } from '../app/dates.ts';
import { EditableCard } from './EditableCard.tsx';
import { type Facility, formatLevels, formatWeekdays, type Period } from './format.ts';
import { PeriodForm } from './PeriodForm.tsx';

type Props = { facility: Facility; period: Period; canEdit: boolean; onSaved: () => void };

/** A period: its dates, days, levels and booking window; an admin edits it in place. */
export function PeriodCard(props: Props) {
  const p = () => props.period;
  return (
    <EditableCard
      title={p().name}
      editLabel={`la période ${p().name}`}
      canEdit={props.canEdit}
      facts={
        <>
          <dt>Dates</dt>
          <dd>
            du {formatDate(p().startDate)} au {formatDate(p().endDate)}
          </dd>
          <dt>Jours</dt>
          <dd>{formatWeekdays(p().weekdays)}</dd>
          <dt>Niveaux</dt>
          <dd>{formatLevels(p().schoolLevels)}</dd>
          <dt>Réservations</dt>
          <dd>
            du {formatDateTime(p().bookingOpensAt)} au {formatDateTime(p().bookingClosesAt)}
          </dd>
        </>
      }
      form={(done) => (
        <PeriodForm
          facility={props.facility}
          period={p()}
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
