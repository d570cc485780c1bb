import { render } from 'preact';
import { Dashboard } from './dashboard';
import { Explorer } from './explorer';

const root = document.getElementById('app');
if (root) {
  const onDashboard = window.location.pathname.replace(/\/+$/, '').endsWith('/explore/dashboard');
  render(onDashboard ? <Dashboard /> : <Explorer />, root);
}
