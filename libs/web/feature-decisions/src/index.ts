export { decisionsRoutes } from './lib/routes';
