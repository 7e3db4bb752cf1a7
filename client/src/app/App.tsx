import { Route, Router } from '@solidjs/router';
import { ForgottenCredentialsPage } from '../accounts/ForgottenCredentialsPage.tsx';
import { HomePage } from '../home/HomePage.tsx';
import { MunicipalityProvider } from '../municipality/MunicipalityProvider.tsx';
import { Layout } from './Layout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { paths } from './paths.ts';

/** Every page of the portal. A feature adds its routes here, with its path in `paths.ts`. */
export function App() {
  return (
    <MunicipalityProvider>
      <Router root={Layout}>
        <Route path={paths.home} component={HomePage} />
        <Route path={paths.forgottenCredentials} component={ForgottenCredentialsPage} />
        <Route path="*404" component={NotFoundPage} />
      </Router>
    </MunicipalityProvider>
  );
}
