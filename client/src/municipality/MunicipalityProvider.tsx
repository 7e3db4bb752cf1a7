import type { Municipality } from '@portail/shared/municipality/schema';
import { createContext, type JSX, useContext } from 'solid-js';
import { readLocal, writeLocal } from '../offline/localStore.ts';
import { publicRead } from '../trpc/http.ts';
import { createQuery, type Query } from '../trpc/query.ts';

const MunicipalityContext = createContext<Query<Municipality>>();
const storageKey = 'portail-famille:municipality';

const textFields = ['name', 'serviceName', 'address', 'phone', 'email', 'openingHours'] as const;

/** Checked by hand rather than with the zod schema: the home page's first download stays free of zod. */
function isMunicipality(value: unknown): value is Municipality {
  if (typeof value !== 'object' || value === null) return false;
  const card = value as Record<string, unknown>;
  return (
    textFields.every((field) => typeof card[field] === 'string') &&
    (card.website === null || typeof card.website === 'string')
  );
}

/** The last card read, so that the S.E.J.'s phone number is still there when the phone is offline. */
const remembered = () => readLocal(storageKey, (value) => (isMunicipality(value) ? value : undefined));

/** Reads the municipality once for the whole app: the header, the footer and the home page all show it. */
export function MunicipalityProvider(props: { children: JSX.Element }) {
  const fallback = remembered();
  const query = createQuery(async () => {
    const municipality = await publicRead('municipality.get');
    writeLocal(storageKey, municipality);
    return municipality;
  });
  const value: Query<Municipality> = { ...query, data: () => query.data() ?? fallback };
  return <MunicipalityContext.Provider value={value}>{props.children}</MunicipalityContext.Provider>;
}

/** The S.E.J.'s contact card: `data()` is undefined while it loads or when it could not be read. */
export function useMunicipality(): Query<Municipality> {
  const value = useContext(MunicipalityContext);
  if (!value) throw new Error('useMunicipality() hors de <MunicipalityProvider>');
  return value;
}

/** «La mairie de Valbourg», «La commune de Valbourg»: the guide's wording, whatever the configured name. */
export function townHallOf(m: Municipality): string {
  if (/^(mairie|commune|ville)\b/i.test(m.name))
    return `La ${m.name.charAt(0).toLowerCase()}${m.name.slice(1)}`;
  return `La mairie de ${m.name}`;
}
