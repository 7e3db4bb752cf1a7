import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from './orm.ts';

/**
 * Writes the migration that brings the committed schema to the entities' one. Run against a scratch database:
 * `DATABASE_URL=postgres://…/scratch npm run migration:create -w server -- name`. Then add the class it wrote
 * to `migrations/index.ts`.
 */
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL est requis pour créer une migration');
const orm = await MikroORM.init(ormConfig(url));
await orm.migrator.up();
const result = await orm.migrator.create(undefined, false, false, process.argv[2]);
console.log(result.fileName ? `écrit : ${result.fileName}` : 'aucun changement de schéma');
await orm.close();
