import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Demo data seeded before this fix stored papers of proposal versions and zienswijzen without the visibility
 * columns the API derives from their parent on upload, so search and lists hid them from readers of the parent.
 */
export class BackfillDocumentVisibility1795411000000 implements MigrationInterface {
  name = 'BackfillDocumentVisibility1795411000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE document SET proposal_id = version.proposal_id
      FROM proposal_version version
      WHERE version.id = document.proposal_version_id AND document.proposal_id IS NULL`);
    await queryRunner.query(`UPDATE document SET body_id = procedure.body_id, proposal_id = procedure.proposal_id
      FROM council_view view JOIN council_view_procedure procedure ON procedure.id = view.procedure_id
      WHERE view.id = document.council_view_id AND document.body_id IS NULL`);
  }

  async down(): Promise<void> {
    // the columns stay derived from the parent: nothing to undo
  }
}
