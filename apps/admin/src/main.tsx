import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './App';
import { loadLanguage, preferredLanguage } from './locales';

// English (its catalogue and antd's texts) arrives before the first render, only when it is asked for.
void loadLanguage(preferredLanguage()).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
