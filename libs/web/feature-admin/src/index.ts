export { adminRoutes } from './lib/routes';
