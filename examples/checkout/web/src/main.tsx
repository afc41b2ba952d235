import { createRoot } from 'react-dom/client';
import { App } from './App';
import './checkout.css';

createRoot(document.getElementById('root')!).render(
  // No StrictMode: its double effects would open and dispose the graphql-ws socket twice in development.
  <App />,
);
