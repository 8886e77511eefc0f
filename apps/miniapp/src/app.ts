import type { PropsWithChildren } from 'react';
import { setUpLanguage } from '@/i18n/setup';
import { onSessionLost } from '@/services/request';
import { goToLogin } from '@/services/routes';
import './app.css';

setUpLanguage();
onSessionLost(goToLogin);

function App({ children }: PropsWithChildren) {
  // children is the page being shown
  return children;
}

export default App;
