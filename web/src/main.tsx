// The global stylesheets first (tokens, base, layout, shared controls): every component's own stylesheet, imported by
// the component, comes after them in the bundle and so may refine them.
import './styles/variables.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/buttons.css';
import './styles/forms.css';
import './styles/notices.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
