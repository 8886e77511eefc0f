import type { PropsWithChildren } from 'react';
import { onSessionLost } from '@/services/request';
import { goToLogin } from '@/services/routes';
import './app.css';

onSessionLost(goToLogin);

function App({ children }: PropsWithChildren) {
  // children is the page being shown
  return children;
}

export default App;
