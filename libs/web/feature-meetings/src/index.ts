export { meetingsRoutes } from './lib/routes';
