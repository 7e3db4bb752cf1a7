import { runSetup } from './run.ts';

// Entry point of `npm run setup -- …` (and, in the container image, `node server/src/setup/cli.ts …`).
process.exitCode = await runSetup(process.argv.slice(2), process.env, (text) => console.log(text));
