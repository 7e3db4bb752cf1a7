import { StateIcon } from './StateIcon.tsx';
import type { StateLook } from './states.ts';

/** A state's icon with its word beside it, where a bubble would be clipped (inside a scrolling table). */
export function StateLabel(props: { look: StateLook }) {
  return (
    <span class="state-label">
      <StateIcon picture={props.look.picture} />
      <span>{props.look.label}</span>
    </span>
  );
}
