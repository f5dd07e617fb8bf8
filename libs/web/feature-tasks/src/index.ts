export { councilViewRoutes, tasksRoutes } from './lib/routes';
