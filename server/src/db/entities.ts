import { DocumentEntity } from '../documents/entities.ts';
import { MunicipalityEntity } from '../municipality/entities.ts';

/** Every entity the ORM knows. A feature adds its entities here. */
export const entities = [MunicipalityEntity, DocumentEntity];
