import { LoginBlock } from '../accounts/LoginBlock.tsx';
import { usePageTitle } from '../app/title.ts';
import { DocumentsSection } from '../documents/DocumentsSection.tsx';
import { Presentation } from './Presentation.tsx';
import './home.css';

/** Guide §2 «La page d'accueil du portail»: what the portal offers, the sign-in block, the public documents. */
export function HomePage() {
  usePageTitle(() => 'Accueil');
  return (
    <>
      <div class="hero">
        <div class="container hero__inner">
          <Presentation />
          <LoginBlock />
        </div>
      </div>
      <div class="container page">
        <DocumentsSection />
      </div>
    </>
  );
}
