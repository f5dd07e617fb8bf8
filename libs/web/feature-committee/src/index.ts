export { committeeRoutes, proposalRoutes } from './lib/routes';
