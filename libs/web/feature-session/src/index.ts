export { sessionRoutes } from './lib/routes';
