export { homeRoutes } from './lib/routes';
