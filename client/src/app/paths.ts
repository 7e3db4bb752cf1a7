/** The portal's page addresses, in French since parents read them in the address bar. */
export const paths = {
  home: '/',
  forgottenCredentials: '/identifiant-oublie',
} as const;
