export { reviewRoutes } from './lib/routes';
