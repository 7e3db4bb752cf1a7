/** Set by vite.config.ts (`define`): one value per build, so that data kept by another build is not trusted. */
declare const __BUILD_ID__: string;
