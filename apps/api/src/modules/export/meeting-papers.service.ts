import { Confidentiality } from '@bestuurskracht/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import type { DecisionListEntity } from '../decision/decision-list.entity';
import type { MeetingEntity } from '../meeting/meeting.entity';
import { agendaDocument, decisionListDocument } from './meeting-papers-pdf';

const HELVETICA = {
  normal: 'Helvetica',
  bold: 'Helvetica-Bold',
  italics: 'Helvetica-Oblique',
  bolditalics: 'Helvetica-BoldOblique',
};
pdfmake.setFonts({ Helvetica: HELVETICA });
// the documents are built from our own text only: fetch nothing, read no file but pdfkit's standard fonts
const STANDARD_FONTS = new Set(Object.values(HELVETICA));
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => STANDARD_FONTS.has(path));

/**
 * PDFs of an agenda and a besluitenlijst for the person asking, with only the items and decisions that person may
 * read (the same predicates as every list); an unreadable meeting or list is NOT_FOUND like a missing one.
 */
@Injectable()
export class MeetingPapersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async agenda(viewer: Viewer, meetingId: string, compress = true): Promise<Buffer> {
    const meeting = await viewer.findReadable<MeetingEntity>(this.dataSource.manager, 'Meeting', meetingId);
    const params: unknown[] = [meeting.id];
    const visible = viewer.whereRaw('AgendaItem', 'item', params);
    const items: {
      position: number;
      title: string;
      description: string | null;
      purpose: string;
      handling: string;
      confidentiality: string;
    }[] = await this.dataSource.query(
      `SELECT item.position, item.title, item.description, item.purpose, item.handling, item.confidentiality
           FROM agenda_item item WHERE item.meeting_id = $1 AND ${visible} ORDER BY item.position`,
      params,
    );
    return render(
      agendaDocument(
        meeting,
        items.map((item) => ({ ...item, confidential: item.confidentiality !== Confidentiality.PUBLIC })),
        compress,
      ),
    );
  }

  async decisionList(viewer: Viewer, listId: string, compress = true): Promise<Buffer> {
    const manager = this.dataSource.manager;
    const list = await viewer.findReadable<DecisionListEntity>(manager, 'DecisionList', listId);
    const meeting = await manager.query(`SELECT title, starts_at FROM meeting WHERE id = $1`, [
      list.meetingId,
    ]);
    const params: unknown[] = [list.id];
    const visible = viewer.whereRaw('Decision', 'decision', params);
    const decisions: { title: string; text: string; outcome: string }[] = await this.dataSource.query(
      `SELECT decision.title, decision.text, decision.outcome
         FROM decision JOIN agenda_item item ON item.id = decision.agenda_item_id
        WHERE decision.decision_list_id = $1 AND ${visible} ORDER BY item.position, decision.created_at`,
      params,
    );
    return render(
      decisionListDocument(
        { title: meeting[0].title, startsAt: meeting[0].starts_at },
        list.status,
        decisions,
        compress,
      ),
    );
  }
}

function render(definition: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake.createPdf(definition).getBuffer();
}
