import { join, resolve } from 'node:path';

/** The e2e code runs from its sources, four folders below the workspace root. */
export const workspaceRoot = resolve(__dirname, '../../../..');

export const artefactsDir = join(workspaceRoot, 'dist/web-e2e');
