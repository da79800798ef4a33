/** Entry point. `api/client` is imported before the router exists: it takes the launch token out of the URL first. */
import './ui/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api/client';
import { App } from './app/App';
import { createAppRouter } from './app/routes';

const container = document.getElementById('root');
if (!container) throw new Error('renderer/index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App api={api} router={createAppRouter()} />
  </StrictMode>,
);
